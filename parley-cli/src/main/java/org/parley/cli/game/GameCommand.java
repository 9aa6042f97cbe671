package org.parley.cli.game;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
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
import org.parley.games.io.GameReader;
import org.parley.games.io.GameWriter;
import org.parley.games.solve.Coverage;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.QreResult;
import org.parley.games.solve.QreSolverEntry;
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
                "2:bad input: unreadable or malformed file, unknown method, game outside the method's scope"})
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
     * Reads a game.
     *
     * @throws InputFileException if the file cannot be read at all
     * @throws org.parley.games.io.GameFormatException if it is not a valid game file (located)
     */
    static Game read(String file) {
        try {
            return GameReader.read(Path.of(file));
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

        /** Picocli injects the spec while building the model: the method list is added to the help here. */
        @Spec
        void setSpec(CommandSpec s) {
            spec = s;
            s.usageMessage().footerHeading("%nMethods:%n").footer(methodsFooter().split("\n"));
        }

        @Parameters(index = "0", paramLabel = "FILE", description = "Gambit .nfg or .efg file.")
        String file;

        @Option(names = {"-m", "--method"}, paramLabel = "NAME", defaultValue = "enumpure", completionCandidates = MethodNames.class,
                description = "Method: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        String method;

        @Option(names = "--exact", description = "Exact rational arithmetic (methods that offer it).")
        boolean exact;

        @Option(names = "--lambda", paramLabel = "LAMBDA", defaultValue = "1",
                description = "Precision of a quantal-response method such as qre, >= 0 (default: ${DEFAULT-VALUE}).")
        double lambda;

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "gambit",
                description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public String inputFile() {
            return file;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            String name = method.toLowerCase(Locale.ROOT);
            SolverEntry entry = Solvers.byName(name).orElse(null);
            QreSolverEntry qre = Solvers.qreByName(name).orElse(null);
            if (entry == null && qre == null) {
                throw new UsageException("unknown method '" + method + "'; methods: "
                        + String.join(", ", new MethodNames()));
            }
            if (qre != null) {
                if (!(lambda >= 0) || Double.isInfinite(lambda)) {
                    throw new UsageException("--lambda must be finite and >= 0, was " + lambda);
                }
                QreResult r = qre.solver(lambda).solve(read(file));
                switch (format) {
                    case gambit -> GambitText.qre(out, r);
                    case json -> out.println(ParleyJson.write(new Documents.Qre(ParleyVersion.version(),
                            ParleyVersion.javaVersion(), Documents.GameRef.of(file, r.game()), r)));
                    case csv -> EquilibriumCsv.write(out, r);
                }
                out.flush();
                return ExitCodes.OK;
            }
            Game g = read(file);
            Arithmetic a = exact ? Arithmetic.EXACT : entry.defaultArithmetic(g);
            if (!entry.arithmetics(g).contains(a)) {
                throw new UsageException("method '" + name + "' does not offer exact arithmetic on "
                        + (g instanceof StrategicGame ? "strategic" : "extensive") + " games");
            }
            EquilibriumResult r = entry.solve(g, a);
            switch (format) {
                case gambit -> GambitText.equilibria(out, r);
                case json -> out.println(ParleyJson.write(new Documents.Equilibria(ParleyVersion.version(),
                        ParleyVersion.javaVersion(), Documents.GameRef.of(file, g), r)));
                case csv -> EquilibriumCsv.write(out, r);
            }
            out.flush();
            if (r.equilibria().isEmpty() && r.rejected().isEmpty() && entry.coverage() != Coverage.ALL) {
                // Every finite game has an equilibrium: an empty answer from a method that promises one is a
                // failure of the method (e.g. a pivot budget ran out), never "no equilibrium".
                throw new CommandFailedException(name + " found no equilibrium (" + r.diagnostics().counters()
                        + "); try another method");
            }
            if (!r.isVerified()) {
                throw new CommandFailedException(r.rejected().size() + " candidate(s) from " + name
                        + " failed verification and were left out (largest regret "
                        + r.rejected().stream().mapToDouble(e -> e.maxRegret()).max().orElse(0) + ")");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Describe a game: players, strategies, nodes, information sets, recall.")
    static final class Info implements Callable<Integer>, CliErrors.InputFileCommand {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "Gambit .nfg or .efg file.")
        String file;

        @Override
        public String inputFile() {
            return file;
        }

        @Override
        public Integer call() {
            GameInfoText.describe(spec.commandLine().getOut(), read(file));
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
            Game g = read(file);
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
