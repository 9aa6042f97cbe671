package org.parley.cli.game;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parley.cli.CommandFailedException;
import org.parley.cli.ExitCodes;
import org.parley.cli.ParleyVersion;
import org.parley.cli.UsageException;
import org.parley.games.Arithmetic;
import org.parley.games.Game;
import org.parley.games.SolverInterruptedException;
import org.parley.games.StrategicGame;
import org.parley.games.solve.Completion;
import org.parley.games.solve.Coverage;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.configure.ConfiguredSolvers;
import org.parley.games.solve.configure.GambitOptions;
import org.parley.games.solve.QreResult;
import org.parley.games.solve.QreSolverEntry;
import org.parley.games.solve.SolveBudget;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.Solvers;
import org.parley.views.csv.EquilibriumCsv;
import org.parley.views.json.Documents;
import org.parley.views.json.ParleyJson;
import org.parley.views.text.GambitText;

/**
 * What {@code parley game solve} does for each game: resolve the method, read, solve within the budget, print,
 * and decide the exit status. Several files (or folders, whose {@code .nfg} and {@code .efg} files are taken in
 * name order) are solved in one JVM: one JSON line (JSON Lines; a single game's document is pretty-printed), or one
 * Gambit or CSV block headed by {@code # FILE}, per game; a file that fails is reported on standard error and the
 * others still run.
 *
 * <p>Exit status of a batch: the most severe over its games, in the order failure (1), bad input (2),
 * incomplete (3: a budget ended a run), success (0).
 */
final class SolveRuns {
    private SolveRuns() {
    }

    /**
     * The files to solve: each argument, or for a folder its {@code .nfg} and {@code .efg} files in name order.
     *
     * @throws UsageException if a folder holds no game file
     */
    static List<String> expand(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (!Files.isDirectory(p)) {
                out.add(a);
                continue;
            }
            List<String> inside;
            try (Stream<Path> s = Files.list(p)) {
                inside = s.filter(f -> {
                    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    return Files.isRegularFile(f) && (n.endsWith(".nfg") || n.endsWith(".efg"));
                }).map(Path::toString).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + a + ": " + e.getMessage(), e);
            }
            if (inside.isEmpty()) throw new UsageException(a + ": no .nfg or .efg file in this folder");
            out.addAll(inside);
        }
        return out;
    }

    /** The exit status of a batch from its games' statuses (see the class comment). */
    static int combine(int a, int b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(int status) {
        return switch (status) {
            case ExitCodes.FAILURE -> 3;
            case ExitCodes.BAD_INPUT -> 2;
            case ExitCodes.INCOMPLETE -> 1;
            default -> 0;
        };
    }

    /**
     * Solves one game with an equilibrium method and prints it. Returns {@link ExitCodes#OK} or
     * {@link ExitCodes#INCOMPLETE}.
     *
     * @throws CommandFailedException if a method that promises an equilibrium found none, or a candidate failed
     *     verification
     */
    static int equilibria(SolverEntry entry, String file, Game g, boolean exact, SolveBudget budget,
                          GambitOptions options, int decimals, GameCommand.Format format, boolean oneLine,
                          boolean noTimings, PrintWriter out, PrintWriter err) {
        String name = entry.name();
        Arithmetic a = exact ? Arithmetic.EXACT : entry.defaultArithmetic(g);
        if (!entry.arithmetics(g).contains(a)) {
            throw new UsageException("method '" + name + "' does not offer exact arithmetic on "
                    + (g instanceof StrategicGame ? "strategic" : "extensive") + " games");
        }
        EquilibriumResult r;
        if (options.equals(GambitOptions.defaults())) {
            r = budget.equals(SolveBudget.UNLIMITED) ? entry.solve(g, a) : entry.solve(g, a, budget);
        } else {
            // Gambit's method options: the configured solver runs under the time limit of the budget
            try (SolveBudget.Deadline d = budget.start()) {
                try {
                    r = ConfiguredSolvers.solve(entry, g, a, options);
                } catch (SolverInterruptedException e) {
                    if (!d.expired()) {
                        throw e;
                    }
                    err.println("parley game solve: " + file + ": " + incompleteness(Completion.TIME_LIMIT, budget, 0));
                    err.flush();
                    return ExitCodes.INCOMPLETE;
                }
            }
        }
        if (noTimings) {
            r = r.withoutTiming();
        }
        switch (format) {
            case gambit -> GambitText.equilibria(out, r, decimals);
            case json -> out.println(json(new Documents.Equilibria(ParleyVersion.version(),
                    ParleyVersion.javaVersion(), Documents.GameRef.of(file, g), r), oneLine));
            case csv -> EquilibriumCsv.write(out, r);
        }
        out.flush();
        if (!r.isVerified()) {
            throw new CommandFailedException(r.rejected().size() + " candidate(s) from " + name
                    + " failed verification and were left out (largest regret "
                    + r.rejected().stream().mapToDouble(e -> e.maxRegret()).max().orElse(0) + ")");
        }
        if (!r.isComplete()) {
            err.println("parley game solve: " + file + ": " + incompleteness(r.completion(), budget, r.equilibria().size()));
            err.flush();
            return ExitCodes.INCOMPLETE;
        }
        if (r.equilibria().isEmpty() && r.rejected().isEmpty() && entry.coverage() != Coverage.ALL) {
            // Every finite game has an equilibrium: an empty answer from a method that promises one is a
            // failure of the method (e.g. a pivot budget ran out), never "no equilibrium".
            throw new CommandFailedException(name + " found no equilibrium (" + r.diagnostics().counters()
                    + "); try another method");
        }
        return ExitCodes.OK;
    }

    /**
     * Solves one game with a quantal-response method at {@code lambda} and prints it; a time budget that runs out
     * leaves nothing to print ({@link ExitCodes#INCOMPLETE}).
     */
    static int qre(QreSolverEntry entry, String file, Game g, double lambda, SolveBudget budget,
                   GameCommand.Format format, boolean oneLine, boolean noTimings, PrintWriter out,
                   PrintWriter err) {
        QreResult r;
        try (SolveBudget.Deadline d = budget.start()) {
            try {
                r = entry.solver(lambda).solve(g);
            } catch (SolverInterruptedException e) {
                if (!d.expired()) throw e;
                err.println("parley game solve: " + file + ": " + incompleteness(Completion.TIME_LIMIT, budget, 0));
                err.flush();
                return ExitCodes.INCOMPLETE;
            }
        }
        if (noTimings) {
            r = r.withoutTiming();
        }
        switch (format) {
            case gambit -> GambitText.qre(out, r);
            case json -> out.println(json(new Documents.Qre(ParleyVersion.version(),
                    ParleyVersion.javaVersion(), Documents.GameRef.of(file, r.game()), r), oneLine));
            case csv -> EquilibriumCsv.write(out, r);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** A document pretty-printed (one game) or on one line (a batch: JSON Lines). */
    private static String json(Object document, boolean oneLine) {
        return oneLine ? ParleyJson.writeLine(document) : ParleyJson.write(document);
    }

    /** The note on standard error for a run a budget ended. */
    static String incompleteness(Completion c, SolveBudget budget, int found) {
        String what = found + " verified equilibri" + (found == 1 ? "um" : "a") + " printed";
        return switch (c) {
            case TIME_LIMIT -> "the time budget of " + seconds(budget.seconds()) + " s ran out; " + what
                    + "; the answer may be incomplete";
            case EQUILIBRIUM_LIMIT -> "stopped at --max-equilibria " + budget.maxEquilibria() + "; " + what
                    + "; there may be more";
            case COMPLETE -> what;
        };
    }

    private static String seconds(double s) {
        return s == Math.rint(s) && Math.abs(s) < 1e15 ? Long.toString((long) s) : Double.toString(s);
    }
}
