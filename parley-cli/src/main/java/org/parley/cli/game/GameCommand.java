package org.parley.cli.game;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.cli.CliErrors;
import org.parley.cli.CommandFailedException;
import org.parley.cli.ExitCodes;
import org.parley.cli.InputFileException;
import org.parley.cli.ParleyVersion;
import org.parley.cli.UsageException;
import org.parley.games.Arithmetic;
import org.parley.games.Conversions;
import org.parley.games.ExtensiveGame;
import org.parley.games.Game;
import org.parley.games.StrategicGame;
import org.parley.games.io.GameJsonWriter;
import org.parley.games.io.GameLimits;
import org.parley.games.io.GameReader;
import org.parley.games.io.GameWriter;
import org.parley.games.solve.Coverage;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.QreResult;
import org.parley.games.solve.QreSolverEntry;
import org.parley.games.solve.SolveBudget;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.Solvers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.parley.views.csv.EquilibriumCsv;
import org.parley.views.json.Documents;
import org.parley.views.json.ParleyJson;
import org.parley.views.text.GambitText;
import org.parley.games.solve.configure.GambitOptions;
import org.parley.views.text.GameInfoText;

/**
 * {@code parley game}: Gambit-compatible game tools. Subcommands {@code solve}, {@code info} and
 * {@code convert}. Commands throw; {@link CliErrors} maps the exceptions, standalone ({@link #commandLine()}) and
 * under the root alike: bad files print {@code file:line:column: message} on standard error and exit 2; games a
 * method cannot handle exit 2 with the reason; candidates failing verification exit 1. No stack traces.
 */
@Command(name = "game", mixinStandardHelpOptions = true,
        description = "Game theory on Gambit .nfg/.efg files: equilibria, information, conversion.",
        subcommands = {GameCommand.Solve.class, GameCommand.Info.class, GameCommand.Convert.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal failure, or a candidate equilibrium failed verification",
                "2:bad input: unreadable or malformed file, unknown method, game outside the method's scope",
                "3:incomplete: --budget-seconds or --max-equilibria ended a run; the equilibria printed are verified "
                        + "but there may be more"})
public final class GameCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Method names for help and completion: every registered method. */
    static final class MethodNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Solvers.names().iterator();
        }
    }

    /**
     * Reads a game within the limits (the command's {@code --limit}).
     *
     * @throws InputFileException if the file cannot be read at all
     * @throws org.parley.games.io.GameFormatException if it is not a valid game file (located)
     */
    static Game read(String file, GameLimits limits) {
        try {
            return GameReader.read(Path.of(file), limits);
        } catch (UncheckedIOException e) {
            String why = e.getCause() instanceof NoSuchFileException ? "no such file"
                    : String.valueOf(e.getCause().getMessage());
            throw new InputFileException(file, why, e);
        }
    }

    /** Output formats of {@code solve}. */
    enum Format {
        gambit,
        json,
        csv
    }

    @Command(name = "solve", mixinStandardHelpOptions = true,
            description = {"Compute Nash equilibria of a game.",
                    "Default output: Gambit's NE,... lines (one probability per strategy; per action for .efg), "
                            + "so results can be diffed with Gambit's command-line tools."})
    static final class Solve implements Callable<Integer>, CliErrors.InputFileCommand {
        CommandSpec spec;

        /**
         * Picocli injects the spec while building the model: the method list is added to the help here, rendered
         * only when the help is printed (listing the methods loads the solver registry, which a solve does not
         * need before it knows the method).
         */
        @Spec
        void setSpec(CommandSpec s) {
            spec = s;
            s.usageMessage().sectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER,
                    help -> help.createHeading("%nMethods:%n") + methodsFooter());
        }

        @Parameters(arity = "1..*", paramLabel = "FILE",
                description = "Gambit .nfg or .efg file(s), or folders of them; several are solved in one run.")
        List<String> files;

        /** The file being solved (named in error messages). */
        private String current;

        @Option(names = {"-m", "--method"}, paramLabel = "NAME", defaultValue = "enumpure", completionCandidates = MethodNames.class,
                description = "Method: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        String method;

        @Option(names = "--exact", description = "Exact rational arithmetic (methods that offer it).")
        boolean exact;

        @Option(names = "--lambda", paramLabel = "LAMBDA",
                description = "Precision of a quantal-response method such as qre, >= 0 (default: 1); logit: print the "
                        + "quantal response equilibrium at this lambda on the principal branch (line: L,p1,p2,...; Gambit -l).")
        Double lambda;

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "gambit",
                description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = "--budget-seconds", paramLabel = "S",
                description = "Stop each game's run after S seconds and print the equilibria found so far "
                        + "(exit code 3 if the run was cut short).")
        Double budgetSeconds;

        @Option(names = "--max-equilibria", paramLabel = "N",
                description = "Stop each game's run after N equilibria (exit code 3 if the method stopped early).")
        Long maxEquilibria;

        @Option(names = "--no-timings", description = "Write 0 for the run's wall-clock time (elapsedNanos), the "
                + "only part of the output that changes between runs, for byte-identical output.")
        boolean noTimings;

        @CommandLine.Mixin
        MethodOptions methodOptions = new MethodOptions();

        @CommandLine.Mixin
        GameLimitOptions gameLimits = new GameLimitOptions();

        @Override
        public String inputFile() {
            return current != null ? current : files == null || files.isEmpty() ? null : files.get(0);
        }

        @Override
        public Integer call() {
            return run(spec.commandLine().getOut(), spec.commandLine().getErr());
        }

        /** Solves with the parsed options (set by picocli, or by {@link FastSolve} for a single file). */
        int run(PrintWriter out, PrintWriter err) {
            String name = method.toLowerCase(Locale.ROOT);
            SolverEntry entry = Solvers.byName(name).orElse(null);
            QreSolverEntry qre = Solvers.qreByName(name).orElse(null);
            if (entry == null && qre == null) {
                throw new UsageException("unknown method '" + method + "'; methods: "
                        + String.join(", ", new MethodNames()));
            }
            double qreLambda = lambda == null ? 1.0 : lambda;
            if (qre != null && (!(qreLambda >= 0) || Double.isInfinite(qreLambda))) {
                throw new UsageException("--lambda must be finite and >= 0, was " + qreLambda);
            }
            if (budgetSeconds != null && !(budgetSeconds >= 0)) {
                throw new UsageException("--budget-seconds must be >= 0, was " + budgetSeconds);
            }
            if (maxEquilibria != null && maxEquilibria < 1) {
                throw new UsageException("--max-equilibria must be >= 1, was " + maxEquilibria);
            }
            SolveBudget budget = new SolveBudget(budgetSeconds == null ? Double.POSITIVE_INFINITY : budgetSeconds,
                    maxEquilibria == null ? Long.MAX_VALUE : maxEquilibria);
            List<String> all = SolveRuns.expand(files);
            if (all.size() == 1) {
                return solveOne(all.get(0), entry, qre, budget, false, out, err);
            }
            // a batch: one block (or JSON line) per game; a game that fails is reported and the others still run
            int status = ExitCodes.OK;
            for (String f : all) {
                current = f;
                if (format != Format.json) {
                    out.println("# " + f);
                    out.flush();
                }
                try {
                    status = SolveRuns.combine(status, solveOne(f, entry, qre, budget, true, out, err));
                } catch (RuntimeException e) {
                    CommandLine cl = spec.commandLine();
                    CommandLine.IExecutionExceptionHandler h = cl.getExecutionExceptionHandler();
                    if (h == null) throw e;
                    try {
                        status = SolveRuns.combine(status, h.handleExecutionException(e, cl, cl.getParseResult()));
                    } catch (Exception fatal) {
                        throw e;
                    }
                }
            }
            return status;
        }

        private int solveOne(String f, SolverEntry entry, QreSolverEntry qre, SolveBudget budget, boolean batch,
                             PrintWriter out, PrintWriter err) {
            current = f;
            Game g = read(f, gameLimits.gameLimits());
            if (qre != null) {
                return SolveRuns.qre(qre, f, g, lambda == null ? 1.0 : lambda, budget, format, batch, noTimings, out,
                        err);
            }
            methodOptions.lambda = lambda;
            List<String> problems = new ArrayList<>(methodOptions.misplaced(entry.name()));
            String labelProblem = methodOptions.startLabelProblem(g);
            if (labelProblem != null) {
                problems.add(labelProblem);
            }
            GambitOptions options = null;
            try {
                options = methodOptions.options();
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            if (!problems.isEmpty()) {
                throw new UsageException(String.join("; ", problems));
            }
            int decimals = methodOptions.decimalsOrDefault();
            if (methodOptions.lambda != null || methodOptions.branch) {
                if (format != Format.gambit) {
                    throw new UsageException("--lambda and --branch print Gambit-style lines; use --format gambit");
                }
                if (LogitOutput.print(g, options, methodOptions.lambda, decimals, out)) {
                    return ExitCodes.OK;
                }
            }
            return SolveRuns.equilibria(entry, f, g, exact, budget, options, decimals, format, batch, noTimings,
                    out, err);
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Describe a game: players, strategies, nodes, information sets, recall.")
    static final class Info implements Callable<Integer>, CliErrors.InputFileCommand {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        GameLimitOptions gameLimits = new GameLimitOptions();

        @Parameters(index = "0", paramLabel = "FILE", description = "Gambit .nfg or .efg file.")
        String file;

        @Override
        public String inputFile() {
            return file;
        }

        @Override
        public Integer call() {
            GameInfoText.describe(spec.commandLine().getOut(), read(file, gameLimits.gameLimits()));
            return ExitCodes.OK;
        }
    }

    /** Target formats of {@code convert}. */
    enum Target {
        nfg,
        efg,
        json
    }

    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = {"Convert a game to another format, on standard output.",
                    "efg to nfg writes the reduced strategic form; nfg to efg a tree where players move in turn "
                            + "without observing each other."})
    static final class Convert implements Callable<Integer>, CliErrors.InputFileCommand {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        GameLimitOptions gameLimits = new GameLimitOptions();

        @Parameters(index = "0", paramLabel = "FILE", description = "Gambit .nfg or .efg file.")
        String file;

        @Option(names = {"-t", "--to"}, required = true, paramLabel = "FORMAT", description = "Target: ${COMPLETION-CANDIDATES}.")
        Target to;

        @Override
        public String inputFile() {
            return file;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Game g = read(file, gameLimits.gameLimits());
            switch (to) {
                case json -> GameJsonWriter.write(g, out);
                case nfg -> GameWriter.write(g instanceof ExtensiveGame e ? e.reducedStrategicForm().strategicGame() : g, out);
                case efg -> GameWriter.write(g instanceof StrategicGame s ? Conversions.toExtensive(s) : g, out);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** Help footer listing methods and whether each is available. */
    static String methodsFooter() {
        StringBuilder sb = new StringBuilder();
        for (String m : new MethodNames()) {
            sb.append(String.format("  %-10s %s\n", m, Solvers.description(m).orElse("")));
        }
        return sb.toString();
    }

    /** A command line for this command alone (tests, or embedding). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new GameCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        CliErrors.install(cl, () -> false);
        return cl;
    }
}
