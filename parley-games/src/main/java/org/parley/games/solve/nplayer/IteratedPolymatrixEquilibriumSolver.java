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
 * Gambit's {@code ipa}: iterated polymatrix approximation (Govindan and Wilson 2004, "Computing Nash equilibria
 * by iterated polymatrix approximation", J. Economic Dynamics and Control 28:1229–1241). At a profile sigma the
 * n-player game is replaced by its first-order (multilinear) expansion, a polymatrix game:
 * <pre>
 *   U_i(s; tau) = u_i(s, sigma_-i) + sum_{j != i} ( u_i(s, tau_j, sigma_-ij) - u_i(s, sigma_-i) ),
 * </pre>
 * which agrees with u_i(s, tau_-i) to first order at tau = sigma. An equilibrium tau of the polymatrix game is
 * computed as a linear complementarity problem by Lemke's algorithm (one pivot path; the covering vector is the
 * seeded perturbation ray, positive, Govindan and Wilson's perturbation of the payoffs); then sigma moves to
 * tau (halfway when the iteration does not contract) and the approximation is rebuilt. A fixed point tau =
 * sigma is a Nash equilibrium of the game. After each iteration the profile is polished on its support
 * ({@link SupportPolisher}); the first verified profile is returned. With several perturbations (rays) each
 * is run from the centroid and the distinct equilibria are returned. While no ray has converged, up to
 * {@link #MAX_EXTRA_RAYS} further rays (the next seeds) are tried, so that one equilibrium is found where a
 * single ray cycles (counted in {@code rays}).
 *
 * <p>The LCP of the polymatrix game (payoffs turned into positive costs K - U): unknowns x (one per pure
 * strategy) and v (one per player), w_is = sum_j C_ij(s,.) x_j - v_i, w_vi = sum_s x_is - 1, all of z = (x, v)
 * and w nonnegative and complementary. Cost per iteration: O(cells * n^2) to build the approximation plus the
 * pivots of Lemke's path, O((N + n)^2) each. Convergence is not guaranteed (as in the paper, the method is
 * local); a run that ends without a verified profile returns its best profile as a rejected candidate.
 * Counters: {@code iterations}, {@code pivots}, {@code rays}. Stateless and thread-safe.
 */
public final class IteratedPolymatrixEquilibriumSolver implements StrategicEquilibriumSolver {
    public static final String METHOD = "ipa";
    /** Further rays (next seeds) tried while no ray has converged to an equilibrium. */
    public static final int MAX_EXTRA_RAYS = 5;

    /**
     * @param perturbations number of perturbation rays (Gambit's {@code -n}), {@code >= 1}
     * @param seed seed of the first ray; the k-th uses {@code seed + k}
     * @param maxIterations polymatrix approximations per ray, {@code >= 1}
     * @param tolerance regret tolerance for verification
     */
    public record Options(int perturbations, long seed, int maxIterations, Tolerance tolerance) implements SolverOptions {
        public Options {
            if (perturbations < 1) {
                throw new IllegalArgumentException("perturbations must be >= 1, was " + perturbations);
            }
            if (maxIterations < 1) {
                throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
            }
            Objects.requireNonNull(tolerance, "tolerance");
        }

        /** One ray with seed 1 (as Gambit's runs with {@code -n 1 -R 1}), 500 iterations, {@link Tolerance#DEFAULT}. */
        public static Options defaults() {
            return new Options(1, 1L, 500, Tolerance.DEFAULT);
        }

        public Options withPerturbations(int n, long s) {
            return new Options(n, s, maxIterations, tolerance);
        }
    }

    private final Options options;

    public IteratedPolymatrixEquilibriumSolver(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public IteratedPolymatrixEquilibriumSolver() {
        this(Options.defaults());
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public EquilibriumResult solve(StrategicGame game) {
        long start = System.nanoTime();
        StrategicResponses sys = new StrategicResponses(game);
        int size = sys.size;
        long iterations = 0;
        long pivots = 0;
        List<Profile> found = new ArrayList<>();
        Profile best = null;
        double bestRegret = Double.POSITIVE_INFINITY;
        double[] q = new double[size];
        double[][] d = new double[size][size];
        long extraRays = 0;
        for (int ray = 0; ray < options.perturbations() + extraRays; ray++) {
            SplittableRandom rnd = new SplittableRandom(options.seed() + ray);
            double[] cover = new double[size + sys.blocks()];
            for (int k = 0; k < size; k++) {
                cover[k] = 0.5 + rnd.nextDouble();
            }
            for (int b = 0; b < sys.blocks(); b++) {
                cover[size + b] = 1.0;
            }
            double[] sigma = sys.centroid();
            double step = 1.0;
            double lastMove = Double.POSITIVE_INFINITY;
            Profile result = null;
            for (int it = 0; it < options.maxIterations() && result == null; it++) {
                SolverInterruptedException.checkInterrupt(METHOD);
                iterations++;
                sys.evaluate(sigma, null, true, q, null);
                sys.plainDerivatives(sigma, d);
                Lemke.Solution tau = Lemke.solve(polymatrixLcp(sys, sigma, q, d), cover);
                if (tau == null) {
                    break;
                }
                pivots += tau.pivots();
                double move = 0;
                for (int k = 0; k < size; k++) {
                    move = Math.max(move, Math.abs(tau.x()[k] - sigma[k]));
                }
                step = move < lastMove ? Math.min(1.0, step * 2) : step * 0.5;
                lastMove = move;
                for (int k = 0; k < size; k++) {
                    sigma[k] += step * (tau.x()[k] - sigma[k]);
                }
                Profile p = MixedStrategyProfile.ofDoubleFlat(game, sigma.clone());
                double r = Regret.maxRegret(p);
                if (r < bestRegret) {
                    bestRegret = r;
                    best = p;
                }
                SupportPolisher.Polished pol = SupportPolisher.polish(sys, sigma, options.tolerance(), 1e-2);
                if (pol != null) {
                    result = pol.profile();
                } else if (move < 1e-13 || step < 1e-9) {
                    break;
                }
            }
            if (result != null) {
                Profile res = result;
                if (SupportPolisher.isNew(found, res)) {
                    found.add(res);
                }
            } else if (found.isEmpty() && extraRays < MAX_EXTRA_RAYS) {
                extraRays++; // the iteration did not converge along this ray: try the next seed
            }
        }
        List<Profile> candidates = new ArrayList<>(found);
        if (found.isEmpty() && best != null) {
            candidates.add(best);
        }
        Map<String, Long> counters = new HashMap<>();
        counters.put("iterations", iterations);
        counters.put("pivots", pivots);
        counters.put("rays", options.perturbations() + extraRays);
        return EquilibriumResult.of(game, METHOD, Arithmetic.DOUBLE, Representation.STRATEGIC, options, candidates, options.tolerance(),
                Diagnostics.of(start, counters));
    }

    /**
     * The LCP (M, q) of the polymatrix approximation at sigma: rows for the strategies
     * ({@code w = C x - v}, C the costs K - U split over the other players) and for the players
     * ({@code w = sum x - 1}).
     */
    static double[][] polymatrixLcp(ResponseSystem sys, double[] sigma, double[] q, double[][] d) {
        int size = sys.size;
        int players = sys.blocks();
        int n = size + players;
        // matrix with the constant column q appended: row r = (M[r][0..n-1], q_r)
        double[][] m = new double[n][n + 1];
        // U_i(s; tau) = q_s - (n-1) q_s... expanded: u_i(s, tau_j, sigma_-ij) = sum_t d[s][t] tau_jt for t in j's block
        // (multilinearity: d[s][t] = u_i(s, t, sigma_-ij)), and u_i(s, sigma_-i) = q_s. So
        // U_i(s; tau) = sum_{j != i} sum_t d[s][t] tau_jt - (n-2) q_s, and the constant is spread over the
        // (n-1) other players using sum_t tau_jt = 1.
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[][] u = new double[size][size];
        for (int s = 0; s < size; s++) {
            int bi = sys.blockOf[s];
            for (int t = 0; t < size; t++) {
                if (sys.blockOf[t] == bi) {
                    continue;
                }
                double c = players > 1 ? -(players - 2) * q[s] / (players - 1) : 0.0;
                u[s][t] = d[s][t] + c;
                lo = Math.min(lo, u[s][t]);
                hi = Math.max(hi, u[s][t]);
            }
        }
        double k = hi + 1.0 + (hi - lo);
        for (int s = 0; s < size; s++) {
            int bi = sys.blockOf[s];
            for (int t = 0; t < size; t++) {
                if (sys.blockOf[t] != bi) {
                    m[s][t] = k - u[s][t];
                }
            }
            m[s][size + bi] = -1.0;
            m[size + bi][s] = 1.0;
        }
        for (int b = 0; b < players; b++) {
            m[size + b][n] = -1.0;
        }
        return m;
    }

    /**
     * Lemke's algorithm in dictionary form on a dense tableau in doubles (Lemke 1965; Cottle, Pang and Stone
     * 1992, ch. 4). Variables: z_0..z_{n-1} (columns 0..n-1), the artificial z0 (column n), w_0..w_{n-1}
     * (columns n+1..2n); each basic variable is {@code constant + sum over nonbasic columns}.
     */
    static final class Lemke {
        record Solution(double[] x, long pivots) {
        }

        private Lemke() {
        }

        /**
         * Solves w = q + M z + d z0 >= 0, z >= 0, z.w = 0 from the ray z0 = max(-q_r / d_r).
         *
         * @param mq rows (M[r], q_r)
         * @param cover covering vector d, positive
         * @return z, or null on ray termination or when the pivot budget runs out
         */
        static Solution solve(double[][] mq, double[] cover) {
            int n = mq.length;
            int cols = 2 * n + 1;
            double[][] t = new double[n][cols];
            double[] cst = new double[n];
            int[] basis = new int[n];
            for (int r = 0; r < n; r++) {
                System.arraycopy(mq[r], 0, t[r], 0, n);
                t[r][n] = cover[r];
                cst[r] = mq[r][n];
                basis[r] = n + 1 + r;
            }
            int leave = -1;
            double worst = 0;
            for (int r = 0; r < n; r++) {
                double ratio = -cst[r] / cover[r];
                if (ratio > worst) {
                    worst = ratio;
                    leave = r;
                }
            }
            if (leave < 0) {
                return new Solution(new double[n], 0); // z = 0 solves it
            }
            int entering = n;
            long pivots = 0;
            for (int guard = 0; guard < 50 * n + 1000; guard++) {
                int left = basis[leave];
                pivot(t, cst, leave, entering, left);
                basis[leave] = entering;
                pivots++;
                if (left == n) {
                    double[] z = new double[n];
                    for (int r = 0; r < n; r++) {
                        if (basis[r] < n) {
                            z[basis[r]] = Math.max(0.0, cst[r]);
                        }
                    }
                    return new Solution(z, pivots);
                }
                entering = left > n ? left - n - 1 : left + n + 1;
                leave = -1;
                double best = Double.POSITIVE_INFINITY;
                for (int r = 0; r < n; r++) {
                    double a = t[r][entering];
                    if (a < -1e-12) {
                        double ratio = Math.max(0.0, cst[r]) / -a;
                        if (ratio < best - 1e-12 || (Math.abs(ratio - best) <= 1e-12 && basis[r] == n)) {
                            best = ratio;
                            leave = r;
                        }
                    }
                }
                if (leave < 0) {
                    return null; // secondary ray
                }
            }
            return null;
        }

        /** Makes {@code entering} basic in {@code row} in place of {@code leaving}. */
        private static void pivot(double[][] t, double[] cst, int row, int entering, int leaving) {
            double[] pr = t[row];
            double a = pr[entering];
            double[] nr = new double[pr.length];
            for (int c = 0; c < pr.length; c++) {
                nr[c] = -pr[c] / a;
            }
            nr[entering] = 0.0;
            nr[leaving] = 1.0 / a;
            double nc = -cst[row] / a;
            t[row] = nr;
            cst[row] = nc;
            for (int r = 0; r < t.length; r++) {
                if (r == row) {
                    continue;
                }
                double[] rr = t[r];
                double f = rr[entering];
                if (f == 0.0) {
                    continue;
                }
                for (int c = 0; c < rr.length; c++) {
                    rr[c] += f * nr[c];
                }
                rr[entering] = 0.0;
                cst[r] += f * nc;
            }
        }
    }
}
