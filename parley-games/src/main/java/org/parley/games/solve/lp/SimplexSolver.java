package org.parley.games.solve.lp;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.games.SolverInterruptedException;
import org.parley.games.numeric.Rational;

/**
 * Exact two-phase simplex method with steepest-edge pricing and a Bland's-rule fallback.
 *
 * <p>Definition: the program is brought to standard form max c'·z s.t. M·z = q, z ≥ 0, q ≥ 0
 * (free variables split as z⁺ − z⁻; each row scaled to integers and its sign chosen so that
 * q ≥ 0; slack or surplus columns for inequalities; artificial columns where no slack can start
 * the basis). Phase 1 maximises minus the sum of the artificials; phase 2 maximises c'. Both
 * objective rows live in one fraction-free integer tableau ({@link IntegerTableau}), so every
 * quantity is exact.
 *
 * <p>Pivot rule: the entering column maximises d_j² / (1 + ‖B⁻¹a_j‖²) over columns with reduced
 * cost d_j &lt; 0 (steepest edge, Goldfarb–Reid 1977, recomputed from the tableau at each pivot;
 * only this choice is evaluated in floating point, every sign and ratio test is exact). The
 * leaving row is the minimum ratio, ties to the smallest basic variable. After
 * {@value #DEGENERATE_LIMIT} consecutive degenerate pivots Bland's rule (smallest improving
 * column) takes over until the next non-degenerate pivot. Cycling is impossible: a
 * non-degenerate pivot strictly improves the objective, so no earlier basis can recur after it;
 * within one objective level at most {@value #DEGENERATE_LIMIT} steepest-edge pivots are followed by
 * Bland pivots, which terminate from any starting basis (Bland 1977), and there are finitely many
 * bases.
 *
 * <p>Duals are read from the phase-2 objective row at each row's starting unit column and mapped
 * back through the scalings. The result's certificate re-checks primal feasibility, dual
 * feasibility and c·x = b·y on the original data, in integers over common denominators.
 *
 * <p>Complexity: exponential in the worst case (Klee–Minty), typically O(rows) pivots, each of
 * O(rows·columns) big-integer operations plus O(rows·columns) floating-point operations for
 * pricing. Measured on random n×n zero-sum games: 74 pivots at 80×80 against 705 under Bland's
 * rule alone. Stateless and thread-safe.
 */
public final class SimplexSolver {

    /** Consecutive degenerate pivots under Dantzig's rule before Bland's rule takes over. */
    static final int DEGENERATE_LIMIT = 50;

    /**
     * Options.
     *
     * @param maxPivots pivot budget over both phases (positive)
     */
    public record Options(long maxPivots) {
        public Options {
            if (maxPivots < 1) throw new IllegalArgumentException("maxPivots must be positive, was " + maxPivots);
        }

        public static Options defaults() {
            return new Options(1_000_000L);
        }
    }

    /**
     * Solves {@code lp} exactly.
     *
     * @throws PivotLimitException if the pivot budget runs out
     */
    public LpResult solve(LinearProgram lp, Options options) {
        return solve(lp, options, DEGENERATE_LIMIT);
    }

    /**
     * As {@link #solve(LinearProgram, Options)} with Bland's rule taking over after
     * {@code degenerateLimit} consecutive degenerate pivots (0: Bland's rule throughout;
     * {@link Integer#MAX_VALUE}: never, which can cycle). For tests and measurements.
     */
    LpResult solve(LinearProgram lp, Options options, int degenerateLimit) {
        if (degenerateLimit < 0) throw new IllegalArgumentException("degenerateLimit must be >= 0, was " + degenerateLimit);
        int n = lp.variables();
        int k = lp.constraints().size();
        boolean max = lp.sense() == LinearProgram.Sense.MAXIMIZE;
        // structural columns
        int[] pos = new int[n];
        int[] neg = new int[n];
        int cols = 0;
        for (int j = 0; j < n; j++) {
            pos[j] = cols++;
            neg[j] = lp.free().get(j) ? cols++ : -1;
        }
        int structural = cols;
        // row scalings and slack columns
        BigInteger[] lambda = new BigInteger[k];
        int[] sigma = new int[k];
        int[] slackCol = new int[k];
        int[] slackCoef = new int[k];
        for (int i = 0; i < k; i++) {
            LinearProgram.Constraint c = lp.constraints().get(i);
            BigInteger l = c.rhs().denominator();
            for (Rational a : c.coefficients()) l = lcm(l, a.denominator());
            lambda[i] = l;
            sigma[i] = c.rhs().signum() < 0 ? -1 : 1;
            slackCol[i] = -1;
            if (c.relation() != LinearProgram.Relation.EQ) {
                slackCol[i] = cols++;
                slackCoef[i] = c.relation() == LinearProgram.Relation.LE ? sigma[i] : -sigma[i];
            }
        }
        int[] unitCol = new int[k];
        List<Integer> artRows = new ArrayList<>();
        int firstArt = cols;
        for (int i = 0; i < k; i++) {
            if (slackCol[i] >= 0 && slackCoef[i] == 1) {
                unitCol[i] = slackCol[i];
            } else {
                unitCol[i] = cols++;
                artRows.add(i);
            }
        }
        int endArt = cols;
        int z2 = cols++;
        int z1 = cols++;
        int rows = k + 2;
        int r2 = k;
        int r1 = k + 1;
        BigInteger[][] m = new BigInteger[rows][cols];
        BigInteger[] q = new BigInteger[rows];
        for (BigInteger[] row : m) java.util.Arrays.fill(row, BigInteger.ZERO);
        for (int i = 0; i < k; i++) {
            LinearProgram.Constraint c = lp.constraints().get(i);
            BigInteger f = sigma[i] < 0 ? lambda[i].negate() : lambda[i];
            for (int j = 0; j < n; j++) {
                BigInteger v = scaled(c.coefficients().get(j), f);
                m[i][pos[j]] = v;
                if (neg[j] >= 0) m[i][neg[j]] = v.negate();
            }
            if (slackCol[i] >= 0) m[i][slackCol[i]] = BigInteger.valueOf(slackCoef[i]);
            m[i][unitCol[i]] = BigInteger.ONE;
            q[i] = scaled(c.rhs(), f);
        }
        BigInteger mu = BigInteger.ONE;
        for (Rational c : lp.objective()) mu = lcm(mu, c.denominator());
        BigInteger muSigned = max ? mu : mu.negate();
        for (int j = 0; j < n; j++) {
            BigInteger cj = scaled(lp.objective().get(j), muSigned);
            m[r2][pos[j]] = cj.negate();
            if (neg[j] >= 0) m[r2][neg[j]] = cj;
        }
        m[r2][z2] = BigInteger.ONE;
        q[r2] = BigInteger.ZERO;
        // phase-1 row: z1 + sum(art) = 0, reduced by the artificial rows
        q[r1] = BigInteger.ZERO;
        for (int i : artRows) {
            for (int j = 0; j < cols; j++) m[r1][j] = m[r1][j].subtract(m[i][j]);
            q[r1] = q[r1].subtract(q[i]);
        }
        for (int i : artRows) m[r1][unitCol[i]] = BigInteger.ZERO;
        m[r1][z1] = BigInteger.ONE;
        int[] basis = new int[rows];
        for (int i = 0; i < k; i++) basis[i] = unitCol[i];
        basis[r2] = z2;
        basis[r1] = z1;
        IntegerTableau t = new IntegerTableau(m, q, basis);

        // phase 1
        if (!artRows.isEmpty()) {
            Outcome o = run(t, r1, k, endArt, firstArt, endArt, options.maxPivots(), true, degenerateLimit);
            if (t.rhsSignum(r1) < 0) {
                return new LpResult(LpResult.Status.INFEASIBLE, Optional.empty(), List.of(), List.of(), Optional.empty(),
                        t.pivotCount());
            }
            if (o == Outcome.UNBOUNDED) throw new IllegalStateException("internal error: phase 1 unbounded");
            // drive zero-level artificials out of the basis where possible
            for (int i = 0; i < k; i++) {
                int b = t.basic(i);
                if (b < firstArt || b >= endArt) continue;
                for (int j = 0; j < firstArt; j++) {
                    if (!t.isBasic(j) && t.signum(i, j) != 0) {
                        t.pivot(i, j);
                        break;
                    }
                }
            }
        }
        // phase 2 (artificial columns may not enter)
        Outcome o = run(t, r2, k, firstArt, firstArt, endArt, options.maxPivots(), false, degenerateLimit);
        if (o == Outcome.UNBOUNDED) {
            return new LpResult(LpResult.Status.UNBOUNDED, Optional.empty(), List.of(), List.of(), Optional.empty(),
                    t.pivotCount());
        }
        BigInteger det = t.determinant();
        Rational detR = Rational.of(det, BigInteger.ONE);
        List<Rational> x = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            Rational v = value(t, pos[j], det);
            if (neg[j] >= 0) v = v.subtract(value(t, neg[j], det));
            x.add(v);
        }
        List<Rational> y = new ArrayList<>(k);
        Rational muR = Rational.of(muSigned, BigInteger.ONE);
        for (int i = 0; i < k; i++) {
            Rational ybar = Rational.of(t.entry(r2, unitCol[i]), det);
            Rational f = Rational.of(sigma[i] < 0 ? lambda[i].negate() : lambda[i], BigInteger.ONE);
            y.add(ybar.multiply(f).divide(muR));
        }
        LpResult.Certificate cert = certify(lp, x, y);
        Rational value = cert.primalObjective();
        if (!cert.isOptimal()) {
            throw new IllegalStateException("internal error: simplex optimum failed its certificate " + cert
                    + " (det " + detR + ")");
        }
        return new LpResult(LpResult.Status.OPTIMAL, Optional.of(value), x, y, Optional.of(cert), t.pivotCount());
    }

    private enum Outcome { OPTIMAL, UNBOUNDED }

    /**
     * Simplex iterations on objective row {@code obj} over constraint rows 0..k−1, entering
     * columns below {@code colLimit} (skipping the artificial range unless {@code allowArt}).
     *
     * <p>Entering column by steepest edge ({@link #steepestColumn}) until {@code degenerateLimit}
     * consecutive degenerate pivots (leaving row with right-hand side 0, so the objective does
     * not move), then by Bland's rule ({@link #blandColumn}) until the next non-degenerate pivot;
     * the class comment gives the termination argument.
     */
    private static Outcome run(IntegerTableau t, int obj, int k, int colLimit, int firstArt, int endArt, long budget,
            boolean allowArt, int degenerateLimit) {
        int degenerate = 0;
        while (true) {
            SolverInterruptedException.checkInterrupt("simplex");
            if (t.pivotCount() >= budget) {
                throw new PivotLimitException("simplex exceeded " + budget + " pivots", t.pivotCount());
            }
            boolean bland = degenerate >= degenerateLimit;
            int s = bland ? blandColumn(t, obj, colLimit, firstArt, endArt, allowArt)
                    : steepestColumn(t, obj, k, colLimit, firstArt, endArt, allowArt);
            if (s < 0) return Outcome.OPTIMAL;
            int r = -1;
            for (int i = 0; i < k; i++) {
                if (t.signum(i, s) <= 0) continue;
                if (r < 0) {
                    r = i;
                    continue;
                }
                int c = t.compareRatios(i, r, t.variables(), s);
                if (c < 0 || (c == 0 && t.basic(i) < t.basic(r))) r = i;
            }
            if (r < 0) return Outcome.UNBOUNDED;
            degenerate = t.rhsSignum(r) == 0 ? degenerate + 1 : 0;
            t.pivot(r, s);
        }
    }

    /** Bland's rule: the smallest-index eligible column with a negative reduced cost, or −1. */
    private static int blandColumn(IntegerTableau t, int obj, int colLimit, int firstArt, int endArt,
            boolean allowArt) {
        for (int j = 0; j < colLimit; j++) {
            if (!allowArt && j >= firstArt && j < endArt) continue;
            if (!t.isBasic(j) && t.signum(obj, j) < 0) return j;
        }
        return -1;
    }

    /**
     * Steepest edge: among eligible columns with a negative reduced cost d_j, the one maximising
     * d_j² / (1 + ‖B⁻¹a_j‖²), the objective gain per unit length of the edge. In the
     * fraction-free tableau this is T[obj][j]² / (det² + Σ_i T[i][j]²). Only the choice, never a
     * sign, is computed in doubles (every entry scaled by the same power of two), so exactness is
     * untouched; ties go to the smallest index. Returns −1 at an optimum.
     */
    private static int steepestColumn(IntegerTableau t, int obj, int k, int colLimit, int firstArt, int endArt,
            boolean allowArt) {
        int sh = Math.max(0, t.determinant().bitLength() - 60);
        double d0 = scaled(t.determinant(), sh);
        int best = -1;
        double bestScore = -1;
        for (int j = 0; j < colLimit; j++) {
            if (!allowArt && j >= firstArt && j < endArt) continue;
            if (t.isBasic(j) || t.signum(obj, j) >= 0) continue;
            double norm = d0 * d0;
            for (int i = 0; i < k; i++) {
                if (t.signum(i, j) == 0) continue;
                double a = scaled(t.entry(i, j), sh);
                norm += a * a;
            }
            double c = scaled(t.entry(obj, j), sh);
            double score = c * c / norm;
            if (best < 0 || score > bestScore) {
                best = j;
                bestScore = score;
            }
        }
        return best;
    }

    /** x·2^−sh as a double (finite for the tableau's subdeterminant-sized entries). */
    private static double scaled(BigInteger x, int sh) {
        if (sh == 0) return x.doubleValue();
        return x.bitLength() < 1000 ? Math.scalb(x.doubleValue(), -sh) : x.shiftRight(sh).doubleValue();
    }

    private static Rational value(IntegerTableau t, int col, BigInteger det) {
        int r = t.rowOf(col);
        return r < 0 ? Rational.ZERO : Rational.of(t.entry(r, t.variables()), det);
    }

    private static BigInteger scaled(Rational v, BigInteger f) {
        // v·f is an integer because f is a multiple of v's denominator
        return v.numerator().multiply(f).divide(v.denominator());
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }

    /**
     * Checks x and shadow prices y against the original program exactly.
     *
     * <p>In integers rather than rationals (a gcd per addition would cost more than the simplex
     * itself): with x = X/D and y = Y/E over common denominators and L a common denominator of
     * the constraint data, row i holds iff Σ_j (L·a_ij)·X_j compares with (L·b_i)·D as required,
     * and column j iff Σ_i (L·a_ij)·Y_i compares with c_j·L·E; both objectives are one rational
     * each.
     */
    static LpResult.Certificate certify(LinearProgram lp, List<Rational> x, List<Rational> y) {
        boolean max = lp.sense() == LinearProgram.Sense.MAXIMIZE;
        int n = lp.variables();
        int k = lp.constraints().size();
        boolean primal = true;
        for (int j = 0; j < n; j++) {
            if (!lp.free().get(j) && x.get(j).signum() < 0) primal = false;
        }
        BigInteger d = BigInteger.ONE;
        for (Rational v : x) d = lcm(d, v.denominator());
        BigInteger e = BigInteger.ONE;
        for (Rational v : y) e = lcm(e, v.denominator());
        BigInteger l = BigInteger.ONE;
        for (LinearProgram.Constraint c : lp.constraints()) {
            l = lcm(l, c.rhs().denominator());
            for (Rational a : c.coefficients()) l = lcm(l, a.denominator());
        }
        BigInteger[] xi = new BigInteger[n];
        for (int j = 0; j < n; j++) xi[j] = scaled(x.get(j), d);
        BigInteger[] aty = new BigInteger[n];
        java.util.Arrays.fill(aty, BigInteger.ZERO);
        BigInteger dualNum = BigInteger.ZERO;
        boolean dual = true;
        for (int i = 0; i < k; i++) {
            LinearProgram.Constraint c = lp.constraints().get(i);
            BigInteger yi = scaled(y.get(i), e);
            BigInteger lhs = BigInteger.ZERO;
            for (int j = 0; j < n; j++) {
                Rational a = c.coefficients().get(j);
                if (a.isZero()) continue;
                BigInteger al = scaled(a, l);
                if (xi[j].signum() != 0) lhs = lhs.add(al.multiply(xi[j]));
                if (yi.signum() != 0) aty[j] = aty[j].add(al.multiply(yi));
            }
            BigInteger bl = scaled(c.rhs(), l);
            int cmp = lhs.compareTo(bl.multiply(d));
            int ys = yi.signum() * (max ? 1 : -1);
            switch (c.relation()) {
                case LE -> {
                    primal &= cmp <= 0;
                    dual &= ys >= 0;
                }
                case GE -> {
                    primal &= cmp >= 0;
                    dual &= ys <= 0;
                }
                case EQ -> primal &= cmp == 0;
                default -> throw new IllegalStateException();
            }
            if (yi.signum() != 0) dualNum = dualNum.add(bl.multiply(yi));
        }
        BigInteger mu = BigInteger.ONE;
        for (Rational c : lp.objective()) mu = lcm(mu, c.denominator());
        BigInteger primalNum = BigInteger.ZERO;
        BigInteger le = l.multiply(e);
        for (int j = 0; j < n; j++) {
            Rational cj = lp.objective().get(j);
            if (!cj.isZero()) primalNum = primalNum.add(scaled(cj, mu).multiply(xi[j]));
            // aty_j / (L·E) against c_j = num/den
            int cmp = aty[j].multiply(cj.denominator()).compareTo(cj.numerator().multiply(le)) * (max ? 1 : -1);
            dual &= lp.free().get(j) ? cmp == 0 : cmp >= 0;
        }
        Rational primalObj = Rational.of(primalNum, mu.multiply(d));
        Rational dualObj = Rational.of(dualNum, le);
        return new LpResult.Certificate(primal, dual, primalObj, dualObj);
    }
}
