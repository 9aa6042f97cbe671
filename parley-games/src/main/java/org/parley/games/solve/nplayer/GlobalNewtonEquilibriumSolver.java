package org.parley.games.solve.nplayer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.parley.games.Arithmetic;
import org.parley.games.MixedStrategyProfile;
import org.parley.games.Profile;
import org.parley.games.SolverInterruptedException;
import org.parley.games.StrategicGame;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.Representation;
import org.parley.games.solve.SolverOptions;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.verify.Regret;
import org.parley.games.verify.Tolerance;

/**
 * Gambit's {@code gnm}: the global Newton method of Govindan and Wilson (2003, "A global Newton method to
 * compute Nash equilibria", JET 110:65–86) on an n-player strategic game.
 *
 * <p>Kohlberg–Mertens coordinates: for {@code z} in R^N (one entry per pure strategy) let {@code r(z)} be the
 * Euclidean projection of each player's block onto his simplex ({@code sigma_ik = max(0, z_ik - v_i)}) and
 * {@code V(sigma)} the vector of pure-strategy payoffs against {@code sigma} (payoffs divided by the game's
 * payoff range). Then sigma is an equilibrium of the game whose payoffs are raised by a bonus vector g iff
 * {@code F(z) := z - r(z) - V(r(z)) = g} with {@code sigma = r(z)}. Along the ray {@code g = t b} (b from the
 * seeded generator: a random favourite strategy per player plus small random noise) the equilibria for
 * large t are unique (each player's favourite, made dominant), and the set {@code F(z) = t b} is a
 * one-dimensional piecewise-smooth manifold from {@code t = +t0} to {@code t = -t0}; every crossing of
 * {@code t = 0} is an equilibrium of the game. The path is followed by arc-length predictor–corrector steps
 * on {@code H(z, t) = F(z) - t b}; its orientation is Govindan and Wilson's
 * {@code (dz, dt) ~ -(adj(DF) b, det DF)}, so that the path keeps its direction through the kinks where a
 * support changes. At each crossing, Newton at {@code t = 0} refines z, and the profile is polished on its
 * support ({@link SupportPolisher}) and verified; distinct verified equilibria are returned in the order
 * found (an odd number for generic games; not necessarily all equilibria). On degenerate games a crossing may
 * lie inside a continuum of equilibria; it is then moved to the continuum's boundary
 * ({@link SupportPolisher#reduceSupport}) as for simpdiv.
 *
 * <p>Cost per step: O(cells * n^3) for payoffs and their derivatives plus O(N^3) linear algebra. A path that
 * ends before {@code t = -t0} (step budget or step size) is reported in the counters ({@code stoppedEarly});
 * the equilibria found until then are still returned. Counters: {@code steps}, {@code rejectedSteps},
 * {@code crossings}, {@code stoppedEarly}. Stateless and thread-safe (the seed is an option).
 */
public final class GlobalNewtonEquilibriumSolver implements StrategicEquilibriumSolver {
    public static final String METHOD = "gnm";

    /**
     * @param seed seed of the perturbation ray b (Gambit's {@code -R})
     * @param maxSteps budget of accepted steps, {@code >= 1}
     * @param firstStep initial arc-length step, {@code > 0}
     * @param minStep smallest step before giving up, in (0, firstStep]
     * @param tolerance regret tolerance for verification
     */
    public record Options(long seed, int maxSteps, double firstStep, double minStep, Tolerance tolerance) implements SolverOptions {
        public Options {
            if (maxSteps < 1) {
                throw new IllegalArgumentException("maxSteps must be >= 1, was " + maxSteps);
            }
            if (!(firstStep > 0) || Double.isInfinite(firstStep)) {
                throw new IllegalArgumentException("firstStep must be finite and > 0, was " + firstStep);
            }
            if (!(minStep > 0 && minStep <= firstStep)) {
                throw new IllegalArgumentException("minStep must be in (0, firstStep], was " + minStep);
            }
            Objects.requireNonNull(tolerance, "tolerance");
        }

        public Options withSeed(long s) {
            return new Options(s, maxSteps, firstStep, minStep, tolerance);
        }

        /** Seed 1 (as Gambit's runs with {@code -R 1}), 100000 steps, first step 0.05, min step 1e-13, {@link Tolerance#DEFAULT}. */
        public static Options defaults() {
            return new Options(1L, 100_000, 0.05, 1e-13, Tolerance.DEFAULT);
        }
    }

    private final Options options;

    public GlobalNewtonEquilibriumSolver(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public GlobalNewtonEquilibriumSolver() {
        this(Options.defaults());
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public EquilibriumResult solve(StrategicGame game) {
        long start = System.nanoTime();
        Path p = new Path(game);
        SplittableRandom rnd = new SplittableRandom(options.seed());
        int n = p.size;
        double[] b = new double[n];
        int[] favourite = new int[game.numPlayers()];
        for (int i = 0; i < game.numPlayers(); i++) {
            favourite[i] = rnd.nextInt(game.numStrategies(i));
            for (int k = p.sys.start[i]; k < p.sys.start[i + 1]; k++) {
                b[k] = 0.1 * rnd.nextDouble();
            }
            b[p.sys.start[i] + favourite[i]] += 1.0;
        }
        // payoffs are scaled to range 1, so a bonus gap above 1 makes the favourite strictly dominant
        double t0 = 2.0 / 0.9 + 1.0;
        double[] sigma0 = new double[n];
        for (int i = 0; i < game.numPlayers(); i++) {
            sigma0[p.sys.start[i] + favourite[i]] = 1.0;
        }
        double[] v0 = p.values(sigma0);
        double[] y = new double[n + 1];
        for (int k = 0; k < n; k++) {
            y[k] = sigma0[k] + v0[k] + t0 * b[k];
        }
        y[n] = t0;
        Map<String, Long> counters = new HashMap<>();
        List<Profile> found = p.follow(y, b, t0, options, counters);
        counters.put("equilibria", (long) found.size());
        return EquilibriumResult.of(game, METHOD, Arithmetic.DOUBLE, Representation.STRATEGIC, options, found, options.tolerance(),
                Diagnostics.of(start, counters));
    }

    /** Path-following work arrays for one game; not shared between threads. */
    private static final class Path {
        final StrategicGame game;
        final StrategicResponses sys;
        final int size;
        final double scale;
        final double[] q;
        final double[][] dv;
        final double[][] jac;
        final double[] h;
        final double[] sigma;
        final int[] support;
        final boolean[] inS;
        final double[] vi;
        double minEvent;
        long pieces;

        Path(StrategicGame g) {
            game = g;
            sys = new StrategicResponses(g);
            size = sys.size;
            scale = sys.payoffScale();
            q = new double[size];
            dv = new double[size][size];
            jac = new double[size][size + 1];
            h = new double[size];
            sigma = new double[size];
            support = new int[size];
            inS = new boolean[size];
            vi = new double[g.numPlayers()];
        }

        double[] values(double[] s) {
            double[] out = new double[size];
            sys.evaluate(s, null, true, out, null);
            for (int k = 0; k < size; k++) {
                out[k] /= scale;
            }
            return out;
        }

        /**
         * sigma = r(z) on the current piece: for each player, with support S_i (the flags {@code inS}),
         * {@code sigma_k = z_k - v_i} for k in S_i with {@code v_i = (sum_{S_i} z - 1) / |S_i|}, 0 elsewhere. This
         * is the smooth extension of the projection from the piece where the projection has support S; it
         * equals the projection exactly while {@link #event} is non-negative.
         */
        void retract(double[] z) {
            for (int i = 0; i < sys.blocks(); i++) {
                int s = sys.start[i];
                int e = sys.start[i + 1];
                int cnt = 0;
                double sum = 0;
                for (int k = s; k < e; k++) {
                    if (inS[k]) {
                        cnt++;
                        sum += z[k];
                    }
                }
                double v = (sum - 1.0) / cnt;
                vi[i] = v;
                for (int k = s; k < e; k++) {
                    sigma[k] = inS[k] ? z[k] - v : 0.0;
                    support[k] = inS[k] ? cnt : 0;
                }
            }
        }

        /**
         * The piece's validity margins at z (after {@link #retract}): {@code sigma_k} for k in the support,
         * {@code v_i - z_k} outside. Returns the index of the smallest and stores its value in {@code minEvent}.
         */
        int event(double[] z) {
            int arg = -1;
            double mn = Double.POSITIVE_INFINITY;
            for (int k = 0; k < size; k++) {
                double e = inS[k] ? sigma[k] : vi[sys.blockOf[k]] - z[k];
                if (e < mn) {
                    mn = e;
                    arg = k;
                }
            }
            minEvent = mn;
            return arg;
        }

        /** H(y) = F(z) - t b and its Jacobian [DF, -b]. */
        void evaluate(double[] y, double[] b) {
            retract(y);
            sys.evaluate(sigma, null, true, q, null);
            sys.plainDerivatives(sigma, dv);
            double t = y[size];
            for (int k = 0; k < size; k++) {
                q[k] /= scale;
                h[k] = y[k] - sigma[k] - q[k] - t * b[k];
            }
            for (int a = 0; a < size; a++) {
                double[] row = jac[a];
                java.util.Arrays.fill(row, 0.0);
                row[a] = 1.0;
                row[size] = -b[a];
            }
            for (int j = 0; j < sys.blocks(); j++) {
                int s = sys.start[j];
                int e = sys.start[j + 1];
                int cnt = 0;
                for (int c = s; c < e; c++) {
                    cnt = Math.max(cnt, support[c]);
                }
                for (int a = 0; a < size; a++) {
                    double mean = 0;
                    if (a >= s && a < e) {
                        // - Dr: rows of player j's block
                        for (int c = s; c < e; c++) {
                            if (support[a] > 0 && support[c] > 0) {
                                jac[a][c] -= (a == c ? 1.0 : 0.0) - 1.0 / cnt;
                            }
                        }
                    }
                    // - DV * Dr
                    for (int c = s; c < e; c++) {
                        if (support[c] > 0) {
                            mean += dv[a][c];
                        }
                    }
                    mean /= cnt;
                    for (int c = s; c < e; c++) {
                        if (support[c] > 0) {
                            jac[a][c] -= (dv[a][c] - mean) / scale;
                        }
                    }
                }
            }
        }

        private boolean bordered(double[] tvec, double last, boolean useH, double[] x) {
            int n = size;
            double[][] a = new double[n + 1][];
            double[] rhs = new double[n + 1];
            for (int k = 0; k < n; k++) {
                a[k] = jac[k].clone();
                rhs[k] = useH ? -h[k] : 0.0;
            }
            a[n] = tvec.clone();
            rhs[n] = last;
            if (!Dense.solve(a, rhs, n + 1)) {
                return false;
            }
            System.arraycopy(rhs, 0, x, 0, n + 1);
            return true;
        }

        /** Unit tangent at the last evaluated point, oriented by -sign(det DF) in t, else by {@code prev}. */
        private boolean tangent(double[] prev, double[] out) {
            if (!bordered(prev, 1.0, false, out)) {
                return false;
            }
            double nt = Dense.norm(out, size + 1);
            for (int k = 0; k <= size; k++) {
                out[k] /= nt;
            }
            int det = Dense.detSign(jac, size);
            if (det != 0 && Math.abs(out[size]) > 1e-7 && Math.signum(out[size]) != -det) {
                for (int k = 0; k <= size; k++) {
                    out[k] = -out[k];
                }
            }
            return true;
        }

        List<Profile> follow(double[] y, double[] b, double t0, Options o, Map<String, Long> counters) {
            int n = size;
            List<Profile> found = new ArrayList<>();
            double[] t = new double[n + 1];
            double[] tn = new double[n + 1];
            double[] z = new double[n + 1];
            double[] dz = new double[n + 1];
            double[] prev = new double[n + 1];
            prev[n] = -1.0;
            for (int i = 0; i < sys.blocks(); i++) {
                int best = sys.start[i];
                for (int k = sys.start[i]; k < sys.start[i + 1]; k++) {
                    best = y[k] > y[best] ? k : best;
                }
                inS[best] = true;
            }
            evaluate(y, b);
            if (!tangent(prev, t)) {
                throw new IllegalStateException("singular Jacobian at the start of the global Newton path");
            }
            double step = o.firstStep();
            long steps = 0;
            long rejected = 0;
            long crossings = 0;
            pieces = 0;
            boolean early = true;
            while (steps < o.maxSteps() && step >= o.minStep()) {
                SolverInterruptedException.checkInterrupt(METHOD);
                for (int k = 0; k <= n; k++) {
                    z[k] = y[k] + step * t[k];
                }
                boolean ok = true;
                boolean converged = false;
                double d1 = 0;
                double prevNorm = 0;
                int iters = 0;
                while (iters < 8) {
                    evaluate(z, b);
                    if (!bordered(t, 0.0, true, dz)) {
                        ok = false;
                        break;
                    }
                    double dn = Dense.norm(dz, n + 1);
                    iters++;
                    if (iters == 1) {
                        d1 = dn;
                        if (d1 > 0.3) {
                            ok = false;
                            break;
                        }
                    } else if (dn > 0.7 * prevNorm && dn > 1e-13) {
                        ok = false;
                        break;
                    }
                    prevNorm = dn;
                    for (int k = 0; k <= n; k++) {
                        z[k] += dz[k];
                    }
                    if (dn <= 1e-12 * (1 + Dense.maxAbs(z, n + 1))) {
                        converged = true;
                        break;
                    }
                }
                double cos = 0;
                if (ok && converged) {
                    evaluate(z, b);
                    int ev = event(z);
                    if (minEvent < -1e-11) {
                        double ez = minEvent;
                        // the step left the piece: switch pieces at the boundary, or shorten the step to reach it
                        evaluate(y, b);
                        event(y);
                        double ey = inS[ev] ? sigma[ev] : vi[sys.blockOf[ev]] - y[ev];
                        if (ey <= 1e-10) {
                            inS[ev] = !inS[ev];
                            evaluate(y, b);
                            if (!tangent(t, t)) {
                                break;
                            }
                            // enter the new piece: the toggled margin must grow along the tangent
                            int pl = sys.blockOf[ev];
                            double mean = 0;
                            int cnt = 0;
                            for (int k = sys.start[pl]; k < sys.start[pl + 1]; k++) {
                                if (inS[k]) {
                                    mean += t[k];
                                    cnt++;
                                }
                            }
                            mean /= cnt;
                            double grow = inS[ev] ? t[ev] - mean : mean - t[ev];
                            if (grow < 0) {
                                for (int k = 0; k <= n; k++) {
                                    t[k] = -t[k];
                                }
                            }
                            pieces++;
                            steps++;
                            continue;
                        }
                        step *= Math.max(0.05, Math.min(0.95, ey / (ey - ez)));
                        continue;
                    }
                    ok = tangent(t, tn);
                    for (int k = 0; ok && k <= n; k++) {
                        cos += t[k] * tn[k];
                    }
                    // kinks bend the path; below a tiny step accept the bend
                    ok = ok && (cos >= Math.cos(0.3) || step <= 1e-6);
                }
                if (!(ok && converged)) {
                    rejected++;
                    step *= 0.5;
                    continue;
                }
                steps++;
                double tOld = y[n];
                double[] yOld = y.clone();
                System.arraycopy(z, 0, y, 0, n + 1);
                System.arraycopy(tn, 0, t, 0, n + 1);
                if ((tOld > 0) != (y[n] > 0)) {
                    crossings++;
                    Profile e = equilibriumAtZero(yOld, y, b, o.tolerance());
                    if (e != null && found.stream().noneMatch(f -> close(f.toFlatArray(), e.toFlatArray()))) {
                        found.add(e);
                    }
                }
                if (y[n] <= -t0) {
                    early = false;
                    break;
                }
                step *= iters <= 2 && d1 < 0.05 ? 2.0 : iters <= 4 ? 1.2 : 1.0;
                step = Math.min(step, 1.0);
            }
            counters.put("steps", steps);
            counters.put("rejectedSteps", rejected);
            counters.put("crossings", crossings);
            counters.put("pieces", pieces);
            counters.put("stoppedEarly", early ? 1L : 0L);
            return found;
        }

        private static boolean close(double[] a, double[] b) {
            for (int k = 0; k < a.length; k++) {
                if (Math.abs(a[k] - b[k]) > 1e-8) {
                    return false;
                }
            }
            return true;
        }

        /** Newton on F(z) = 0 from the point where the chord between a and b meets t = 0; polish and verify. */
        private Profile equilibriumAtZero(double[] a, double[] c, double[] b, Tolerance tol) {
            int n = size;
            double f = a[n] / (a[n] - c[n]);
            double[] y = new double[n + 1];
            for (int k = 0; k < n; k++) {
                y[k] = a[k] + f * (c[k] - a[k]);
            }
            y[n] = 0;
            for (int it = 0; it < 50; it++) {
                evaluate(y, b);
                double[][] m = new double[n][];
                double[] rhs = new double[n];
                for (int k = 0; k < n; k++) {
                    m[k] = java.util.Arrays.copyOf(jac[k], n);
                    rhs[k] = -h[k];
                }
                if (!Dense.solve(m, rhs, n)) {
                    break;
                }
                for (int k = 0; k < n; k++) {
                    y[k] += rhs[k];
                }
                if (Dense.maxAbs(rhs, n) <= 1e-14 * (1 + Dense.maxAbs(y, n))) {
                    break;
                }
            }
            retract(y);
            double[] s = sigma.clone();
            for (int i = 0; i < sys.blocks(); i++) {
                for (int k = sys.start[i]; k < sys.start[i + 1]; k++) {
                    s[k] = Math.max(0.0, s[k]);
                }
                double tot = 0;
                for (int k = sys.start[i]; k < sys.start[i + 1]; k++) {
                    tot += s[k];
                }
                for (int k = sys.start[i]; k < sys.start[i + 1]; k++) {
                    s[k] /= tot;
                }
            }
            SupportPolisher.Polished p = SupportPolisher.polish(sys, s, tol, 1e-6);
            if (p != null) {
                return SupportPolisher.reduceSupport(sys, p, tol).profile();
            }
            Profile raw = MixedStrategyProfile.ofDoubleFlat(game, s);
            return Regret.verify(raw, tol).verified() ? raw : null;
        }
    }
}
