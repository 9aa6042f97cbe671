package org.parley.bench.games;

import java.util.SplittableRandom;
import org.parley.games.StrategicGame;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.bimatrix.Bimatrix;

/**
 * Seeded random games for the benchmarks. Every generator draws from {@code new SplittableRandom(seed)}
 * with {@code nextInt(0, 100)}, i.e. integer payoffs uniform on 0..99, so a (seed, shape) pair always
 * gives the same game on every JVM.
 *
 * <ul>
 *   <li>{@link #bimatrix}: A filled row by row, then B row by row.</li>
 *   <li>{@link #zeroSum}: A filled row by row, B = −A.</li>
 *   <li>{@link #strategic}: for each cell in Gambit order (player 1's strategy varying fastest), one payoff
 *       per player in player order.</li>
 * </ul>
 * Cost O(cells · players). Stateless.
 */
public final class RandomGames {
    /** The seed used by all benchmarks (the date the measurements were written, 2026-11-29). */
    public static final long SEED = 20_261_129L;

    /** Exclusive upper bound of the payoffs: payoffs are 0..PAYOFF_BOUND-1. */
    public static final int PAYOFF_BOUND = 100;

    private RandomGames() {
    }

    /** A random m×n bimatrix game with independent payoffs 0..99 for both players. */
    public static Bimatrix bimatrix(int m, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[][] a = fill(m, n, rnd);
        long[][] b = fill(m, n, rnd);
        return Bimatrix.ofLongs(a, b);
    }

    /** A random m×n zero-sum game: A has payoffs 0..99, B = −A. */
    public static Bimatrix zeroSum(int m, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[][] a = fill(m, n, rnd);
        long[][] b = new long[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                b[i][j] = -a[i][j];
            }
        }
        return Bimatrix.ofLongs(a, b);
    }

    /** A random strategic game with {@code shape[i]} strategies for player i+1 and payoffs 0..99. */
    public static StrategicGame strategic(int[] shape, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        StrategicGame.Builder b = StrategicGame.builder().title("random " + shapeName(shape) + " seed " + seed);
        int cells = 1;
        for (int k = 0; k < shape.length; k++) {
            b.player("P" + (k + 1), shape[k]);
            cells = Math.multiplyExact(cells, shape[k]);
        }
        for (int c = 0; c < cells; c++) {
            Rational[] pay = new Rational[shape.length];
            for (int k = 0; k < pay.length; k++) {
                pay[k] = Rational.of(rnd.nextInt(0, PAYOFF_BOUND));
            }
            b.cellPayoffs(c, pay);
        }
        return b.build();
    }

    /** "3x3x3" for {3, 3, 3}. */
    public static String shapeName(int[] shape) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < shape.length; k++) {
            if (k > 0) s.append('x');
            s.append(shape[k]);
        }
        return s.toString();
    }

    /** Parses "3x3x3" into {3, 3, 3}. */
    public static int[] parseShape(String text) {
        String[] parts = text.split("x");
        int[] shape = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            shape[k] = Integer.parseInt(parts[k].trim());
            if (shape[k] < 1) throw new IllegalArgumentException("shape entry must be positive: " + text);
        }
        return shape;
    }

    private static long[][] fill(int m, int n, SplittableRandom rnd) {
        long[][] a = new long[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = rnd.nextInt(0, PAYOFF_BOUND);
            }
        }
        return a;
    }
}
