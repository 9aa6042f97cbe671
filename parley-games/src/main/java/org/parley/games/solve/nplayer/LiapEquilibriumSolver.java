package org.parley.games.solve.nplayer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.parley.games.Arithmetic;
import org.parley.games.Profile;
import org.parley.games.SolverInterruptedException;
import org.parley.games.StrategicGame;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.Representation;
import org.parley.games.solve.SolverOptions;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.verify.Tolerance;

/**
 * Gambit's {@code liap}: Nash equilibria as the zeros of a Lyapunov function (McKelvey 1991, "A Liapunov
 * function for Nash equilibria", Caltech SSWP 953), minimised from seeded starting points. For a mixed profile
 * sigma of an n-player strategic game,
 * <pre>
 *   L(sigma) = sum_i sum_k max(0, u_i(k, sigma_-i) - u_i(sigma))^2,
 * </pre>
 * which is nonnegative on the product of simplices and zero exactly at the Nash equilibria. From each start
 * (the k-th drawn uniformly from the product of simplices with seed {@code seed + k}) L plus McKelvey's
 * penalties for leaving the simplices is minimised over R^N by conjugate gradients (payoffs scaled to range 1)
 * until L is below 1e-18 or stalls; a local minimum that is
 * (nearly) an equilibrium is polished on its support ({@link SupportPolisher}) and verified. Local minima with
 * L &gt; 0 are not equilibria and are dropped, as Gambit does. Returns the distinct verified equilibria in the
 * order found (not necessarily all). Cost per iteration: O(cells * n^3) for the gradient. Counters:
 * {@code starts}, {@code iterations}, {@code localMinima} (starts that ended at a minimum that is no
 * equilibrium), {@code polished}. Stateless and thread-safe.
 */
public final class LiapEquilibriumSolver implements StrategicEquilibriumSolver {
    public static final String METHOD = "liap";

    /**
     * @param starts number of starting points (Gambit's {@code -n}), {@code >= 1}
     * @param seed seed of the first starting point; the k-th uses {@code seed + k}
     * @param maxIterations descent iterations per start, {@code >= 1}
     * @param tolerance regret tolerance for verification
     */
    public record Options(int starts, long seed, int maxIterations, Tolerance tolerance) implements SolverOptions {
        public Options {
            if (starts < 1) {
                throw new IllegalArgumentException("starts must be >= 1, was " + starts);
            }
            if (maxIterations < 1) {
                throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
            }
            Objects.requireNonNull(tolerance, "tolerance");
        }

        /** 10 starts (as Gambit's runs with {@code -n 10}), seed 1, 5000 iterations, {@link Tolerance#DEFAULT}. */
        public static Options defaults() {
            return new Options(10, 1L, 5_000, Tolerance.DEFAULT);
        }

        public Options withStarts(int n, long s) {
            return new Options(n, s, maxIterations, tolerance);
        }
    }

    private final Options options;

    public LiapEquilibriumSolver(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public LiapEquilibriumSolver() {
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
        Lyapunov f = new Lyapunov(sys);
        List<Profile> found = new ArrayList<>();
        long iterations = 0;
        long localMinima = 0;
        long polished = 0;
        for (int s = 0; s < options.starts(); s++) {
            double[] x = randomProfile(sys, new SplittableRandom(options.seed() + s));
            Descent d = descend(f, x);
            iterations += d.iterations;
            SupportPolisher.Polished p = SupportPolisher.polish(sys, d.x, options.tolerance(), 1e-2);
            if (p == null) {
                localMinima++;
                continue;
            }
            polished++;
            p = SupportPolisher.reduceSupport(sys, p, options.tolerance());
            Profile prof = p.profile();
            if (SupportPolisher.isNew(found, prof)) {
                found.add(prof);
            }
        }
        Map<String, Long> counters = new HashMap<>();
        counters.put("starts", (long) options.starts());
        counters.put("iterations", iterations);
        counters.put("localMinima", localMinima);
        counters.put("polished", polished);
        return EquilibriumResult.of(game, METHOD, Arithmetic.DOUBLE, Representation.STRATEGIC, options, found, options.tolerance(),
                Diagnostics.of(start, counters));
    }

    private record Descent(double[] x, long iterations) {
    }

    /**
     * Minimises McKelvey's penalised function over all of R^N (no projection): L plus
     * {@code sum_i (1 - sum_k p_ik)^2 + sum_ik min(0, p_ik)^2}, by Polak–Ribière conjugate gradients with
     * Armijo backtracking and restarts along the steepest descent. The end point is clipped at zero and
     * renormalised per player before polishing.
     */
    private Descent descend(Lyapunov f, double[] x) {
        int n = x.length;
        double[] g = new double[n];
        double[] gPrev = new double[n];
        double[] dir = new double[n];
        double[] y = new double[n];
        double value = f.penalised(x, g);
        for (int k = 0; k < n; k++) {
            dir[k] = -g[k];
        }
        double t = 1.0;
        long it = 0;
        double checkpoint = value;
        while (it < options.maxIterations() && value > 1e-18) {
            if ((it & 255) == 0) {
                SolverInterruptedException.checkInterrupt(METHOD);
                // a local minimum with L > 0 (no equilibrium): stop once 256 iterations gain less than 1 %
                if (it > 0 && value > 1e-12 && value > 0.99 * checkpoint) {
                    break;
                }
                checkpoint = value;
            }
            it++;
            double slope = 0;
            for (int k = 0; k < n; k++) {
                slope += g[k] * dir[k];
            }
            if (!(slope < 0)) {
                for (int k = 0; k < n; k++) {
                    dir[k] = -g[k];
                }
                slope = 0;
                for (int k = 0; k < n; k++) {
                    slope += g[k] * dir[k];
                }
                if (!(slope < 0)) {
                    break; // stationary
                }
            }
            boolean accepted = false;
            t = Math.min(t * 4, 1e6);
            double fy = value;
            while (t > 1e-20) {
                for (int k = 0; k < n; k++) {
                    y[k] = x[k] + t * dir[k];
                }
                fy = f.penalised(y, null);
                if (fy <= value + 1e-4 * t * slope) {
                    accepted = true;
                    break;
                }
                t *= 0.5;
            }
            if (!accepted) {
                break;
            }
            System.arraycopy(y, 0, x, 0, n);
            System.arraycopy(g, 0, gPrev, 0, n);
            value = f.penalised(x, g);
            double num = 0;
            double den = 0;
            for (int k = 0; k < n; k++) {
                num += g[k] * (g[k] - gPrev[k]);
                den += gPrev[k] * gPrev[k];
            }
            double beta = den > 0 && it % n != 0 ? Math.max(0.0, num / den) : 0.0;
            for (int k = 0; k < n; k++) {
                dir[k] = -g[k] + beta * dir[k];
            }
        }
        for (int b = 0; b < f.sys.blocks(); b++) {
            double sum = 0;
            for (int k = f.sys.start[b]; k < f.sys.start[b + 1]; k++) {
                x[k] = Math.max(0.0, x[k]);
                sum += x[k];
            }
            for (int k = f.sys.start[b]; k < f.sys.start[b + 1]; k++) {
                x[k] = sum > 0 ? x[k] / sum : 1.0 / (f.sys.start[b + 1] - f.sys.start[b]);
            }
        }
        return new Descent(x, it);
    }

    private static double[] randomProfile(ResponseSystem sys, SplittableRandom r) {
        double[] x = new double[sys.size];
        for (int b = 0; b < sys.blocks(); b++) {
            double sum = 0;
            for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                x[k] = -Math.log(1.0 - r.nextDouble()); // exponential draws: uniform on the simplex once normalised
                sum += x[k];
            }
            for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                x[k] /= sum;
            }
        }
        return x;
    }

    /** L and its gradient on payoffs scaled to range 1; projection onto the product of simplices. */
    private static final class Lyapunov {
        final StrategicResponses sys;
        private final double scale;
        private final double[] q;
        private final double[][] d;
        private final double[] r;

        Lyapunov(StrategicResponses sys) {
            this.sys = sys;
            this.scale = sys.payoffScale();
            q = new double[sys.size];
            d = new double[sys.size][sys.size];
            r = new double[sys.size];
        }

        /** L(x); fills the gradient when {@code grad} is not null. */
        double value(double[] x, double[] grad) {
            sys.evaluate(x, null, true, q, null);
            double total = 0;
            for (int b = 0; b < sys.blocks(); b++) {
                double v = 0;
                for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                    v += x[k] * q[k];
                }
                for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                    r[k] = Math.max(0.0, (q[k] - v) / scale);
                    total += r[k] * r[k];
                }
            }
            if (grad == null) {
                return total;
            }
            java.util.Arrays.fill(grad, 0.0);
            sys.plainDerivatives(x, d);
            for (int b = 0; b < sys.blocks(); b++) {
                int s0 = sys.start[b];
                int e0 = sys.start[b + 1];
                for (int k = s0; k < e0; k++) {
                    if (r[k] == 0.0) {
                        continue;
                    }
                    double w = 2 * r[k] / scale;
                    // d r_k = d q_k - d v_b, with v_b = sum_l x_l q_l over the block
                    for (int m = 0; m < sys.size; m++) {
                        double dv;
                        if (sys.blockOf[m] == b) {
                            dv = q[m];
                        } else {
                            dv = 0;
                            for (int l = s0; l < e0; l++) {
                                dv += x[l] * d[l][m];
                            }
                        }
                        grad[m] += w * (d[k][m] - dv);
                    }
                }
            }
            return total;
        }

        /** L plus the penalties for leaving the product of simplices; fills the gradient when not null. */
        double penalised(double[] x, double[] grad) {
            double total = value(x, grad);
            for (int b = 0; b < sys.blocks(); b++) {
                double sum = 0;
                for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                    sum += x[k];
                }
                double gap = 1.0 - sum;
                total += gap * gap;
                for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                    double neg = Math.min(0.0, x[k]);
                    total += neg * neg;
                    if (grad != null) {
                        grad[k] += -2 * gap + 2 * neg;
                    }
                }
            }
            return total;
        }

        /** Euclidean projection of each block onto its simplex (sort-based). */
        void project(double[] y) {
            for (int b = 0; b < sys.blocks(); b++) {
                int s0 = sys.start[b];
                int m = sys.start[b + 1] - s0;
                double[] u = java.util.Arrays.copyOfRange(y, s0, s0 + m);
                java.util.Arrays.sort(u);
                double cum = 0;
                double theta = 0;
                for (int j = m - 1; j >= 0; j--) {
                    cum += u[j];
                    double t = (cum - 1.0) / (m - j);
                    if (j == 0 || u[j - 1] <= t) {
                        theta = t;
                        break;
                    }
                }
                for (int k = s0; k < s0 + m; k++) {
                    y[k] = Math.max(0.0, y[k] - theta);
                }
            }
        }
    }
}
