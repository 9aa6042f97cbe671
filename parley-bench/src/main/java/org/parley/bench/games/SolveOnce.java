package org.parley.bench.games;

import java.nio.file.Path;
import java.util.Locale;
import org.parley.games.Arithmetic;
import org.parley.games.Game;
import org.parley.games.io.GameReader;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.Solvers;

/**
 * Reads one game file and solves it once with one registered method, then exits: the cold,
 * start-up-included counterpart of a Gambit command-line run, without the command line's option parsing
 * and output formatting. {@link CorpusTimer} times it end to end in a fresh JVM ({@code --cold}).
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.parley.bench.games.SolveOnce FILE METHOD [exact|double]}
 * (arithmetic defaults to exact where offered, as in {@link CorpusTimer}). Prints the number of
 * equilibria and the largest max regret; exit status 0 when solved, 2 when refused or failed.
 */
public final class SolveOnce {
    private SolveOnce() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: SolveOnce FILE METHOD [exact|double]");
            System.exit(2);
        }
        SolverEntry e = Solvers.byName(args[1]).orElse(null);
        if (e == null) {
            System.err.println("unknown method " + args[1] + "; registered: " + Solvers.names());
            System.exit(2);
        }
        Arithmetic a = args.length > 2 ? Arithmetic.valueOf(args[2].toUpperCase(Locale.ROOT))
                : e.arithmetics().contains(Arithmetic.EXACT) ? Arithmetic.EXACT : e.defaultArithmetic();
        try {
            Game g = GameReader.read(Path.of(args[0]));
            EquilibriumResult r = e.solve(g, a);
            System.out.printf(Locale.ROOT, "%s %s: %d equilibria, max regret %.3g%n", e.name(), a, r.equilibria().size(),
                    r.maxRegret());
        } catch (RuntimeException ex) {
            System.err.println(ex.getClass().getSimpleName() + ": " + ex.getMessage());
            System.exit(2);
        }
    }
}
