package org.parley.games.solve.bimatrix;

import java.util.Arrays;

/**
 * A dense double-precision tableau with the same layout as
 * {@link org.parley.games.solve.lp.IntegerTableau}: basic columns are unit vectors, the last
 * column is the right-hand side. Used for the fast Lemke–Howson path; its results are always
 * re-solved exactly, so its tolerance only steers pivot choices.
 */
final class DoubleTableau {
    private final int rows;
    private final int vars;
    private final double[][] t;
    private final int[] basis;
    private final int[] rowOf;
    /** Nonbasic columns and the right-hand side; basic columns are implicit unit vectors. */
    private final int[] active;
    private final int[] activePos;
    private final double eps;
    long pivots;

    DoubleTableau(double[][] m, int[] initialBasis, double eps) {
        rows = m.length;
        vars = m[0].length - 1;
        t = new double[rows][];
        for (int i = 0; i < rows; i++) t[i] = m[i].clone();
        basis = initialBasis.clone();
        rowOf = new int[vars];
        Arrays.fill(rowOf, -1);
        for (int r = 0; r < rows; r++) rowOf[basis[r]] = r;
        active = new int[vars - rows + 1];
        activePos = new int[vars + 1];
        Arrays.fill(activePos, -1);
        int k = 0;
        for (int j = 0; j <= vars; j++) {
            if (j == vars || rowOf[j] < 0) {
                activePos[j] = k;
                active[k++] = j;
            }
        }
        this.eps = eps;
    }

    private DoubleTableau(DoubleTableau o) {
        rows = o.rows;
        vars = o.vars;
        t = new double[rows][];
        for (int i = 0; i < rows; i++) t[i] = o.t[i].clone();
        basis = o.basis.clone();
        rowOf = o.rowOf.clone();
        active = o.active.clone();
        activePos = o.activePos.clone();
        eps = o.eps;
        pivots = o.pivots;
    }

    DoubleTableau copy() {
        return new DoubleTableau(this);
    }

    boolean isBasic(int v) {
        return rowOf[v] >= 0;
    }

    int rowOf(int v) {
        return rowOf[v];
    }

    int[] basis() {
        return basis.clone();
    }

    double value(int v) {
        int r = rowOf[v];
        return r < 0 ? 0.0 : t[r][vars];
    }

    /**
     * Min-ratio row, ties broken by the largest ratios in the lex columns (perturbation q − ε, as
     * in the exact tableau); −1 if no entry exceeds eps.
     */
    int lexRatioRowNegativePerturbation(int s, int[] lex) {
        int best = -1;
        for (int r = 0; r < rows; r++) {
            double d = t[r][s];
            if (d <= eps) continue;
            if (best < 0) {
                best = r;
                continue;
            }
            double db = t[best][s];
            int c = cmp(t[r][vars] / d, t[best][vars] / db);
            for (int k = 0; c == 0 && k < lex.length; k++) {
                c = -cmp(val(r, lex[k]) / d, val(best, lex[k]) / db);
            }
            if (c < 0) best = r;
        }
        return best;
    }

    private int cmp(double a, double b) {
        double scale = Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
        if (Math.abs(a - b) <= eps * scale) return 0;
        return a < b ? -1 : 1;
    }

    private double val(int r, int j) {
        if (j < vars && rowOf[j] >= 0) return rowOf[j] == r ? 1.0 : 0.0;
        return t[r][j];
    }

    int pivot(int r, int s) {
        double[] pr = t[r];
        double p = pr[s];
        int leaving = basis[r];
        int[] act = active;
        for (int k = 0; k < act.length; k++) pr[act[k]] /= p;
        pr[leaving] = 1.0 / p;
        for (int i = 0; i < rows; i++) {
            if (i == r) continue;
            double[] ri = t[i];
            double f = ri[s];
            if (f == 0.0) {
                ri[leaving] = 0.0;
                continue;
            }
            for (int k = 0; k < act.length; k++) {
                int j = act[k];
                ri[j] -= f * pr[j];
            }
            ri[leaving] = -f * pr[leaving];
        }
        int pos = activePos[s];
        act[pos] = leaving;
        activePos[leaving] = pos;
        activePos[s] = -1;
        rowOf[leaving] = -1;
        basis[r] = s;
        rowOf[s] = r;
        pivots++;
        return leaving;
    }
}
