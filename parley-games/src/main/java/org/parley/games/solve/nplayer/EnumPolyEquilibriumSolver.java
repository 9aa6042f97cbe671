package org.parley.games.solve.nplayer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.Arithmetic;
import org.parley.games.MixedStrategyProfile;
import org.parley.games.Profile;
import org.parley.games.SolverInterruptedException;
import org.parley.games.StrategicGame;
import org.parley.games.UnsupportedGameException;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.Representation;
import org.parley.games.solve.SolverOptions;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.verify.Regret;
import org.parley.games.verify.Tolerance;

/**
 * Gambit's {@code enumpoly}: the equilibria of a small n-player strategic game by enumerating support profiles
 * and solving, on each, the indifference system
 * <pre>
 *   u_i(k, sigma_-i) = u_i(k_0, sigma_-i)   for every player i and every k in S_i other than its first strategy k_0,
 * </pre>
 * with {@code sigma_i} supported on {@code S_i} ({@code d = sum_i (|S_i| - 1)} unknowns: each player's
 * probabilities except the last, which is one minus the others). For two players the system is linear in each
 * player's unknowns separately; for more it is multilinear (polynomial).
 *
 * <p>Supports on which some strategy is strictly dominated (against every pure profile of the others' supports)
 * by another strategy of the same player are skipped: that strategy is never a best response there. Two
 * players: only supports of equal size are solved (in a nondegenerate game every equilibrium has them), as one
 * linear system by Newton's method (one step, exact up to rounding); a singular system (a continuum) is skipped.
 *
 * <p>Method for three or more players: interval branch and bound on the box {@code [0,1]^d}. The system is evaluated in interval
 * arithmetic with outward rounding ({@link Math#nextDown}/{@link Math#nextUp} after every operation), so a box
 * whose enclosure of some equation excludes 0, or whose last probabilities are surely negative, contains no
 * solution and is discarded: the exclusion is rigorous. Boxes are bisected along the variable of maximal smear (largest
 * |interval Jacobian entry| times width) until their widest side is below {@link Options#boxWidth()}; from the centre of each remaining box Newton's method (analytic Jacobian of
 * the multilinear system) is run, and a limit with all probabilities {@code >= 0} is checked against every
 * strategy outside the support with {@link Regret} (tolerance {@link Options#tolerance()}). Supports are
 * visited in order of total size (Gambit's order), profiles found on a smaller support are not reported again.
 *
 * <p>What it guarantees: every reported profile is a verified equilibrium. No solution of a support system is
 * lost to the exclusion step; a regular (isolated, non-singular) solution is found when Newton converges to it
 * from the centre of its box, which holds once the box is small against Newton's region of convergence (not
 * proven for each box: no Krawczyk test). Supports whose systems have a continuum of solutions (degenerate
 * games) make the number of boxes grow; a support is abandoned after {@link Options#maxBoxesPerSupport()} boxes,
 * or at once when one of its equations is identically zero, and counted in {@code abandonedSupports}, so equilibria in continua may be missing (then reported, as Gambit's
 * enumpoly does, only where they are isolated on some support). Cost: the number of support profiles is
 * {@code prod_i (2^{m_i} - 1)} (refused above {@link Options#maxSupports()}); per box O(prod_i |S_i| * n)
 * interval operations. Counters: {@code supports}, {@code dominatedSupports}, {@code boxes}, {@code newtonStarts},
 * {@code abandonedSupports}.
 * Stateless and thread-safe.
 */
public final class EnumPolyEquilibriumSolver implements StrategicEquilibriumSolver {
    public static final String METHOD = "enumpoly";

    /**
     * @param boxWidth boxes are bisected down to this width before Newton starts from their centre, in (0, 0.5]
     * @param maxBoxesPerSupport boxes examined per support before it is abandoned, {@code >= 1}
     * @param maxSupports largest number of support profiles accepted, {@code >= 1}
     * @param tolerance regret tolerance for verification
     */
    public record Options(double boxWidth, long maxBoxesPerSupport, long maxSupports, Tolerance tolerance) implements SolverOptions {
        public Options {
            if (!(boxWidth > 0 && boxWidth <= 0.5)) {
                throw new IllegalArgumentException("boxWidth must be in (0, 0.5], was " + boxWidth);
            }
            if (maxBoxesPerSupport < 1) {
                throw new IllegalArgumentException("maxBoxesPerSupport must be >= 1, was " + maxBoxesPerSupport);
            }
            if (maxSupports < 1) {
                throw new IllegalArgumentException("maxSupports must be >= 1, was " + maxSupports);
            }
            Objects.requireNonNull(tolerance, "tolerance");
        }

        /** Box width 1/32, 4000 boxes per support, one million supports, {@link Tolerance#DEFAULT}. */
        public static Options defaults() {
            return new Options(1.0 / 32, 4_000, 1_000_000, Tolerance.DEFAULT);
        }
    }

    private final Options options;

    public EnumPolyEquilibriumSolver(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public EnumPolyEquilibriumSolver() {
        this(Options.defaults());
    }

    @Override
    public String method() {
        return METHOD;
    }

    /** @throws UnsupportedGameException if the game has more than {@link Options#maxSupports()} support profiles */
    @Override
    public EquilibriumResult solve(StrategicGame game) {
        long start = System.nanoTime();
        int n = game.numPlayers();
        int[] shape = game.shape();
        double supports = 1;
        for (int m : shape) {
            supports *= Math.pow(2, m) - 1;
        }
        if (supports > options.maxSupports()) {
            throw new UnsupportedGameException("enumpoly: " + (long) supports + " support profiles, more than the limit "
                    + options.maxSupports());
        }
        List<int[][]> all = new ArrayList<>();
        int[] masks = new int[n];
        enumerate(shape, 0, masks, all);
        all.sort(java.util.Comparator.comparingInt(EnumPolyEquilibriumSolver::size));
        Work w = new Work(game);
        List<Profile> found = new ArrayList<>();
        for (int[][] s : all) {
            SolverInterruptedException.checkInterrupt(METHOD);
            w.solveSupport(s, found);
        }
        Map<String, Long> counters = new HashMap<>();
        counters.put("supports", (long) all.size());
        counters.put("boxes", w.boxes);
        counters.put("newtonStarts", w.newtonStarts);
        counters.put("abandonedSupports", w.abandoned);
        counters.put("dominatedSupports", w.dominatedSupports);
        counters.put("provenUnique", w.proven);
        return EquilibriumResult.of(game, METHOD, Arithmetic.DOUBLE, Representation.STRATEGIC, options, found, options.tolerance(),
                Diagnostics.of(start, counters));
    }

    private static final int NO_ROOT = 0;
    private static final int UNIQUE_ROOT = 1;
    private static final int UNDECIDED = 2;

    /** Interval product with outward rounding. */
    static double[] mul(double[] a, double[] b) {
        double p = a[0] * b[0];
        double q = a[0] * b[1];
        double r = a[1] * b[0];
        double t = a[1] * b[1];
        return new double[] {Math.nextDown(Math.min(Math.min(p, q), Math.min(r, t))), Math.nextUp(Math.max(Math.max(p, q), Math.max(r, t)))};
    }

    /** acc += b, with outward rounding. */
    static void add(double[] acc, double[] b) {
        acc[0] = Math.nextDown(acc[0] + b[0]);
        acc[1] = Math.nextUp(acc[1] + b[1]);
    }

    private static int size(int[][] s) {
        int t = 0;
        for (int[] x : s) {
            t += x.length;
        }
        return t;
    }

    private static void enumerate(int[] shape, int i, int[] masks, List<int[][]> out) {
        if (i == shape.length) {
            int[][] s = new int[shape.length][];
            for (int j = 0; j < shape.length; j++) {
                s[j] = new int[Integer.bitCount(masks[j])];
                int t = 0;
                for (int k = 0; k < shape[j]; k++) {
                    if ((masks[j] >> k & 1) != 0) {
                        s[j][t++] = k;
                    }
                }
            }
            out.add(s);
            return;
        }
        for (int m = 1; m < (1 << shape[i]); m++) {
            masks[i] = m;
            enumerate(shape, i + 1, masks, out);
        }
    }

    /** Per-call work: the game's payoff tables and the support being solved. */
    private final class Work {
        final StrategicGame game;
        final int n;
        final int[] shape;
        final double[][] payoff;
        final int[] stride;
        long boxes;
        long newtonStarts;
        long abandoned;
        long dominatedSupports;
        long proven;
        /** The variable to bisect, chosen by the last Krawczyk test (maximal smear). */
        int smearDim;
        // current support
        int[][] sup;
        int[] offset;
        int dim;

        Work(StrategicGame g) {
            game = g;
            n = g.numPlayers();
            shape = g.shape();
            payoff = new double[n][];
            for (int i = 0; i < n; i++) {
                payoff[i] = g.payoffTable(i);
            }
            stride = new int[n];
            int s = 1;
            for (int i = 0; i < n; i++) {
                stride[i] = s;
                s *= shape[i];
            }
        }

        void solveSupport(int[][] s, List<Profile> found) {
            sup = s;
            offset = new int[n + 1];
            for (int i = 0; i < n; i++) {
                offset[i + 1] = offset[i] + s[i].length - 1;
            }
            dim = offset[n];
            if (dim == 0) {
                check(new double[0], found);
                return;
            }
            if (dominated()) {
                dominatedSupports++;
                return;
            }
            if (identicallyZeroEquation()) {
                // an indifference that holds whatever the others do: the solutions, if any, form a continuum
                abandoned++;
                return;
            }
            if (n == 2) {
                // the system is linear: each player's unknowns from the other's indifference equations
                if (s[0].length == s[1].length) {
                    newtonStarts++;
                    double[] z = new double[dim];
                    for (int k = 0; k < dim; k++) {
                        z[k] = 0.5 / s[k < offset[1] ? 0 : 1].length;
                    }
                    double[] sol = newton(z);
                    if (sol != null) {
                        check(sol, found);
                    }
                }
                return;
            }
            smearDim = 0;
            ArrayDeque<double[][]> stack = new ArrayDeque<>();
            double[][] root = new double[dim][];
            for (int k = 0; k < dim; k++) {
                root[k] = new double[] {0.0, 1.0};
            }
            stack.push(root);
            long examined = 0;
            while (!stack.isEmpty()) {
                if (++examined > options.maxBoxesPerSupport()) {
                    abandoned++;
                    return;
                }
                boxes++;
                double[][] box = stack.pop();
                if (!mayContainSolution(box)) {
                    continue;
                }
                int test = krawczyk(box);
                if (test == NO_ROOT) {
                    continue;
                }
                if (test == UNIQUE_ROOT) {
                    // Newton from the midpoint converges to the box's unique root
                    double[] z = new double[dim];
                    for (int c = 0; c < dim; c++) {
                        z[c] = 0.5 * (box[c][0] + box[c][1]);
                    }
                    newtonStarts++;
                    double[] sol = newton(z);
                    if (sol != null) {
                        check(sol, found);
                    }
                    proven++;
                    continue;
                }
                int widest = 0;
                for (int k = 1; k < dim; k++) {
                    if (box[k][1] - box[k][0] > box[widest][1] - box[widest][0]) {
                        widest = k;
                    }
                }
                double widestWidth = box[widest][1] - box[widest][0];
                if (box[smearDim][1] - box[smearDim][0] > 1e-3 * widestWidth) {
                    widest = smearDim;
                }
                if (widestWidth <= options.boxWidth()) {
                    double[] z = new double[dim];
                    for (int k = 0; k < dim; k++) {
                        z[k] = 0.5 * (box[k][0] + box[k][1]);
                    }
                    newtonStarts++;
                    double[] sol = newton(z);
                    if (sol != null) {
                        check(sol, found);
                    }
                    continue;
                }
                double mid = 0.5 * (box[widest][0] + box[widest][1]);
                double[][] lo = copy(box);
                double[][] hi = copy(box);
                lo[widest][1] = mid;
                hi[widest][0] = mid;
                stack.push(hi);
                stack.push(lo);
            }
        }

        private double[][] copy(double[][] b) {
            double[][] c = new double[b.length][];
            for (int k = 0; k < b.length; k++) {
                c[k] = b[k].clone();
            }
            return c;
        }

        /**
         * Whether some support strategy of some player is strictly dominated, against every pure profile of the
         * others' supports, by another of his strategies: it is then never a best response there, so no
         * equilibrium has this support.
         */
        boolean dominated() {
            for (int i = 0; i < n; i++) {
                if (sup[i].length < 1) {
                    continue;
                }
                for (int k : sup[i]) {
                    for (int k2 = 0; k2 < shape[i]; k2++) {
                        if (k2 != k && strictlyBetter(i, k2, k)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private boolean strictlyBetter(int i, int better, int worse) {
            int[] idx = new int[n];
            while (true) {
                int cell = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        cell += sup[j][idx[j]] * stride[j];
                    }
                }
                if (!(payoff[i][cell + better * stride[i]] > payoff[i][cell + worse * stride[i]])) {
                    return false;
                }
                int j = 0;
                for (; j < n; j++) {
                    if (j == i) {
                        continue;
                    }
                    if (++idx[j] < sup[j].length) {
                        break;
                    }
                    idx[j] = 0;
                }
                if (j == n) {
                    return true;
                }
            }
        }

        /**
         * Krawczyk's test (Krawczyk 1969; Moore 1977): with y the midpoint of X and Y the inverse of the
         * Jacobian at y, K(X) = y - Y f(y) + (I - Y J(X)) (X - y), evaluated in interval arithmetic with J(X)
         * the interval Jacobian. Every root in X lies in K(X); if K(X) lies inside X, X holds exactly one root.
         *
         * @return {@link #NO_ROOT}, {@link #UNIQUE_ROOT} or {@link #UNDECIDED}
         */
        int krawczyk(double[][] box) {
            double[] y = new double[dim];
            double[][] point = new double[dim][];
            for (int c = 0; c < dim; c++) {
                y[c] = 0.5 * (box[c][0] + box[c][1]);
                point[c] = new double[] {y[c], y[c]};
            }
            double[] f = new double[dim];
            double[][] jy = new double[dim][dim];
            residual(y.clone(), f, jy);
            double[][] inv = inverse(jy);
            if (inv == null) {
                return UNDECIDED;
            }
            double[][] fy = intervalResidual(point);
            double[][][] jx = intervalJacobian(box);
            // maximal smear (Kearfott): split the variable whose width moves the equations most
            double bestSmear = -1;
            smearDim = 0;
            for (int c = 0; c < dim; c++) {
                double width = box[c][1] - box[c][0];
                for (int r = 0; r < dim; r++) {
                    double sm = Math.max(Math.abs(jx[r][c][0]), Math.abs(jx[r][c][1])) * width;
                    if (sm > bestSmear) {
                        bestSmear = sm;
                        smearDim = c;
                    }
                }
            }
            double[][] result = new double[dim][];
            for (int r = 0; r < dim; r++) {
                // y_r - sum_c Y[r][c] f(y)_c
                double lo = y[r];
                double hi = y[r];
                for (int c = 0; c < dim; c++) {
                    double[] t = mul(new double[] {inv[r][c], inv[r][c]}, fy[c]);
                    lo = Math.nextDown(lo - t[1]);
                    hi = Math.nextUp(hi - t[0]);
                }
                // + sum_c (I - Y J(X))[r][c] (X_c - y_c)
                for (int c = 0; c < dim; c++) {
                    double ml = r == c ? 1.0 : 0.0;
                    double mh = ml;
                    for (int q = 0; q < dim; q++) {
                        double[] t = mul(new double[] {inv[r][q], inv[r][q]}, jx[q][c]);
                        ml = Math.nextDown(ml - t[1]);
                        mh = Math.nextUp(mh - t[0]);
                    }
                    double[] d = {Math.nextDown(box[c][0] - y[c]), Math.nextUp(box[c][1] - y[c])};
                    double[] t = mul(new double[] {ml, mh}, d);
                    lo = Math.nextDown(lo + t[0]);
                    hi = Math.nextUp(hi + t[1]);
                }
                result[r] = new double[] {lo, hi};
            }
            boolean inside = true;
            for (int c = 0; c < dim; c++) {
                if (result[c][1] < box[c][0] || result[c][0] > box[c][1]) {
                    return NO_ROOT;
                }
                inside &= result[c][0] > box[c][0] && result[c][1] < box[c][1];
            }
            return inside ? UNIQUE_ROOT : UNDECIDED;
        }

        private double[][] inverse(double[][] m) {
            double[][] inv = new double[dim][dim];
            for (int c = 0; c < dim; c++) {
                double[][] a = new double[dim][];
                for (int r = 0; r < dim; r++) {
                    a[r] = m[r].clone();
                }
                double[] e = new double[dim];
                e[c] = 1.0;
                if (!Dense.solve(a, e, dim)) {
                    return null;
                }
                for (int r = 0; r < dim; r++) {
                    inv[r][c] = e[r];
                }
            }
            return inv;
        }

        /** Interval enclosures of all equations over the box. */
        private double[][] intervalResidual(double[][] box) {
            double[][][] p = new double[n][][];
            for (int j = 0; j < n; j++) {
                p[j] = probabilityIntervals(box, j);
            }
            double[][] out = new double[dim][];
            for (int i = 0; i < n; i++) {
                for (int t = 1; t < sup[i].length; t++) {
                    out[offset[i] + t - 1] = equationInterval(p, i, t);
                }
            }
            return out;
        }

        /** Interval Jacobian over the box: d(equation of i, t) / d(z of j, u). */
        private double[][][] intervalJacobian(double[][] box) {
            double[][][] p = new double[n][][];
            for (int j = 0; j < n; j++) {
                p[j] = probabilityIntervals(box, j);
            }
            double[][][] jac = new double[dim][dim][];
            for (int r = 0; r < dim; r++) {
                for (int c = 0; c < dim; c++) {
                    jac[r][c] = new double[] {0.0, 0.0};
                }
            }
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                if (sup[i].length < 2) {
                    continue;
                }
                java.util.Arrays.fill(idx, 0);
                while (true) {
                    int cell = 0;
                    for (int j = 0; j < n; j++) {
                        if (j != i) {
                            cell += sup[j][idx[j]] * stride[j];
                        }
                    }
                    for (int j = 0; j < n; j++) {
                        if (j == i || sup[j].length < 2) {
                            continue;
                        }
                        double[] w = {1.0, 1.0};
                        for (int l = 0; l < n; l++) {
                            if (l != i && l != j) {
                                w = mul(w, p[l][idx[l]]);
                            }
                        }
                        int last = sup[j].length - 1;
                        for (int t = 1; t < sup[i].length; t++) {
                            double coef = payoff[i][cell + sup[i][t] * stride[i]] - payoff[i][cell + sup[i][0] * stride[i]];
                            if (coef == 0) {
                                continue;
                            }
                            double[] term = mul(new double[] {coef, coef}, w);
                            int row = offset[i] + t - 1;
                            if (idx[j] < last) {
                                add(jac[row][offset[j] + idx[j]], term);
                            } else {
                                double[] neg = {-term[1], -term[0]};
                                for (int u = 0; u < last; u++) {
                                    add(jac[row][offset[j] + u], neg);
                                }
                            }
                        }
                    }
                    int j = 0;
                    for (; j < n; j++) {
                        if (j == i) {
                            continue;
                        }
                        if (++idx[j] < sup[j].length) {
                            break;
                        }
                        idx[j] = 0;
                    }
                    if (j == n) {
                        break;
                    }
                }
            }
            return jac;
        }

        /** Whether some equation has all coefficients zero (the two strategies pay the same against every profile). */
        boolean identicallyZeroEquation() {
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                for (int t = 1; t < sup[i].length; t++) {
                    java.util.Arrays.fill(idx, 0);
                    boolean zero = true;
                    while (zero) {
                        int cell = 0;
                        for (int j = 0; j < n; j++) {
                            if (j != i) {
                                cell += sup[j][idx[j]] * stride[j];
                            }
                        }
                        zero = payoff[i][cell + sup[i][t] * stride[i]] == payoff[i][cell + sup[i][0] * stride[i]];
                        int j = 0;
                        for (; j < n; j++) {
                            if (j == i) {
                                continue;
                            }
                            if (++idx[j] < sup[j].length) {
                                break;
                            }
                            idx[j] = 0;
                        }
                        if (j == n) {
                            break;
                        }
                    }
                    if (zero) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Interval enclosures of the probabilities of player j's support strategies on the box. */
        private double[][] probabilityIntervals(double[][] box, int j) {
            int m = sup[j].length;
            double[][] p = new double[m][];
            double lo = 1.0;
            double hi = 1.0;
            for (int t = 0; t < m - 1; t++) {
                double[] b = box[offset[j] + t];
                p[t] = b;
                lo = Math.nextDown(lo - b[1]);
                hi = Math.nextUp(hi - b[0]);
            }
            p[m - 1] = new double[] {lo, hi};
            return p;
        }

        /** False only if the box surely holds no solution with nonnegative probabilities. */
        boolean mayContainSolution(double[][] box) {
            double[][][] p = new double[n][][];
            for (int j = 0; j < n; j++) {
                p[j] = probabilityIntervals(box, j);
                if (p[j][sup[j].length - 1][1] < 0) {
                    return false;
                }
            }
            for (int i = 0; i < n; i++) {
                for (int t = 1; t < sup[i].length; t++) {
                    double[] g = equationInterval(p, i, t);
                    if (g[0] > 0 || g[1] < 0) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Enclosure of u_i(S_i[t], sigma_-i) - u_i(S_i[0], sigma_-i) over the box, by iterating over the others' supports. */
        private double[] equationInterval(double[][][] p, int i, int t) {
            double lo = 0;
            double hi = 0;
            int[] idx = new int[n];
            while (true) {
                double wl = 1;
                double wh = 1;
                int cell = 0;
                for (int j = 0; j < n; j++) {
                    if (j == i) {
                        continue;
                    }
                    double[] q = p[j][idx[j]];
                    // both factors may be negative at the lower end of a last probability; take all four products
                    double a = wl * q[0];
                    double b = wl * q[1];
                    double c = wh * q[0];
                    double d = wh * q[1];
                    wl = Math.nextDown(Math.min(Math.min(a, b), Math.min(c, d)));
                    wh = Math.nextUp(Math.max(Math.max(a, b), Math.max(c, d)));
                    cell += sup[j][idx[j]] * stride[j];
                }
                double coef = payoff[i][cell + sup[i][t] * stride[i]] - payoff[i][cell + sup[i][0] * stride[i]];
                if (coef != 0) {
                    double a = coef * wl;
                    double b = coef * wh;
                    lo = Math.nextDown(lo + Math.min(a, b));
                    hi = Math.nextUp(hi + Math.max(a, b));
                }
                int j = 0;
                for (; j < n; j++) {
                    if (j == i) {
                        continue;
                    }
                    if (++idx[j] < sup[j].length) {
                        break;
                    }
                    idx[j] = 0;
                }
                if (j == n) {
                    break;
                }
            }
            return new double[] {lo, hi};
        }

        /** The full profile (all strategies) for the unknowns z on the current support. */
        double[] profile(double[] z) {
            double[] x = new double[java.util.Arrays.stream(shape).sum()];
            int base = 0;
            for (int j = 0; j < n; j++) {
                double last = 1.0;
                for (int t = 0; t < sup[j].length - 1; t++) {
                    x[base + sup[j][t]] = z[offset[j] + t];
                    last -= z[offset[j] + t];
                }
                x[base + sup[j][sup[j].length - 1]] = last;
                base += shape[j];
            }
            return x;
        }

        /** Residuals and (if jac != null) the Jacobian of the support system at z. */
        void residual(double[] z, double[] f, double[][] jac) {
            double[] x = profile(z);
            int[] first = new int[n];
            for (int j = 1; j < n; j++) {
                first[j] = first[j - 1] + shape[j - 1];
            }
            for (int i = 0; i < n; i++) {
                for (int t = 1; t < sup[i].length; t++) {
                    int row = offset[i] + t - 1;
                    f[row] = 0;
                    if (jac != null) {
                        java.util.Arrays.fill(jac[row], 0.0);
                    }
                }
            }
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                if (sup[i].length < 2) {
                    continue;
                }
                java.util.Arrays.fill(idx, 0);
                while (true) {
                    int cell = 0;
                    double w = 1;
                    for (int j = 0; j < n; j++) {
                        if (j != i) {
                            cell += sup[j][idx[j]] * stride[j];
                            w *= x[first[j] + sup[j][idx[j]]];
                        }
                    }
                    for (int t = 1; t < sup[i].length; t++) {
                        double coef = payoff[i][cell + sup[i][t] * stride[i]] - payoff[i][cell + sup[i][0] * stride[i]];
                        if (coef == 0) {
                            continue;
                        }
                        int row = offset[i] + t - 1;
                        f[row] += coef * w;
                        if (jac != null) {
                            for (int j = 0; j < n; j++) {
                                if (j == i || sup[j].length < 2) {
                                    continue;
                                }
                                // d/dz of the product: the factor of player j is z (or 1 - sum z for the last strategy)
                                double others = 1;
                                for (int l = 0; l < n; l++) {
                                    if (l != i && l != j) {
                                        others *= x[first[l] + sup[l][idx[l]]];
                                    }
                                }
                                int last = sup[j].length - 1;
                                if (idx[j] < last) {
                                    jac[row][offset[j] + idx[j]] += coef * others;
                                } else {
                                    for (int u = 0; u < last; u++) {
                                        jac[row][offset[j] + u] -= coef * others;
                                    }
                                }
                            }
                        }
                    }
                    int j = 0;
                    for (; j < n; j++) {
                        if (j == i) {
                            continue;
                        }
                        if (++idx[j] < sup[j].length) {
                            break;
                        }
                        idx[j] = 0;
                    }
                    if (j == n) {
                        break;
                    }
                }
            }
        }

        /** Newton from z; the solution, or null if it does not converge or leaves the region well outside [0,1]. */
        double[] newton(double[] z) {
            double[] f = new double[dim];
            double[][] jac = new double[dim][dim];
            for (int it = 0; it < 40; it++) {
                residual(z, f, jac);
                double[] rhs = new double[dim];
                for (int k = 0; k < dim; k++) {
                    rhs[k] = -f[k];
                }
                double[][] a = new double[dim][];
                for (int k = 0; k < dim; k++) {
                    a[k] = jac[k].clone();
                }
                if (!Dense.solve(a, rhs, dim)) {
                    return null;
                }
                double step = 0;
                for (int k = 0; k < dim; k++) {
                    z[k] += rhs[k];
                    step = Math.max(step, Math.abs(rhs[k]));
                    if (!(z[k] > -0.5 && z[k] < 1.5)) {
                        return null;
                    }
                }
                if (step < 1e-14) {
                    return z;
                }
            }
            return null;
        }

        /** Adds the profile for z if it is a verified equilibrium not found before. */
        void check(double[] z, List<Profile> found) {
            double[] x = profile(z);
            for (int k = 0; k < x.length; k++) {
                if (x[k] < -1e-12) {
                    return;
                }
                x[k] = Math.max(0.0, x[k]);
            }
            Profile p = MixedStrategyProfile.ofDoubleFlat(game, x);
            if (!Regret.verify(p, options.tolerance()).verified()) {
                return;
            }
            for (Profile q : found) {
                double[] y = q.toFlatArray();
                double d = 0;
                for (int k = 0; k < x.length; k++) {
                    d = Math.max(d, Math.abs(x[k] - y[k]));
                }
                if (d < 1e-8) {
                    return;
                }
            }
            found.add(p);
        }
    }
}
