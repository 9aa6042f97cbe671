package org.parley.games.solve.nplayer;

/**
 * Small dense linear algebra on row-major {@code double[][]} in place: LU with partial pivoting and a
 * Levenberg–Marquardt fallback for singular or rectangular systems. Package-private helper; O(n^3).
 */
final class Dense {
    private Dense() {
    }

    /**
     * Solves {@code a x = b} for square {@code a} (size n) by Gaussian elimination with partial pivoting.
     * Destroys {@code a} and {@code b}; the solution is left in {@code b}.
     *
     * @return false if a pivot is below {@code 1e-14} times the largest entry (numerically singular)
     */
    static boolean solve(double[][] a, double[] b, int n) {
        return solveSigned(a, b, n) != 0;
    }

    /**
     * As {@link #solve}, and also the sign of the determinant of {@code a} (from the pivots and row swaps).
     *
     * @return +1 or -1 (the sign of det a) if solved, 0 if numerically singular
     */
    static int solveSigned(double[][] a, double[] b, int n) {
        double scale = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                scale = Math.max(scale, Math.abs(a[i][j]));
            }
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            return 0;
        }
        double tiny = 1e-14 * scale;
        int sign = 1;
        for (int k = 0; k < n; k++) {
            int p = k;
            double best = Math.abs(a[k][k]);
            for (int i = k + 1; i < n; i++) {
                double v = Math.abs(a[i][k]);
                if (v > best) {
                    best = v;
                    p = i;
                }
            }
            if (best <= tiny) {
                return 0;
            }
            if (p != k) {
                sign = -sign;
                double[] t = a[p];
                a[p] = a[k];
                a[k] = t;
                double tb = b[p];
                b[p] = b[k];
                b[k] = tb;
            }
            double[] rk = a[k];
            double piv = rk[k];
            if (piv < 0) {
                sign = -sign;
            }
            for (int i = k + 1; i < n; i++) {
                double[] ri = a[i];
                double f = ri[k] / piv;
                if (f != 0.0) {
                    for (int j = k + 1; j < n; j++) {
                        ri[j] -= f * rk[j];
                    }
                    b[i] -= f * b[k];
                }
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            double s = b[k];
            double[] rk = a[k];
            for (int j = k + 1; j < n; j++) {
                s -= rk[j] * b[j];
            }
            b[k] = s / rk[k];
        }
        for (int k = 0; k < n; k++) {
            if (!Double.isFinite(b[k])) {
                return 0;
            }
        }
        return sign;
    }

    /**
     * Damped least squares: x minimising {@code |a x - b|^2 + mu |x|^2} for an m-by-n matrix, via the normal
     * equations {@code (a^T a + mu I) x = a^T b}. Used where Newton's matrix is singular (degenerate
     * supports); the damping leaves unconstrained directions unchanged.
     *
     * @return x, or null if even the damped system is singular
     */
    static double[] dampedLeastSquares(double[][] a, double[] b, int m, int n, double mu) {
        double[][] n2 = new double[n][n];
        double[] r = new double[n];
        for (int k = 0; k < m; k++) {
            double[] ak = a[k];
            for (int i = 0; i < n; i++) {
                double v = ak[i];
                if (v == 0.0) {
                    continue;
                }
                r[i] += v * b[k];
                double[] ni = n2[i];
                for (int j = 0; j < n; j++) {
                    ni[j] += v * ak[j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            n2[i][i] += mu;
        }
        return solve(n2, r, n) ? r : null;
    }

    static double norm(double[] x, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[i] * x[i];
        }
        return Math.sqrt(s);
    }

    static double maxAbs(double[] x, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s = Math.max(s, Math.abs(x[i]));
        }
        return s;
    }

    /**
     * A vector of the null space of the m-by-n matrix {@code a} (not modified) by Gauss–Jordan elimination with
     * full pivoting: the first free variable set to 1. Entries below {@code tol} times the largest count as
     * zero. Returns null if the matrix has full column rank.
     */
    static double[] nullVector(double[][] a, int m, int n, double tol) {
        double[][] r = new double[m][];
        double scale = 0;
        for (int i = 0; i < m; i++) {
            r[i] = java.util.Arrays.copyOf(a[i], n);
            for (int j = 0; j < n; j++) {
                scale = Math.max(scale, Math.abs(a[i][j]));
            }
        }
        double eps = tol * Math.max(scale, 1e-300);
        int[] pivotCol = new int[m];
        boolean[] isPivot = new boolean[n];
        int rank = 0;
        for (int row = 0; row < m && rank < n; row++) {
            int bi = -1;
            int bj = -1;
            double best = eps;
            for (int i = rank; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    if (!isPivot[j] && Math.abs(r[i][j]) > best) {
                        best = Math.abs(r[i][j]);
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            double[] t = r[bi];
            r[bi] = r[rank];
            r[rank] = t;
            double p = r[rank][bj];
            for (int j = 0; j < n; j++) {
                r[rank][j] /= p;
            }
            for (int i = 0; i < m; i++) {
                if (i != rank && r[i][bj] != 0.0) {
                    double f = r[i][bj];
                    for (int j = 0; j < n; j++) {
                        r[i][j] -= f * r[rank][j];
                    }
                }
            }
            isPivot[bj] = true;
            pivotCol[rank] = bj;
            rank++;
        }
        int free = -1;
        for (int j = 0; j < n; j++) {
            if (!isPivot[j]) {
                free = j;
                break;
            }
        }
        if (free < 0) {
            return null;
        }
        double[] v = new double[n];
        v[free] = 1.0;
        for (int i = 0; i < rank; i++) {
            v[pivotCol[i]] = -r[i][free];
        }
        return v;
    }

    /**
     * Sign of the determinant of the square matrix {@code a} (not modified) by LU with partial pivoting:
     * +1, -1, or 0 when a pivot is below {@code 1e-13} times the largest entry.
     */
    static int detSign(double[][] a, int n) {
        double[][] m = new double[n][];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n);
            for (int j = 0; j < n; j++) {
                scale = Math.max(scale, Math.abs(a[i][j]));
            }
        }
        if (!(scale > 0)) {
            return 0;
        }
        int sign = 1;
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(m[i][k]) > Math.abs(m[p][k])) {
                    p = i;
                }
            }
            if (Math.abs(m[p][k]) <= 1e-13 * scale) {
                return 0;
            }
            if (p != k) {
                double[] t = m[p];
                m[p] = m[k];
                m[k] = t;
                sign = -sign;
            }
            if (m[k][k] < 0) {
                sign = -sign;
            }
            for (int i = k + 1; i < n; i++) {
                double f = m[i][k] / m[k][k];
                if (f != 0.0) {
                    for (int j = k + 1; j < n; j++) {
                        m[i][j] -= f * m[k][j];
                    }
                }
            }
        }
        return sign;
    }
}
