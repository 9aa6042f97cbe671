package org.parley.games.solve.bimatrix;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A stack of simplex dictionaries of the system {z ≥ 0 : M z ≤ 1} (M an R×C integer matrix), one
 * per level of a depth-first search, each obtained from its parent by one pivot. Every decision
 * (a sign, a ratio comparison) is exact; most are made in floating point and certified by a
 * rigorous error bound, the rest on exact integers.
 *
 * <p>Representation. Variables are the structural z_0..z_{C−1} and the slacks s_0..s_{R−1}
 * (variable C+l is the slack of row l). At each level the dictionary
 * x_B = B⁻¹1 − B⁻¹A_N x_N (B the basis matrix of [M | I], N the cobasic columns) is held in
 * doubles, pivoted from the parent level. Optionally row R is the objective row: the reduced
 * costs of minimising Σ z_k (a row of the extended system with the objective variable basic).
 *
 * <p>Certification (a-posteriori, so that rounding errors do not have to be tracked through the
 * pivots): with X̃ the stored dictionary and Y = B⁻¹ (its slack columns), the exact dictionary is
 * X = X̃ + Y·R where R = [A_N | 1] − B·X̃ is the residual against the integer data, computed in
 * floating point with a bound on its own rounding error (Higham 2002, §3.1: a sum of n products
 * is off by at most γ_n times the sum of their absolute values). With E the residual of the
 * slack columns, BỸ = I − E gives ‖Y_i‖₁ ≤ ‖Ỹ_i‖₁ / (1 − ‖E‖∞) for each row i, hence
 * |X_ij − X̃_ij| ≤ ρ_i·σ_j with ρ_i that row bound and σ_j the largest residual bound in
 * column j. A sign is certain when |X̃_ij| exceeds that bound; ratios and products are certified
 * the same way.
 *
 * <p>When a decision is not certain at a level (exact zeros, ties, ill-conditioned bases), the
 * exact fraction-free dictionary D·B⁻¹[A | 1] (D = |det B|) of that level is computed from the
 * basis by fraction-free Gauss–Jordan elimination (Bareiss 1968) on the k×k block of basic
 * structural columns and tight rows, the decision is made on the integers, and the level's
 * doubles are replaced by the rounded exact values. Exact zeros, ties and degenerate vertices
 * therefore always go the exact way; well-separated decisions never do. In exact-only mode
 * every level is kept exact by fraction-free pivoting (as in lrs) and the doubles are not used.
 *
 * <p>A level may be singular (its basis matrix not invertible) when the pivot was forced rather
 * than chosen by a ratio test (the complementary system of the equilibrium search); then
 * {@link #isSingular} says so and its entries mean nothing; its children are rebuilt from their
 * bases.
 *
 * <p>Cost: a floating-point pivot is O(R·C) operations, the certification of a level
 * O(R·C·k); an exact rebuild O(k³ + R·C·k) operations on integers bounded by subdeterminants of
 * [M | I | 1]. Memory O(depth·R·C). Requires |M| &lt; 2⁵³ entrywise unless exact-only. Not
 * thread-safe: one instance per search.
 */
final class FilteredDictionaryStack {
    private static final double U = 0x1p-53;
    /** Inflation covering the rounding of the bound computations themselves. */
    private static final double INFLATE = 1 + 0x1p-40;

    final int rows;
    final int cols;
    final boolean objective;
    final boolean exactOnly;
    private final int vars;
    private final int height;
    private final BigInteger[][] m;
    private final double[][] md;
    /** max(1, largest |entry|) of each row of M: bounds |A_lj| in the rounding term. */
    private final double[] rowMax;

    private double[][][] mid;
    /**
     * Per level: σ_j, a bound on the residual of column j (length cols+1, kept up to date by every
     * pivot); the absolute row sums of the stored slack columns (length height); ρ_i, the row
     * bounds of B⁻¹ (length height), derived from both when first needed (boundValid).
     */
    private double[][] colBound;
    private double[][] slackAbs;
    private double[][] rowBound;
    private boolean[] boundValid;
    /** Per level: whether σ was computed afresh (or from exact values) rather than propagated. */
    private boolean[] fresh;
    /** max(1, largest |entry| of M): bounds every entry of the (extended) basis matrix. */
    private final double bMax;
    private BigInteger[][][] ex;
    private BigInteger[] exDet;
    private boolean[] exValid;
    private boolean[] singular;
    private int[][] basis;
    private int[][] cobasis;
    private int[][] where;
    /** Exact rebuilds from scratch (a counter for diagnostics). */
    long rebuilds;
    /** Per level: whether the doubles hold this level (false for levels pivoted exactly, and in exact-only mode). */
    private boolean[] dblValid;
    /** On while degenerate bases are frequent in the recent pivots (see {@link #pivot}). */
    private boolean preferExact;
    private static final int WINDOW = 512;
    private int windowPivots;
    private long windowRebuilds;
    private int windowDegenerate;
    // scratch
    private final double[] acc;

    /**
     * @param m the R×C constraint matrix (not copied, not modified)
     * @param objective whether to carry the objective row (minimise Σ z)
     * @param exactOnly keep every level exact and never decide in floating point
     * @throws IllegalArgumentException if not exact-only and an entry of M is 2⁵³ or more in magnitude
     */
    FilteredDictionaryStack(BigInteger[][] m, boolean objective, boolean exactOnly) {
        this.m = m;
        this.rows = m.length;
        this.cols = rows == 0 ? 0 : m[0].length;
        this.objective = objective;
        this.exactOnly = exactOnly;
        this.vars = rows + cols;
        this.height = rows + (objective ? 1 : 0);
        md = new double[rows][cols];
        rowMax = new double[rows];
        for (int i = 0; i < rows; i++) {
            rowMax[i] = 1;
            for (int j = 0; j < cols; j++) {
                rowMax[i] = Math.max(rowMax[i], Math.abs(m[i][j].doubleValue()));
                if (!exactOnly && m[i][j].bitLength() > 53) {
                    throw new IllegalArgumentException("entries must be below 2^53 for floating-point filtering");
                }
                md[i][j] = m[i][j].doubleValue();
            }
        }
        double big = 1;
        for (double r : rowMax) big = Math.max(big, r);
        bMax = big;
        acc = new double[cols + 1];
        allocate(8);
        prepare(0);
        double[][] mv = mid[0];
        BigInteger[][] e = ex[0] = new BigInteger[height][cols + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j <= cols; j++) {
                BigInteger v = j == cols ? BigInteger.ONE : m[i][j];
                e[i][j] = v;
                mv[i][j] = v.doubleValue();
            }
        }
        if (objective) {
            for (int j = 0; j <= cols; j++) {
                e[rows][j] = j == cols ? BigInteger.ZERO : BigInteger.ONE;
                mv[rows][j] = j == cols ? 0 : 1;
            }
        }
        exDet[0] = BigInteger.ONE;
        exValid[0] = true;
        dblValid[0] = !exactOnly;
        for (int i = 0; i < rows; i++) {
            basis[0][i] = cols + i;
            where[0][cols + i] = i;
        }
        for (int j = 0; j < cols; j++) {
            cobasis[0][j] = j;
            where[0][j] = -j - 1;
        }
    }

    private void allocate(int capacity) {
        mid = grow(mid, capacity, double[][][]::new);
        rowBound = grow(rowBound, capacity, double[][]::new);
        slackAbs = grow(slackAbs, capacity, double[][]::new);
        colBound = grow(colBound, capacity, double[][]::new);
        boundValid = boundValid == null ? new boolean[capacity] : Arrays.copyOf(boundValid, capacity);
        fresh = fresh == null ? new boolean[capacity] : Arrays.copyOf(fresh, capacity);
        ex = grow(ex, capacity, BigInteger[][][]::new);
        exDet = grow(exDet, capacity, BigInteger[]::new);
        exValid = exValid == null ? new boolean[capacity] : Arrays.copyOf(exValid, capacity);
        singular = singular == null ? new boolean[capacity] : Arrays.copyOf(singular, capacity);
        dblValid = dblValid == null ? new boolean[capacity] : Arrays.copyOf(dblValid, capacity);
        basis = grow(basis, capacity, int[][]::new);
        cobasis = grow(cobasis, capacity, int[][]::new);
        where = grow(where, capacity, int[][]::new);
    }

    private static <T> T[] grow(T[] old, int capacity, java.util.function.IntFunction<T[]> make) {
        T[] out = make.apply(capacity);
        if (old != null) System.arraycopy(old, 0, out, 0, old.length);
        return out;
    }

    /** Allocates the arrays of level d on first use. */
    private void prepare(int d) {
        if (d >= mid.length) allocate(Math.max(mid.length * 2, d + 1));
        if (basis[d] == null) {
            basis[d] = new int[rows];
            cobasis[d] = new int[cols];
            where[d] = new int[vars];
            mid[d] = new double[height][cols + 1];
            rowBound[d] = new double[height];
            slackAbs[d] = new double[height];
            colBound[d] = new double[cols + 1];
        }
    }

    int variables() {
        return vars;
    }

    int basic(int d, int r) {
        return basis[d][r];
    }

    int cobasic(int d, int c) {
        return cobasis[d][c];
    }

    /** Row of variable v at level d, or −1 if cobasic. */
    int rowOf(int d, int v) {
        int w = where[d][v];
        return w >= 0 ? w : -1;
    }

    /** Column position of variable v at level d, or −1 if basic. */
    int columnOf(int d, int v) {
        int w = where[d][v];
        return w < 0 ? -w - 1 : -1;
    }

    boolean isSingular(int d) {
        return singular[d];
    }

    // ------------------------------------------------------------------ decisions

    /** Exact sign of entry (i, j); j = {@link #cols} is the right-hand side, i = {@link #rows} the objective row. */
    int sign(int d, int i, int j) {
        if (dblValid[d]) {
            int s = signFiltered(d, i, j);
            if (s != UNKNOWN) return s;
            if (sharpen(d)) {
                s = signFiltered(d, i, j);
                if (s != UNKNOWN) return s;
            }
        }
        return exact(d)[i][j].signum();
    }

    private static final int UNKNOWN = 2;

    private int signFiltered(int d, int i, int j) {
        double v = mid[d][i][j];
        double e = error(d, i, j);
        if (v > e) return 1;
        if (-v > e) return -1;
        return UNKNOWN;
    }

    /** The certified bound on |X_ij − X̃_ij| at level d. */
    private double error(int d, int i, int j) {
        if (!boundValid[d]) computeBounds(d);
        return rowBound[d][i] * colBound[d][j] * INFLATE;
    }

    /**
     * Replaces the propagated residual bounds of level d by the residual computed afresh (once per
     * level); returns false if that was done already.
     */
    private boolean sharpen(int d) {
        if (fresh[d]) return false;
        recomputeResidual(d);
        fresh[d] = true;
        boundValid[d] = false;
        return true;
    }

    /**
     * The lexicographic minimum-ratio row for column c over the constraint rows with a positive
     * entry: smallest rhs/entry, ties broken by the slack columns s_0, s_1, … in order (the
     * perturbation 1 + (ε, ε², …)). −1 if no entry is positive.
     */
    int lexMinRatioRow(int d, int c) {
        if (dblValid[d]) {
            int r = lexMinRatioRowFiltered(d, c);
            if (r != -2) return r;
            if (sharpen(d)) {
                r = lexMinRatioRowFiltered(d, c);
                if (r != -2) return r;
            }
        }
        return lexMinRatioRowExact(d, c);
    }

    /** −2 when the floating-point test is not conclusive. */
    private int lexMinRatioRowFiltered(int d, int c) {
        if (!boundValid[d]) computeBounds(d);
        double[][] mv = mid[d];
        double[] rb = rowBound[d];
        double sc = colBound[d][c] * INFLATE;
        double sr = colBound[d][cols] * INFLATE;
        int best = -1;
        double bestHi = Double.POSITIVE_INFINITY;
        double bestLo = Double.POSITIVE_INFINITY;
        double secondLo = Double.POSITIVE_INFINITY;
        for (int i = 0; i < rows; i++) {
            double p = mv[i][c];
            double pe = rb[i] * sc;
            if (!(p > pe)) {
                if (-p > pe) continue; // certainly negative
                return -2; // sign not certain (possibly zero)
            }
            double x = mv[i][cols];
            double xe = rb[i] * sr;
            double q = x / p;
            double aq = Math.abs(q);
            double qe = ((xe + aq * (1 + 2 * U) * pe) / (p - pe) * (1 + 4 * U) + U * aq) * INFLATE;
            double lo = q - qe;
            double hi = q + qe;
            if (hi < bestHi) {
                secondLo = Math.min(secondLo, bestLo);
                best = i;
                bestHi = hi;
                bestLo = lo;
            } else {
                secondLo = Math.min(secondLo, lo);
            }
        }
        if (best < 0) return -1;
        return bestHi < secondLo ? best : -2;
    }

    private int lexMinRatioRowExact(int d, int c) {
        BigInteger[][] t = exact(d);
        int best = -1;
        for (int i = 0; i < rows; i++) {
            if (t[i][c].signum() <= 0) continue;
            if (best < 0) {
                best = i;
                continue;
            }
            int cmp = compare(t, i, best, cols, c);
            for (int l = 0; cmp == 0 && l < rows; l++) {
                int w = where[d][cols + l];
                if (w < 0) {
                    cmp = compare(t, i, best, -w - 1, c);
                } else {
                    // basic slack: D in its own row, zero elsewhere
                    cmp = Integer.compare(w == i ? 1 : 0, w == best ? 1 : 0);
                }
            }
            if (cmp < 0) best = i;
        }
        return best;
    }

    /** t[i1][j]/t[i1][c] against t[i2][j]/t[i2][c], both denominators positive. */
    private static int compare(BigInteger[][] t, int i1, int i2, int j, int c) {
        return t[i1][j].multiply(t[i2][c]).compareTo(t[i2][j].multiply(t[i1][c]));
    }

    /** Exact sign of X[o][c]·X[r][j] − X[o][j]·X[r][c]. */
    int crossSign(int d, int o, int r, int c, int j) {
        if (dblValid[d]) {
            int s = crossSignFiltered(d, o, r, c, j);
            if (s != UNKNOWN) return s;
            if (sharpen(d)) {
                s = crossSignFiltered(d, o, r, c, j);
                if (s != UNKNOWN) return s;
            }
        }
        BigInteger[][] t = exact(d);
        return t[o][c].multiply(t[r][j]).compareTo(t[o][j].multiply(t[r][c]));
    }

    private int crossSignFiltered(int d, int o, int r, int c, int j) {
        if (!boundValid[d]) computeBounds(d);
        double[][] mv = mid[d];
        double a = mv[o][c];
        double b = mv[r][j];
        double e = mv[o][j];
        double f = mv[r][c];
        double ea = error(d, o, c);
        double eb = error(d, r, j);
        double ee = error(d, o, j);
        double ef = error(d, r, c);
        double ab = a * b;
        double efp = e * f;
        double v = ab - efp;
        double radius = (Math.abs(a) * eb + Math.abs(b) * ea + ea * eb + Math.abs(e) * ef + Math.abs(f) * ee
                + ee * ef + 2 * U * (Math.abs(ab) + Math.abs(efp) + Math.abs(v))) * INFLATE;
        if (v > radius) return 1;
        if (-v > radius) return -1;
        return UNKNOWN;
    }

    /**
     * Whether every right-hand side entry of the constraint rows is certainly nonzero in floating
     * point (then the basic solution is nondegenerate); false when not certain (or in exact-only mode).
     */
    boolean rhsCertainlyNonzero(int d) {
        if (!dblValid[d]) return false;
        if (rhsNonzeroFiltered(d)) return true;
        return sharpen(d) && rhsNonzeroFiltered(d);
    }

    private boolean rhsNonzeroFiltered(int d) {
        double[][] mv = mid[d];
        for (int i = 0; i < rows; i++) {
            if (!(Math.abs(mv[i][cols]) > error(d, i, cols))) return false;
        }
        return true;
    }

    /** Whether every right-hand side entry of the constraint rows is nonnegative; exact. */
    boolean rhsNonnegative(int d) {
        if (dblValid[d]) {
            int s = rhsNonnegativeFiltered(d);
            if (s != UNKNOWN) return s > 0;
            if (sharpen(d)) {
                s = rhsNonnegativeFiltered(d);
                if (s != UNKNOWN) return s > 0;
            }
        }
        BigInteger[][] t = exact(d);
        for (int i = 0; i < rows; i++) {
            if (t[i][cols].signum() < 0) return false;
        }
        return true;
    }

    /** 1: all certainly positive; 0: one certainly negative; UNKNOWN otherwise. */
    private int rhsNonnegativeFiltered(int d) {
        double[][] mv = mid[d];
        boolean certain = true;
        for (int i = 0; i < rows; i++) {
            double v = mv[i][cols];
            double e = error(d, i, cols);
            if (-v > e) return 0;
            if (!(v > e)) certain = false;
        }
        return certain ? 1 : UNKNOWN;
    }

    /** The exact entries D·B⁻¹[A | 1] of level d (computed on demand). */
    BigInteger[][] exact(int d) {
        if (singular[d]) throw new IllegalStateException("internal error: decision on a singular dictionary");
        if (!exValid[d]) rebuild(d);
        return ex[d];
    }

    /** The exact determinant D of level d. */
    BigInteger determinant(int d) {
        if (!exValid[d]) rebuild(d);
        return exDet[d];
    }

    // ------------------------------------------------------------------ certification

    /**
     * Computes ρ_i and σ_j of level d (see the class comment). Leaves infinite bounds (every
     * decision exact) when ‖E‖∞ ≥ 1/2 or a value is not finite.
     */
    private void computeBounds(int d) {
        boundValid[d] = true;
        double[] rho = rowBound[d];
        double[] sigma = colBound[d];
        int[] cb = cobasis[d];
        int[] bs = basis[d];
        // ‖E‖∞ ≤ Σ over the stored slack columns of their residual bounds
        double e = 0;
        for (int j = 0; j < cols; j++) {
            if (cb[j] >= cols) e += sigma[j];
        }
        e *= INFLATE;
        if (!(e < 0.5)) {
            Arrays.fill(rho, Double.POSITIVE_INFINITY);
            return;
        }
        double scale = INFLATE / (1 - e) * (1 + 2 * rows * U);
        double[] sa = slackAbs[d];
        for (int i = 0; i < height; i++) {
            double s = sa[i] + ((i < rows && bs[i] >= cols) || i == rows ? 1 : 0);
            rho[i] = Double.isFinite(s) ? s * scale : Double.POSITIVE_INFINITY;
        }
    }

    /**
     * Sets σ_j of level d to the residual of the stored dictionary computed afresh:
     * R = [A_N | 1] − B·X̃ in floating point plus a bound on the rounding of that computation.
     */
    private void recomputeResidual(int d) {
        double[][] x = mid[d];
        double[] sigma = colBound[d];
        int[] bs = basis[d];
        int[] cb = cobasis[d];
        int[] wh = where[d];
        int n = cols + 1;
        int k = 0;
        int[] kRows = new int[rows];
        int[] kVars = new int[rows];
        for (int i = 0; i < rows; i++) {
            if (bs[i] < cols) {
                kRows[k] = i;
                kVars[k] = bs[i];
                k++;
            }
        }
        // the rounding of a residual entry is at most gamma·(|a| + Σ_p |coef_p|·|x_pj| + |x_wj|),
        // and Σ_p |coef_p|·|x_pj| ≤ max_p |coef_p| · Σ_p |x_pj|
        double gamma = (k + 3) * U / (1 - (k + 3) * U) * 2;
        double[] colAbs = new double[n];
        for (int p = 0; p < k; p++) {
            double[] xr = x[kRows[p]];
            for (int j = 0; j < n; j++) colAbs[j] += Math.abs(xr[j]);
        }
        Arrays.fill(sigma, 0);
        double[] ac = acc;
        for (int l = 0; l <= rows; l++) {
            if (l == rows && !objective) break;
            boolean obj = l == rows;
            double[] ml = obj ? null : md[l];
            double aMax = obj ? 1 : rowMax[l];
            for (int j = 0; j < cols; j++) {
                int v = cb[j];
                ac[j] = v < cols ? (obj ? 1 : ml[v]) : (v - cols == l ? 1 : 0);
            }
            ac[cols] = obj ? 0 : 1;
            double maxCoef = obj ? 1 : 0;
            for (int p = 0; p < k; p++) {
                double coef = obj ? 1 : ml[kVars[p]];
                if (coef == 0) continue;
                if (coef > maxCoef) maxCoef = coef;
                double[] xr = x[kRows[p]];
                for (int j = 0; j < n; j++) ac[j] -= coef * xr[j];
            }
            int w = obj ? rows : wh[cols + l];
            double[] xw = w >= 0 ? x[w] : null;
            if (xw != null) {
                // the basic slack of row l (or the objective variable) has coefficient 1
                for (int j = 0; j < n; j++) ac[j] -= xw[j];
            }
            for (int j = 0; j < n; j++) {
                double mag = aMax + maxCoef * colAbs[j] + (xw != null ? Math.abs(xw[j]) : 0);
                double res = Math.abs(ac[j]) + gamma * mag;
                if (res > sigma[j]) sigma[j] = res;
            }
        }
        for (int j = 0; j < n; j++) {
            double v = sigma[j] * INFLATE;
            sigma[j] = Double.isFinite(v) ? v : Double.POSITIVE_INFINITY;
        }
    }

    // ------------------------------------------------------------------ pivoting

    /**
     * Writes level d+1: level d after the cobasic variable at column c enters the basis in row r.
     * A pivot on an exact zero (possible only when the pivot is forced rather than chosen by a
     * ratio test) makes level d+1 singular. Returns the leaving variable.
     */
    int pivot(int d, int r, int c) {
        int next = d + 1;
        prepare(next);
        System.arraycopy(basis[d], 0, basis[next], 0, rows);
        System.arraycopy(cobasis[d], 0, cobasis[next], 0, cols);
        System.arraycopy(where[d], 0, where[next], 0, vars);
        int entering = cobasis[d][c];
        int leaving = basis[d][r];
        basis[next][r] = entering;
        cobasis[next][c] = leaving;
        where[next][entering] = r;
        where[next][leaving] = -c - 1;
        exValid[next] = false;
        boundValid[next] = false;
        fresh[next] = false;
        dblValid[next] = false;
        singular[next] = false;
        if (singular[d]) {
            // nothing to pivot from: rebuild from the basis (marks the level singular if it is)
            rebuild(next);
            return leaving;
        }
        if (exactOnly) {
            if (exact(d)[r][c].signum() == 0) {
                markSingular(next);
            } else {
                pivotExact(d, r, c);
            }
            return leaving;
        }
        if (sign(d, r, c) == 0) {
            markSingular(next);
            return leaving;
        }
        if (exValid[d] && (preferExact || hasZeroRhs(d))) {
            // a degenerate parent known exactly: its children are likely degenerate too, and an exact
            // pivot is far cheaper than rebuilding them from their bases when a zero must be certified
            pivotExact(d, r, c);
            if (hasZeroRhs(next)) windowDegenerate++;
        } else {
            if (!dblValid[d]) refresh(d);
            pivotDouble(d, r, c);
            dblValid[next] = true;
        }
        if (++windowPivots == WINDOW) {
            // where degenerate bases are frequent (many exact rebuilds in floating-point mode, many zero
            // right-hand sides in exact mode), pivot exactly from every exact level; elsewhere in floating point
            preferExact = (rebuilds - windowRebuilds) + windowDegenerate > WINDOW / 20;
            windowPivots = 0;
            windowDegenerate = 0;
            windowRebuilds = rebuilds;
        }
        return leaving;
    }

    private void markSingular(int d) {
        singular[d] = true;
        exValid[d] = true;
        exDet[d] = BigInteger.ZERO;
        boundValid[d] = true;
        Arrays.fill(rowBound[d], Double.POSITIVE_INFINITY);
    }

    /**
     * The floating-point pivot, with the residual bounds carried along: if X̃' = Ẽ·X̃ + Δ (Ẽ the
     * eta matrix of the stored pivot column, Δ the rounding of this pivot), then B'Ẽ = B + R_c·e_rᵀ/p,
     * so R'_j = R_j − R_c·X̃'_rj − B'Δ_j (R_c the residual of the pivot column, and the column of
     * the leaving variable, basic before, has zero residual). Hence
     * σ'_j = σ_j + σ_c·|X̃'_rj| + bMax·Σ_i |Δ_ij|.
     */
    private void pivotDouble(int d, int r, int c) {
        int next = d + 1;
        double[][] mv = mid[d];
        double[][] nm = mid[next];
        double[] sOld = colBound[d];
        double[] sNew = colBound[next];
        double[] delta = acc;
        double[] sa = slackAbs[next];
        int[] cbNext = cobasis[next];
        double p = mv[r][c];
        double[] rowM = nm[r];
        double[] src = mv[r];
        double inv = 1 / p;
        double saR = 0;
        for (int j = 0; j <= cols; j++) {
            double q = j == c ? inv : src[j] / p;
            rowM[j] = q;
            double aq = Math.abs(q);
            delta[j] = aq;
            if (j < cols && cbNext[j] >= cols) saR += aq;
        }
        sa[r] = saR;
        for (int i = 0; i < height; i++) {
            if (i == r) continue;
            double[] im = mv[i];
            double[] om = nm[i];
            double f = im[c];
            if (f == 0) {
                System.arraycopy(im, 0, om, 0, cols + 1);
                double s = 0;
                for (int j = 0; j < cols; j++) {
                    if (cbNext[j] >= cols) s += Math.abs(om[j]);
                }
                sa[i] = s;
                continue;
            }
            double af = Math.abs(f);
            double s = 0;
            for (int j = 0; j <= cols; j++) {
                double b = rowM[j];
                double v = j == c ? -f * inv : im[j] - f * b;
                om[j] = v;
                double av = Math.abs(v);
                delta[j] += av + af * Math.abs(b);
                if (j < cols && cbNext[j] >= cols) s += av;
            }
            sa[i] = s;
        }
        double sc = sOld[c];
        for (int j = 0; j <= cols; j++) {
            double v = ((j == c ? 0 : sOld[j]) + sc * Math.abs(rowM[j]) + bMax * 3 * U * delta[j]) * INFLATE;
            sNew[j] = Double.isFinite(v) ? v : Double.POSITIVE_INFINITY;
        }
    }

    /** Whether an exact level has a zero right-hand side entry in a constraint row. */
    private boolean hasZeroRhs(int d) {
        BigInteger[][] t = ex[d];
        for (int i = 0; i < rows; i++) {
            if (t[i][cols].signum() == 0) return true;
        }
        return false;
    }

    /** Fraction-free pivot of the exact entries (level d must be exact and nonsingular). */
    private void pivotExact(int d, int r, int c) {
        int next = d + 1;
        BigInteger[][] t = ex[d];
        BigInteger det = exDet[d];
        BigInteger[][] u = ex[next];
        if (u == null) u = ex[next] = new BigInteger[height][cols + 1];
        BigInteger p = t[r][c];
        BigInteger[] pr = t[r];
        boolean detOne = det.equals(BigInteger.ONE);
        for (int i = 0; i < height; i++) {
            BigInteger[] ti = t[i];
            BigInteger[] ui = u[i];
            if (i == r) {
                System.arraycopy(ti, 0, ui, 0, cols + 1);
                ui[c] = det;
                continue;
            }
            BigInteger f = ti[c];
            for (int j = 0; j <= cols; j++) {
                if (j == c) {
                    ui[j] = f.negate();
                    continue;
                }
                BigInteger x = ti[j].multiply(p);
                if (f.signum() != 0 && pr[j].signum() != 0) x = x.subtract(f.multiply(pr[j]));
                ui[j] = detOne ? x : x.divide(det);
            }
        }
        if (p.signum() < 0) {
            for (BigInteger[] ui : u) {
                for (int j = 0; j <= cols; j++) ui[j] = ui[j].negate();
            }
            p = p.negate();
        }
        exDet[next] = p;
        exValid[next] = true;
        dblValid[next] = false;
    }

    /**
     * Computes the exact dictionary of level d from its basis: with K the basic structural
     * variables and L the rows whose slack is cobasic (|K| = |L| = k), G = M[L][K], H = D·G⁻¹
     * (D = |det G|), a structural basic row holds H·A_L, a slack basic row l holds
     * D·A_l − M[l][K]·H·A_L, the objective row D·c − Σ_K H·A_L. Marks the level singular if
     * G is. Replaces the level's doubles by the rounded exact values.
     */
    private void rebuild(int d) {
        rebuilds++;
        int[] bs = basis[d];
        int k = 0;
        int[] kRow = new int[rows];
        for (int i = 0; i < rows; i++) {
            if (bs[i] < cols) kRow[k++] = i;
        }
        int[] kVar = new int[k];
        for (int p = 0; p < k; p++) kVar[p] = bs[kRow[p]];
        int[] lRows = new int[k];
        int[] lPos = new int[rows];
        Arrays.fill(lPos, -1);
        int nl = 0;
        for (int l = 0; l < rows; l++) {
            if (where[d][cols + l] < 0) {
                if (nl == k) throw new IllegalStateException("internal error: basis with inconsistent sizes");
                lPos[l] = nl;
                lRows[nl++] = l;
            }
        }
        if (nl != k) throw new IllegalStateException("internal error: basis with inconsistent sizes");
        BigInteger[][] h = new BigInteger[k][k];
        BigInteger det = inverseTimesDeterminant(kVar, lRows, h);
        if (det == null) {
            markSingular(d);
            return;
        }
        BigInteger[][] u = ex[d];
        if (u == null) u = ex[d] = new BigInteger[height][cols + 1];
        BigInteger[] y = new BigInteger[k];
        for (int j = 0; j <= cols; j++) {
            int var = j == cols ? -1 : cobasis[d][j];
            boolean slack = var >= cols;
            int unit = slack ? lPos[var - cols] : -1;
            if (slack && unit < 0) throw new IllegalStateException("internal error: cobasic slack of a non-tight row");
            // Y_j = H·A_L[j]
            for (int p = 0; p < k; p++) {
                if (slack) {
                    y[p] = h[p][unit];
                } else {
                    BigInteger s = BigInteger.ZERO;
                    for (int q = 0; q < k; q++) {
                        BigInteger a = var < 0 ? BigInteger.ONE : m[lRows[q]][var];
                        if (a.signum() != 0 && h[p][q].signum() != 0) s = s.add(h[p][q].multiply(a));
                    }
                    y[p] = s;
                }
            }
            BigInteger sumY = BigInteger.ZERO;
            for (int p = 0; p < k; p++) {
                u[kRow[p]][j] = y[p];
                sumY = sumY.add(y[p]);
            }
            for (int i = 0; i < rows; i++) {
                int v = bs[i];
                if (v < cols) continue;
                int l = v - cols;
                BigInteger a = slack ? BigInteger.ZERO : var < 0 ? BigInteger.ONE : m[l][var];
                BigInteger s = det.multiply(a);
                for (int p = 0; p < k; p++) {
                    BigInteger coef = m[l][kVar[p]];
                    if (coef.signum() != 0 && y[p].signum() != 0) s = s.subtract(coef.multiply(y[p]));
                }
                u[i][j] = s;
            }
            if (objective) {
                BigInteger cj = var >= 0 && !slack ? det : BigInteger.ZERO;
                u[rows][j] = cj.subtract(sumY);
            }
        }
        exDet[d] = det;
        exValid[d] = true;
        singular[d] = false;
        boundValid[d] = false;
        if (!exactOnly) refresh(d);
    }

    /**
     * Replaces the doubles of level d by its rounded exact values (each within 3 units of
     * rounding) and sets the residual bounds accordingly: R = B·(X − X̃), so
     * |R_lj| ≤ bMax·Σ_i |X_ij − X̃_ij|.
     */
    private void refresh(int d) {
        double[][] mv = mid[d];
        BigInteger[][] u = ex[d];
        double dd = exDet[d].doubleValue();
        double[] sigma = colBound[d];
        double[] sa = slackAbs[d];
        int[] cb = cobasis[d];
        Arrays.fill(sigma, 0);
        for (int i = 0; i < height; i++) {
            double s = 0;
            for (int j = 0; j <= cols; j++) {
                BigInteger t = u[i][j];
                double v = t.signum() == 0 ? 0 : t.doubleValue() / dd;
                mv[i][j] = v;
                sigma[j] += Math.abs(v);
                if (j < cols && cb[j] >= cols) s += Math.abs(v);
            }
            sa[i] = s;
        }
        for (int j = 0; j <= cols; j++) {
            double v = bMax * 4 * U * sigma[j] * INFLATE;
            sigma[j] = Double.isFinite(v) && Double.isFinite(dd) ? v : Double.POSITIVE_INFINITY;
        }
        boundValid[d] = false;
        fresh[d] = true;
        dblValid[d] = true;
    }

    /**
     * H = D·G⁻¹ for G = M[lRows][kVar] by fraction-free Gauss–Jordan elimination on [G | I];
     * returns D = |det G| (1 for k = 0), or null if G is singular.
     */
    private BigInteger inverseTimesDeterminant(int[] kVar, int[] lRows, BigInteger[][] h) {
        int k = kVar.length;
        if (k == 0) return BigInteger.ONE;
        BigInteger[][] a = new BigInteger[k][2 * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                a[i][j] = m[lRows[i]][kVar[j]];
                a[i][k + j] = i == j ? BigInteger.ONE : BigInteger.ZERO;
            }
        }
        BigInteger prev = BigInteger.ONE;
        for (int p = 0; p < k; p++) {
            int q = p;
            while (q < k && a[q][p].signum() == 0) q++;
            if (q == k) return null;
            if (q != p) {
                BigInteger[] tmp = a[q];
                a[q] = a[p];
                a[p] = tmp;
            }
            BigInteger piv = a[p][p];
            for (int i = 0; i < k; i++) {
                if (i == p) continue;
                BigInteger f = a[i][p];
                for (int j = 0; j < 2 * k; j++) {
                    if (j == p) continue;
                    BigInteger x = a[i][j].multiply(piv);
                    if (f.signum() != 0 && a[p][j].signum() != 0) x = x.subtract(f.multiply(a[p][j]));
                    a[i][j] = prev.equals(BigInteger.ONE) ? x : x.divide(prev);
                }
                a[i][p] = BigInteger.ZERO;
            }
            prev = piv;
        }
        // fraction-free Gauss–Jordan leaves every diagonal entry equal to the last pivot, ±det G
        BigInteger det = prev;
        for (int i = 0; i < k; i++) {
            if (!a[i][i].equals(det)) throw new IllegalStateException("internal error: fraction-free elimination");
        }
        boolean negative = det.signum() < 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                BigInteger v = a[i][k + j];
                h[i][j] = negative ? v.negate() : v;
            }
        }
        return det.abs();
    }
}
