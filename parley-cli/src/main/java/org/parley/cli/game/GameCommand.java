package org.parley.cli.game;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.games.Arithmetic;
import org.parley.games.Conversions;
import org.parley.games.ExtensiveGame;
import org.parley.games.Game;
import org.parley.games.GamesException;
import org.parley.games.Infoset;
import org.parley.games.InvalidGameException;
import org.parley.games.ReducedStrategicForm;
import org.parley.games.StrategicGame;
import org.parley.games.UnsupportedGameException;
import org.parley.games.io.GameFormatException;
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

/**
 * {@code parley game}: Gambit-compatible game tools. Subcommands {@code solve}, {@code info} and
 * {@code convert}. Errors are handled here, so the command behaves the same standalone and under the root:
 * bad files print {@code file:line:column: message} on standard error and exit 2; games a method cannot
 * handle exit 2 with the reason; candidates failing verification exit 1. No stack traces.
 */
@Command(name = "game", mixinStandardHelpOptions = true,
        description = "Game theory on Gambit .nfg/.efg files: equilibria, information, conversion.",
        subcommands = {GameCommand.Solve.class, GameCommand.Info.class, GameCommand.Convert.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal failure, or a candidate equilibrium failed verification",
                "2:bad input: unreadable or malformed file, unknown method, game outside the method's scope"})
public final class GameCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    /** Method names for help and completion: every registered method. */
    static final class MethodNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Solvers.names().iterator();
        }
    }

    /** Reads a game, turning failures into messages and exit codes. */
    static Game read(String file) {
        return GameReader.read(Path.of(file));
    }

    /** Runs {@code body}, mapping engine exceptions to messages on {@code err} and exit codes. */
    static int guarded(CommandSpec spec, String file, Callable<Integer> body) {
        PrintWriter err = spec.commandLine().getErr();
        String cmd = "parley game " + spec.name();
        try {
            return body.call();
        } catch (GameFormatException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (UncheckedIOException e) {
            String why = e.getCause() instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getCause().getMessage());
            err.println(file + ": cannot read: " + why);
            return BAD_INPUT;
        } catch (UnsupportedGameException | InvalidGameException e) {
            err.println(cmd + ": " + file + ": " + e.getMessage());
            return BAD_INPUT;
        } catch (GamesException e) {
            err.println(cmd + ": " + file + ": " + e.getMessage());
            return FAILURE;
        } catch (RuntimeException e) {
            err.println(cmd + ": internal error: " + e);
            return FAILURE;
        } catch (Exception e) {
            err.println(cmd + ": internal error: " + e);
            return FAILURE;
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
    static final class Solve implements Callable<Integer> {
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
        public Integer call() {
            return guarded(spec, file, () -> {
                PrintWriter out = spec.commandLine().getOut();
                PrintWriter err = spec.commandLine().getErr();
                String name = method.toLowerCase(Locale.ROOT);
                SolverEntry entry = Solvers.byName(name).orElse(null);
                QreSolverEntry qre = Solvers.qreByName(name).orElse(null);
                if (entry == null && qre == null) {
                    err.println("parley game solve: unknown method '" + method + "'; methods: "
                            + String.join(", ", new MethodNames()));
                    return BAD_INPUT;
                }
                if (qre != null) {
                    if (!(lambda >= 0) || Double.isInfinite(lambda)) {
                        err.println("parley game solve: --lambda must be finite and >= 0, was " + lambda);
                        return BAD_INPUT;
                    }
                    QreResult r = qre.solver(lambda).solve(read(file));
                    switch (format) {
                        case gambit -> EquilibriumOutput.gambit(r, out);
                        case json -> EquilibriumOutput.json(r, file, out);
                        case csv -> EquilibriumOutput.csv(r, out);
                    }
                    out.flush();
                    return OK;
                }
                Game g = read(file);
                Arithmetic a = exact ? Arithmetic.EXACT : entry.defaultArithmetic(g);
                if (!entry.arithmetics(g).contains(a)) {
                    err.println("parley game solve: method '" + name + "' does not offer exact arithmetic on "
                            + (g instanceof StrategicGame ? "strategic" : "extensive") + " games");
                    return BAD_INPUT;
                }
                EquilibriumResult r = entry.solve(g, a);
                switch (format) {
                    case gambit -> EquilibriumOutput.gambit(r, out);
                    case json -> EquilibriumOutput.json(r, file, out);
                    case csv -> EquilibriumOutput.csv(r, out);
                }
                out.flush();
                if (r.equilibria().isEmpty() && r.rejected().isEmpty() && entry.coverage() != Coverage.ALL) {
                    // Every finite game has an equilibrium: an empty answer from a method that promises one is a
                    // failure of the method (e.g. a pivot budget ran out), never "no equilibrium".
                    err.println("parley game solve: " + name + " found no equilibrium (" + r.diagnostics().counters()
                            + "); try another method");
                    return FAILURE;
                }
                if (!r.isVerified()) {
                    err.println("parley game solve: " + r.rejected().size() + " candidate(s) from " + name
                            + " failed verification and were left out (largest regret "
                            + r.rejected().stream().mapToDouble(e -> e.maxRegret()).max().orElse(0) + ")");
                    return FAILURE;
                }
                return OK;
            });
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Describe a game: players, strategies, nodes, information sets, recall.")
    static final class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "Gambit .nfg or .efg file.")
        String file;

        @Override
        public Integer call() {
            return guarded(spec, file, () -> {
                PrintWriter out = spec.commandLine().getOut();
                Game g = read(file);
                out.println("title: " + g.title());
                out.println("form: " + (g instanceof StrategicGame ? "strategic" : "extensive"));
                out.println("players: " + g.numPlayers());
                var t = g.type();
                out.println("constant-sum: " + (t.constantSum() ? "yes (" + t.constantSumValue() + ")" : "no"));
                if (g instanceof StrategicGame s) {
                    for (int i = 0; i < s.numPlayers(); i++) {
                        List<String> labels = new ArrayList<>();
                        s.strategies(i).forEach(x -> labels.add(x.label()));
                        out.println("player " + (i + 1) + " \"" + s.player(i).label() + "\": " + s.numStrategies(i)
                                + " strategies " + labels);
                    }
                    out.println("cells: " + s.numCells());
                    out.println("outcomes: " + (s.hasOutcomes() ? s.outcomes().size() : "none (payoff list)"));
                } else {
                    ExtensiveGame e = (ExtensiveGame) g;
                    out.println("nodes: " + e.nodes().size() + " (" + e.terminals().size() + " terminal)");
                    out.println("outcomes: " + e.outcomes().size());
                    out.println("chance: " + (t.hasChance() ? e.chanceInfosets().size() + " information sets" : "none"));
                    long[] counts = ReducedStrategicForm.strategyCounts(e, 1_000_000);
                    for (int i = 0; i < e.numPlayers(); i++) {
                        int actions = 0;
                        int nodes = 0;
                        for (Infoset h : e.infosets(i)) {
                            actions += h.numActions();
                            nodes += h.members().size();
                        }
                        out.println("player " + (i + 1) + " \"" + e.player(i).label() + "\": " + e.infosets(i).size()
                                + " information sets, " + actions + " actions, " + nodes + " decision nodes, "
                                + (counts[i] < 0 ? "more than 1000000" : Long.toString(counts[i])) + " reduced strategies");
                    }
                    out.println("perfect recall: " + (t.perfectRecall() ? "yes" : "no"));
                    out.println("perfect information: " + (t.perfectInformation() ? "yes" : "no"));
                }
                out.println("hash: " + g.hash());
                out.flush();
                return OK;
            });
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
    static final class Convert implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "Gambit .nfg or .efg file.")
        String file;

        @Option(names = {"-t", "--to"}, required = true, paramLabel = "FORMAT", description = "Target: ${COMPLETION-CANDIDATES}.")
        Target to;

        @Override
        public Integer call() {
            return guarded(spec, file, () -> {
                PrintWriter out = spec.commandLine().getOut();
                Game g = read(file);
                switch (to) {
                    case json -> GameJsonWriter.write(g, out);
                    case nfg -> GameWriter.write(g instanceof ExtensiveGame e ? e.reducedStrategicForm().strategicGame() : g, out);
                    case efg -> GameWriter.write(g instanceof StrategicGame s ? Conversions.toExtensive(s) : g, out);
                }
                out.flush();
                return OK;
            });
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
        return cl;
    }
}
