package org.parley.bench.games;

import java.util.Locale;
import org.parley.games.Arithmetic;
import org.parley.games.solve.bimatrix.Bimatrix;
import org.parley.games.solve.bimatrix.BimatrixResult;
import org.parley.games.solve.bimatrix.ExtremeEquilibriumEnumerator;
import org.parley.games.solve.bimatrix.LemkeHowson;

/**
 * Where the exponential bimatrix methods stop being feasible: one timed run (after one warm-up run at
 * the smallest size) of extreme-equilibrium enumeration and of Gambit-style "all reachable" Lemke–Howson
 * on random square games n×n ({@link RandomGames#bimatrix}, seed {@link RandomGames#SEED}) for growing n,
 * stopping a method once one run exceeds the budget. Also single Lemke–Howson paths at larger sizes.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.parley.bench.games.ScalingProbe [budgetSeconds]}
 * (default 10). Prints a tab-separated table: method, n, seconds, equilibria, outcome.
 */
public final class ScalingProbe {
    private ScalingProbe() {
    }

    public static void main(String[] args) {
        long budget = (long) (1000 * (args.length > 0 ? Double.parseDouble(args[0]) : 10.0));
        ExtremeEquilibriumEnumerator en = new ExtremeEquilibriumEnumerator();
        LemkeHowson lh = new LemkeHowson();
        ExtremeEquilibriumEnumerator.Options eo = ExtremeEquilibriumEnumerator.Options.defaults();
        LemkeHowson.Options all = LemkeHowson.Options.defaults().withArithmetic(Arithmetic.EXACT);
        Bimatrix warm = RandomGames.bimatrix(6, 6, RandomGames.SEED);
        for (int k = 0; k < 20; k++) {
            en.solve(warm, eo);
            lh.solve(warm, all);
        }
        System.out.println("method\tn\tseconds\tequilibria\toutcome");
        probe("enummixed", budget, new int[] {4, 6, 8, 10, 12, 14, 16, 18, 20, 24, 28, 32}, n -> en.solve(g(n), eo));
        probe("lcp-all-reachable", budget, new int[] {4, 6, 8, 10, 12, 14, 16, 18, 20, 24, 28, 32, 40, 48, 64},
                n -> lh.solve(g(n), all));
        probe("lh-label1-exact", budget, new int[] {80, 120, 160, 240, 320}, n -> lh.solve(g(n), LemkeHowson.Options.singlePath(1)));
        probe("lh-label1-double", budget, new int[] {80, 120, 160, 240, 320},
                n -> lh.solve(g(n), LemkeHowson.Options.singlePath(1).withArithmetic(Arithmetic.DOUBLE)));
    }

    private static Bimatrix g(int n) {
        return RandomGames.bimatrix(n, n, RandomGames.SEED);
    }

    private interface Solve {
        BimatrixResult apply(int n) throws Exception;
    }

    private static void probe(String name, long budgetMillis, int[] sizes, Solve s) {
        for (int n : sizes) {
            Timed<BimatrixResult> t = Timed.run(() -> s.apply(n), budgetMillis);
            String eq = t.outcome() == Timed.Outcome.OK ? Integer.toString(t.value().equilibria().size()) : "-";
            String what = t.outcome() == Timed.Outcome.FAILED ? "FAILED " + t.error() : t.outcome().toString();
            System.out.printf(Locale.ROOT, "%s\t%d\t%.4f\t%s\t%s%n", name, n, t.wallNanos() / 1e9, eq, what);
            System.out.flush();
            if (t.outcome() != Timed.Outcome.OK) {
                break;
            }
        }
    }
}
