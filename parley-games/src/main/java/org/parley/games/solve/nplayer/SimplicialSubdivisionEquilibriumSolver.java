package org.parley.games.solve.nplayer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Gambit's {@code simpdiv}: one Nash equilibrium of an n-player strategic game by simplicial subdivision with
 * restarts on successively finer grids.
 *
 * <p>Fixed-point problem: in reduced coordinates {@code z} (each player's probabilities without the last
 * strategy, dimension {@code d = sum_i (m_i - 1)}) let {@code P(z)} be the Euclidean projection of
 * {@code (z_i, 1 - sum z_i)} onto each player's simplex and N Nash's (1951) map
 * {@code N(x)_ik = (x_ik + max(0, u_i(k, x_-i) - u_i(x))) / (1 + sum_k' max(0, u_i(k', x_-i) - u_i(x)))}.
 * Then {@code g(z) = reduce(N(P(z))) - z} vanishes exactly at Nash equilibria. Each grid level solves
 * {@code g = 0} by Merrill's restart algorithm (Merrill 1972; Eaves 1972, "Homotopies for computation of fixed
 * points", Math. Programming 3; Todd 1976, <i>The Computation of Fixed Points and Applications</i>): the layer
 * {@code R^d x [0,1]} is triangulated by Freudenthal's K1 triangulation with mesh {@code delta}; vertices at
 * level 0 carry the vector label {@code z0 - z} (unique zero at the restart point z0), vertices at level 1
 * carry {@code g(z)}; the piecewise-linear zero curve is followed by door-in/door-out pivots (one linear
 * solve per pivot) from the level-0 simplex containing z0 to a level-1 facet, whose piecewise-linear zero is an
 * approximate equilibrium. The next level restarts there with the mesh divided by {@link Options#refinement()} (halved by default), as in van der Laan and Talman
 * (1979), until the support-polished profile verifies ({@link SupportPolisher}) or the mesh reaches
 * {@link Options#minMesh()}. Gambit's simpdiv follows van der Laan and Talman's variable-dimension path with
 * integer labels instead; the restart-and-halve scheme and the result (one equilibrium, approximated on a grid,
 * then refined) are the same, but the two may end at different equilibria of games with several. When the
 * polished equilibrium lies in a continuum (singular support system) the support is reduced while the profile
 * stays an equilibrium ({@link SupportPolisher#reduceSupport}), so that an extreme point is reported.
 *
 * <p>If no level verifies, the best approximate profile is returned as a rejected candidate with its max
 * regret (never as an equilibrium). Cost per pivot: one evaluation of N (O(cells * n)) and an O(d^3) solve;
 * pivots per level are O(path length / mesh). Counters: {@code levels}, {@code pivots}, {@code polished}.
 * Stateless and thread-safe.
 */
public final class SimplicialSubdivisionEquilibriumSolver implements StrategicEquilibriumSolver {
    public static final String METHOD = "simpdiv";

    /**
     * @param initialMesh grid mesh of the first level, in (0, 1]
     * @param minMesh smallest mesh before giving up, in (0, initialMesh]
     * @param maxPivots pivot budget over all levels, {@code >= 1}
     * @param tolerance regret tolerance for verification
     * @param refinement factor by which the mesh shrinks from one level to the next (Gambit's {@code -g}), in [1.5, 64]
     */
    public record Options(double initialMesh, double minMesh, long maxPivots, Tolerance tolerance, double refinement)
            implements SolverOptions {
        /** Options with the mesh halved between levels. */
        public Options(double initialMesh, double minMesh, long maxPivots, Tolerance tolerance) {
            this(initialMesh, minMesh, maxPivots, tolerance, 2.0);
        }

        public Options {
            if (!(refinement >= 1.5 && refinement <= 64)) {
                throw new IllegalArgumentException("refinement must be in [1.5, 64], was " + refinement);
            }
            if (!(initialMesh > 0 && initialMesh <= 1)) {
                throw new IllegalArgumentException("initialMesh must be in (0, 1], was " + initialMesh);
            }
            if (!(minMesh > 0 && minMesh <= initialMesh)) {
                throw new IllegalArgumentException("minMesh must be in (0, initialMesh], was " + minMesh);
            }
            if (maxPivots < 1) {
                throw new IllegalArgumentException("maxPivots must be >= 1, was " + maxPivots);
            }
            Objects.requireNonNull(tolerance, "tolerance");
        }

        /** Mesh 1/4 halved down to 2^-30, 10 million pivots, {@link Tolerance#DEFAULT}. */
        public static Options defaults() {
            return new Options(0.25, Math.scalb(1.0, -30), 10_000_000L, Tolerance.DEFAULT);
        }

        public Options withRefinement(double r) {
            return new Options(initialMesh, minMesh, maxPivots, tolerance, r);
        }
    }

    private final Options options;

    public SimplicialSubdivisionEquilibriumSolver(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public SimplicialSubdivisionEquilibriumSolver() {
        this(Options.defaults());
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public EquilibriumResult solve(StrategicGame game) {
        long start = System.nanoTime();
        Work w = new Work(game);
        double[] x = w.sys.centroid();
        double mesh = options.initialMesh();
        long pivots = 0;
        int levels = 0;
        Profile best = null;
        double bestRegret = Double.POSITIVE_INFINITY;
        SupportPolisher.Polished polished = null;
        String stop = "minMesh";
        while (mesh >= options.minMesh()) {
            SolverInterruptedException.checkInterrupt(METHOD);
            double[] z0 = w.reduce(x);
            // a tiny irrational shift keeps z0 off lower-dimensional faces of the triangulation
            for (int k = 0; k < z0.length; k++) {
                double golden = (k + 1) * 0.6180339887498949;
                z0[k] += mesh * 1e-3 * (golden - Math.floor(golden));
            }
            long budget = options.maxPivots() - pivots;
            Level lv = w.level(z0, mesh, budget);
            pivots += lv.pivots;
            levels++;
            if (lv.z == null) {
                stop = "maxPivots";
                break;
            }
            x = w.project(lv.z);
            Profile p = MixedStrategyProfile.ofDoubleFlat(game, x);
            double r = Regret.maxRegret(p);
            if (r < bestRegret) {
                bestRegret = r;
                best = p;
            }
            polished = SupportPolisher.polish(w.sys, x, options.tolerance(), Math.max(32 * mesh, 1e-6));
            if (polished != null) {
                polished = SupportPolisher.reduceSupport(w.sys, polished, options.tolerance());
                stop = "polished";
                break;
            }
            mesh /= options.refinement();
        }
        Map<String, Long> counters = new HashMap<>();
        counters.put("levels", (long) levels);
        counters.put("pivots", pivots);
        counters.put("polished", polished != null ? 1L : 0L);
        counters.put("stoppedAtMaxPivots", stop.equals("maxPivots") ? 1L : 0L);
        List<Profile> cands = new ArrayList<>();
        if (polished != null) {
            cands.add(polished.profile());
        } else if (best != null) {
            cands.add(best);
        }
        return EquilibriumResult.of(game, METHOD, Arithmetic.DOUBLE, Representation.STRATEGIC, options, cands, options.tolerance(),
                Diagnostics.of(start, counters));
    }

    /** Result of one grid level: the approximate zero (null if the budget ran out) and the pivots used. */
    private record Level(double[] z, long pivots) {
    }

    /** Work arrays for one game; not shared between threads. */
    private static final class Work {
        final StrategicResponses sys;
        final int n;
        final int d;
        final int[] m;
        final int[] off;
        final double[] q;
        final double[] xs;

        Work(StrategicGame g) {
            sys = new StrategicResponses(g);
            n = g.numPlayers();
            m = g.shape();
            off = new int[n];
            int dd = 0;
            for (int i = 0; i < n; i++) {
                off[i] = dd;
                dd += m[i] - 1;
            }
            d = dd;
            q = new double[sys.size];
            xs = new double[sys.size];
        }

        double[] reduce(double[] x) {
            double[] z = new double[d];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < m[i] - 1; k++) {
                    z[off[i] + k] = x[sys.start[i] + k];
                }
            }
            return z;
        }

        /** Euclidean projection of (z_i, 1 - sum z_i) onto each simplex, as a flat profile. */
        double[] project(double[] z) {
            double[] x = new double[sys.size];
            for (int i = 0; i < n; i++) {
                int s = sys.start[i];
                double last = 1.0;
                for (int k = 0; k < m[i] - 1; k++) {
                    x[s + k] = z[off[i] + k];
                    last -= z[off[i] + k];
                }
                x[s + m[i] - 1] = last;
                Simplices.project(x, s, m[i]);
            }
            return x;
        }

        /** g(z) = reduce(N(P(z))) - z into out. */
        void g(double[] z, double[] out) {
            double[] x = project(z);
            sys.evaluate(x, null, true, q, null);
            for (int i = 0; i < n; i++) {
                int s = sys.start[i];
                double u = 0;
                for (int k = 0; k < m[i]; k++) {
                    u += x[s + k] * q[s + k];
                }
                double tot = 1.0;
                for (int k = 0; k < m[i]; k++) {
                    tot += Math.max(0.0, q[s + k] - u);
                }
                for (int k = 0; k < m[i] - 1; k++) {
                    double nk = (x[s + k] + Math.max(0.0, q[s + k] - u)) / tot;
                    out[off[i] + k] = nk - z[off[i] + k];
                }
            }
        }

        /**
         * Merrill's algorithm on the K1 triangulation of R^d x [0,1] with mesh delta. Coordinate 0 of the
         * triangulation is the level t; coordinates 1..d are z / delta.
         */
        Level level(double[] z0, double delta, long budget) {
            int dim = d + 1;
            if (d == 0) {
                return new Level(new double[0], 0);
            }
            int[] base = new int[dim];
            int[] perm = new int[dim];
            double[] frac = new double[d];
            Integer[] order = new Integer[d];
            for (int k = 0; k < d; k++) {
                double w = z0[k] / delta;
                base[k + 1] = (int) Math.floor(w);
                frac[k] = w - base[k + 1];
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> Double.compare(frac[b], frac[a]));
            for (int k = 0; k < d; k++) {
                perm[k] = order[k] + 1;
            }
            perm[d] = 0;
            // barycentric coordinates of z0 in the level-0 face (vertices 0..d), vertex dim (level 1) enters
            double[] lambda = new double[dim + 1];
            lambda[0] = 1.0 - frac[order[0]];
            for (int k = 1; k < d; k++) {
                lambda[k] = frac[order[k - 1]] - frac[order[k]];
            }
            lambda[d] = frac[order[d - 1]];
            double[][] label = new double[dim + 1][];
            for (int k = 0; k <= d; k++) {
                label[k] = labelOf(vertex(base, perm, k), z0, delta);
            }
            int in = dim;
            double[][] a = new double[dim][dim];
            double[] rhs = new double[dim];
            int[] cols = new int[dim];
            long pivots = 0;
            while (pivots < budget) {
                // every pivot: on large games one pivot (a dense solve of the door) takes up to ~0.1 s
                SolverInterruptedException.checkInterrupt(METHOD);
                pivots++;
                label[in] = labelOf(vertex(base, perm, in), z0, delta);
                // door = all vertices but `in`; solve B delta = (1; label[in])
                int c = 0;
                for (int k = 0; k <= dim; k++) {
                    if (k != in) {
                        cols[c++] = k;
                    }
                }
                for (int r = 0; r < dim; r++) {
                    for (int cc = 0; cc < dim; cc++) {
                        a[r][cc] = r == 0 ? 1.0 : label[cols[cc]][r - 1];
                    }
                    rhs[r] = r == 0 ? 1.0 : label[in][r - 1];
                }
                if (!Dense.solve(a, rhs, dim)) {
                    return new Level(null, pivots); // degenerate door: give up this level
                }
                int leave = -1;
                double theta = Double.POSITIVE_INFINITY;
                for (int cc = 0; cc < dim; cc++) {
                    double dl = rhs[cc];
                    if (dl > 1e-13) {
                        double ratio = lambda[cols[cc]] / dl;
                        if (ratio < theta) {
                            theta = ratio;
                            leave = cols[cc];
                        }
                    }
                }
                if (leave < 0) {
                    return new Level(null, pivots); // ray: cannot happen for a bounded homotopy
                }
                for (int cc = 0; cc < dim; cc++) {
                    lambda[cols[cc]] = Math.max(0.0, lambda[cols[cc]] - theta * rhs[cc]);
                }
                lambda[in] = theta;
                lambda[leave] = 0.0;
                // the facet opposite `leave`: all at level 1 iff leave is vertex 0 and the first step is t
                if (leave == 0 && perm[0] == 0) {
                    double[] z = new double[d];
                    for (int k = 1; k <= dim; k++) {
                        int[] v = vertex(base, perm, k);
                        for (int j = 0; j < d; j++) {
                            z[j] += lambda[k] * v[j + 1] * delta;
                        }
                    }
                    return new Level(z, pivots);
                }
                in = pivot(base, perm, leave, lambda, label);
            }
            return new Level(null, pivots);
        }

        private double[] labelOf(int[] v, double[] z0, double delta) {
            double[] z = new double[d];
            for (int j = 0; j < d; j++) {
                z[j] = v[j + 1] * delta;
            }
            double[] out = new double[d];
            if (v[0] == 0) {
                for (int j = 0; j < d; j++) {
                    out[j] = z0[j] - z[j];
                }
            } else {
                g(z, out);
            }
            return out;
        }

        /** Vertex k of the K1 simplex (base, perm): base + e_perm[0] + ... + e_perm[k-1]. */
        private static int[] vertex(int[] base, int[] perm, int k) {
            int[] v = base.clone();
            for (int s = 0; s < k; s++) {
                v[perm[s]]++;
            }
            return v;
        }

        /**
         * Replaces vertex r of the K1 simplex (Todd 1976, the Freudenthal pivot rules), re-indexing lambda and
         * label; returns the index of the new vertex.
         */
        private int pivot(int[] base, int[] perm, int r, double[] lambda, double[][] label) {
            int dim = perm.length;
            if (r == 0) {
                base[perm[0]]++;
                int f = perm[0];
                System.arraycopy(perm, 1, perm, 0, dim - 1);
                perm[dim - 1] = f;
                System.arraycopy(lambda, 1, lambda, 0, dim);
                System.arraycopy(label, 1, label, 0, dim);
                lambda[dim] = 0;
                label[dim] = null;
                return dim;
            }
            if (r == dim) {
                int l = perm[dim - 1];
                if (l == 0) {
                    throw new IllegalStateException("simplicial path left through level 0");
                }
                base[l]--;
                System.arraycopy(perm, 0, perm, 1, dim - 1);
                perm[0] = l;
                System.arraycopy(lambda, 0, lambda, 1, dim);
                System.arraycopy(label, 0, label, 1, dim);
                lambda[0] = 0;
                label[0] = null;
                return 0;
            }
            int t = perm[r - 1];
            perm[r - 1] = perm[r];
            perm[r] = t;
            label[r] = null;
            return r;
        }
    }
}
