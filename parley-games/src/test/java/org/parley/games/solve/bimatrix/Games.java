package org.parley.games.solve.bimatrix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.games.numeric.Rational;

/** Test fixtures and helpers. */
final class Games {
    private Games() {
    }

    static final Bimatrix MATCHING_PENNIES = Bimatrix.ofLongs(new long[][] {{1, -1}, {-1, 1}},
            new long[][] {{-1, 1}, {1, -1}});
    static final Bimatrix BATTLE_OF_THE_SEXES = Bimatrix.ofLongs(new long[][] {{2, 0}, {0, 1}},
            new long[][] {{1, 0}, {0, 2}});
    static final Bimatrix ROCK_PAPER_SCISSORS = Bimatrix.ofLongs(new long[][] {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}},
            new long[][] {{0, 1, -1}, {-1, 0, 1}, {1, -1, 0}});
    /** Zero-sum 3x3 solved by hand: x = (1/4, 5/12, 1/3), y = (1/3, 5/12, 1/4), value 1/12. */
    static final Bimatrix WEIGHTED_RPS = Bimatrix.ofLongs(new long[][] {{0, -1, 2}, {1, 0, -1}, {-1, 1, 0}},
            new long[][] {{0, 1, -2}, {-1, 0, 1}, {1, -1, 0}});
    /** von Stengel (2002), Handbook ch. 45, the nondegenerate 3x2 example. */
    static final Bimatrix VON_STENGEL = Bimatrix.ofLongs(new long[][] {{3, 3}, {2, 5}, {0, 6}},
            new long[][] {{3, 2}, {2, 6}, {3, 1}});
    /** Its degenerate variant (b(1,2) = 3): row 1 makes the column player indifferent. */
    static final Bimatrix VON_STENGEL_DEGENERATE = Bimatrix.ofLongs(new long[][] {{3, 3}, {2, 5}, {0, 6}},
            new long[][] {{3, 3}, {2, 6}, {3, 1}});

    static List<Rational> v(String... s) {
        List<Rational> out = new ArrayList<>();
        for (String x : s) out.add(Rational.parse(x));
        return out;
    }

    static List<List<Rational>> profile(List<Rational> x, List<Rational> y) {
        return List.of(x, y);
    }

    static Set<List<List<Rational>>> set(BimatrixResult r) {
        Set<List<List<Rational>>> s = new HashSet<>();
        for (BimatrixEquilibrium e : r.equilibria()) s.add(List.of(e.row(), e.column()));
        return s;
    }

    /** A seeded random game with integer payoffs in [-range, range]. */
    static Bimatrix random(java.util.Random rnd, int m, int n, int range) {
        long[][] a = new long[m][n];
        long[][] b = new long[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = rnd.nextInt(2 * range + 1) - range;
                b[i][j] = rnd.nextInt(2 * range + 1) - range;
            }
        }
        return Bimatrix.ofLongs(a, b);
    }

    /** A seeded random zero-sum game. */
    static Bimatrix randomZeroSum(java.util.Random rnd, int m, int n, int range) {
        long[][] a = new long[m][n];
        long[][] b = new long[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = rnd.nextInt(2 * range + 1) - range;
                b[i][j] = -a[i][j];
            }
        }
        return Bimatrix.ofLongs(a, b);
    }
}
