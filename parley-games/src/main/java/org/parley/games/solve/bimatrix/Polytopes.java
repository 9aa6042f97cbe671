package org.parley.games.solve.bimatrix;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.lp.IntegerTableau;

/**
 * The two best-response polytopes of a bimatrix game with positive integer payoffs A', B'
 * (von Stengel 2002, §3): P = {x ≥ 0 : B'ᵀx ≤ 1} in the row player's tableau and
 * Q = {y ≥ 0 : A'y ≤ 1} in the column player's. Variables are numbered by label: in P,
 * x_i is variable i and the slack of column j is variable m+j; in Q, the slack of row i is
 * variable i and y_j is variable m+j. A label is present when its variable is zero.
 */
final class Polytopes {
    private Polytopes() {
    }

    /** Tableau of P: n rows, variables x_0..x_{m-1}, s_0..s_{n-1}; initial basis the slacks. */
    static IntegerTableau rowPlayerTableau(Bimatrix g) {
        int m = g.rows();
        int n = g.columns();
        BigInteger[][] b = g.positiveIntegerPayoffs(false);
        BigInteger[][] t = new BigInteger[n][m + n];
        BigInteger[] q = new BigInteger[n];
        int[] basis = new int[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) t[j][i] = b[i][j];
            for (int k = 0; k < n; k++) t[j][m + k] = k == j ? BigInteger.ONE : BigInteger.ZERO;
            q[j] = BigInteger.ONE;
            basis[j] = m + j;
        }
        return new IntegerTableau(t, q, basis);
    }

    /** Tableau of Q: m rows, variables r_0..r_{m-1}, y_0..y_{n-1}; initial basis the slacks. */
    static IntegerTableau columnPlayerTableau(Bimatrix g) {
        int m = g.rows();
        int n = g.columns();
        BigInteger[][] a = g.positiveIntegerPayoffs(true);
        BigInteger[][] t = new BigInteger[m][m + n];
        BigInteger[] q = new BigInteger[m];
        int[] basis = new int[m];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < m; k++) t[i][k] = k == i ? BigInteger.ONE : BigInteger.ZERO;
            for (int j = 0; j < n; j++) t[i][m + j] = a[i][j];
            q[i] = BigInteger.ONE;
            basis[i] = i;
        }
        return new IntegerTableau(t, q, basis);
    }

    static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) r[i] = from + i;
        return r;
    }

    /**
     * The normalised strategy read off a tableau: variables {@code first..first+count-1} with their
     * basic values divided by their sum. Returns null at the origin (all zero).
     */
    static List<Rational> strategy(IntegerTableau t, int first, int count) {
        BigInteger[] v = new BigInteger[count];
        BigInteger sum = BigInteger.ZERO;
        for (int k = 0; k < count; k++) {
            int r = t.rowOf(first + k);
            v[k] = r < 0 ? BigInteger.ZERO : t.entry(r, t.variables());
            sum = sum.add(v[k]);
        }
        if (sum.signum() == 0) return null;
        List<Rational> out = new ArrayList<>(count);
        for (BigInteger x : v) out.add(x.signum() == 0 ? Rational.ZERO : Rational.of(x, sum));
        return out;
    }
}
