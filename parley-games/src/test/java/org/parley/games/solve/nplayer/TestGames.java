package org.parley.games.solve.nplayer;

import java.util.SplittableRandom;
import org.parley.games.StrategicGame;
import org.parley.games.numeric.Rational;

/** Small strategic games for the n-player tests, built from integer payoff tables in Gambit cell order. */
final class TestGames {
    private TestGames() {
    }

    /** A game with the given shape; {@code payoffs[c][i]} is player i's payoff at cell c (player 1 fastest). */
    static StrategicGame of(int[] shape, long[][] payoffs) {
        StrategicGame.Builder b = StrategicGame.builder().title("test");
        for (int i = 0; i < shape.length; i++) {
            b.player("P" + (i + 1), shape[i]);
        }
        for (int c = 0; c < payoffs.length; c++) {
            Rational[] r = new Rational[shape.length];
            for (int i = 0; i < shape.length; i++) {
                r[i] = Rational.of(payoffs[c][i]);
            }
            b.cellPayoffs(c, r);
        }
        return b.build();
    }

    /** Two-player game from row-player matrix a and column-player matrix b. */
    static StrategicGame bimatrix(long[][] a, long[][] b) {
        int m = a.length;
        int n = a[0].length;
        long[][] p = new long[m * n][];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                p[r + c * m] = new long[] {a[r][c], b[r][c]};
            }
        }
        return of(new int[] {m, n}, p);
    }

    static StrategicGame matchingPennies() {
        return bimatrix(new long[][] {{1, -1}, {-1, 1}}, new long[][] {{-1, 1}, {1, -1}});
    }

    /**
     * Jordan's three-player matching pennies: player 1 wants to match player 2, player 2 to match player 3,
     * player 3 to mismatch player 1 (payoff 1 or 0). Its unique Nash equilibrium has everyone mixing 1/2.
     */
    static StrategicGame jordan() {
        long[][] p = new long[8][];
        for (int c = 0; c < 8; c++) {
            int s1 = c & 1;
            int s2 = (c >> 1) & 1;
            int s3 = (c >> 2) & 1;
            p[c] = new long[] {s1 == s2 ? 1 : 0, s2 == s3 ? 1 : 0, s3 != s1 ? 1 : 0};
        }
        return of(new int[] {2, 2, 2}, p);
    }

    /** Seeded random game with integer payoffs in [-range, range]. */
    static StrategicGame random(long seed, int[] shape, int range) {
        SplittableRandom r = new SplittableRandom(seed);
        int cells = 1;
        for (int s : shape) {
            cells *= s;
        }
        long[][] p = new long[cells][shape.length];
        for (int c = 0; c < cells; c++) {
            for (int i = 0; i < shape.length; i++) {
                p[c][i] = r.nextInt(2 * range + 1) - range;
            }
        }
        return of(shape, p);
    }
}
