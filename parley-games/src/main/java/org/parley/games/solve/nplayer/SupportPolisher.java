package org.parley.games.solve.nplayer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.games.Profile;
import org.parley.games.verify.Regret;
import org.parley.games.verify.Tolerance;
import org.parley.games.verify.Verification;

/**
 * Turns an approximate equilibrium into one verified to machine precision: guess the support of every
 * block from the approximate profile, then solve the indifference equations on that support by Newton in
 * log coordinates (probabilities stay positive; probabilities off the support are exactly zero):
 * <pre>
 *   sum_{a in S_b} sigma_a = 1,    W_a(sigma) = W_s(sigma)  for a in S_b \ {s}
 * </pre>
 * where W are the values of {@link ResponseSystem#evaluate} in unconditional mode (for trees: weighted by
 * the reach probability, so information sets that end up unreached impose nothing and keep their
 * behaviour). Singular systems (continua of equilibria, unreached information sets) are solved in the
 * damped least-squares sense. The result is checked with {@link Regret#verify}; candidates that fail are
 * discarded. Supports tried: probabilities at least {@code tau} times the block's largest, for tau in
 * {@link #THRESHOLDS}. Cost per support: at most {@link #MAX_ITERATIONS} evaluations with derivatives.
 */
final class SupportPolisher {
    static final double[] THRESHOLDS = {1e-3, 1e-5, 1e-7, 1e-9, 1e-2, 1e-1};
    static final int MAX_ITERATIONS = 40;

    /**
     * A polished profile, its verification, how far it moved from the input (max norm), and whether the
     * support system was singular at the solution (the equilibrium then lies in a continuum).
     */
    record Polished(double[] sigma, Profile profile, Verification verification, double distance, boolean degenerate) {
    }

    /** Outcome of Newton on one support: the profile and whether its Jacobian was singular at the end. */
    private record Solved(double[] sigma, boolean singular) {
    }

    private SupportPolisher() {
    }

    /**
     * Whether {@code p} differs from every profile already found by more than 1e-8 in some probability: the
     * restarts of one method often polish to the same equilibrium.
     */
    static boolean isNew(List<Profile> found, Profile p) {
        double[] y = p.toFlatArray();
        for (Profile q : found) {
            double[] x = q.toFlatArray();
            boolean same = true;
            for (int k = 0; k < x.length && same; k++) {
                same = Math.abs(x[k] - y[k]) <= 1e-8;
            }
            if (same) {
                return false;
            }
        }
        return true;
    }

    /** The first verified polished profile within {@code maxDistance} of {@code approx}, or null. */
    static Polished polish(ResponseSystem sys, double[] approx, Tolerance tol, double maxDistance) {
        List<boolean[]> tried = new ArrayList<>();
        for (double tau : THRESHOLDS) {
            boolean[] in = support(sys, approx, tau);
            if (tried.stream().anyMatch(s -> Arrays.equals(s, in))) {
                continue;
            }
            tried.add(in);
            Solved sv = solveSupport(sys, approx, in);
            if (sv == null) {
                continue;
            }
            double[] s = sv.sigma();
            double dist = 0;
            for (int k = 0; k < sys.size; k++) {
                dist = Math.max(dist, Math.abs(s[k] - approx[k]));
            }
            if (dist > maxDistance) {
                continue;
            }
            Profile p = sys.profile(s);
            Verification v = Regret.verify(p, tol);
            if (v.verified()) {
                return new Polished(s, p, v, dist, sv.singular());
            }
        }
        return null;
    }

    /**
     * From an equilibrium in a continuum (singular support system), walks along the continuum to its
     * boundary: a null vector v of the support Jacobian (in probabilities) is followed until some probability
     * reaches zero, that strategy leaves the support, and the profile is re-polished and re-verified; repeated
     * while the system stays singular. Ends at an equilibrium with a locally minimal support: an extreme point
     * of its component in two-player games (the points vertex enumeration lists) when the walk is not stopped
     * first by a strategy outside the support becoming a best response: such a step fails verification and
     * the walk ends at the last verified profile (inside the continuum). Regular equilibria are returned
     * unchanged.
     */
    static Polished reduceSupport(ResponseSystem sys, Polished p, Tolerance tol) {
        Polished cur = p;
        for (int round = 0; round < sys.size && cur.degenerate(); round++) {
            double[] s = cur.sigma();
            boolean[] in = new boolean[sys.size];
            for (int k = 0; k < sys.size; k++) {
                in[k] = s[k] > 0;
            }
            int[] vars = java.util.stream.IntStream.range(0, sys.size).filter(k -> in[k]).toArray();
            double[][] jm = jacobian(sys, s, in, vars);
            int m = vars.length;
            for (int c = 0; c < m; c++) {
                for (int r = 0; r < m; r++) {
                    jm[r][c] /= s[vars[c]]; // log scale to probability scale
                }
            }
            double[] v = Dense.nullVector(jm, m, m, 1e-9);
            if (v == null) {
                break;
            }
            int hit = -1;
            double step = Double.POSITIVE_INFINITY;
            for (int dir = 0; dir < 2 && hit < 0; dir++) {
                for (int c = 0; c < m; c++) {
                    if (v[c] < -1e-12) {
                        double t = s[vars[c]] / -v[c];
                        if (t < step) {
                            step = t;
                            hit = c;
                        }
                    }
                }
                if (hit < 0) {
                    for (int c = 0; c < m; c++) {
                        v[c] = -v[c];
                    }
                }
            }
            if (hit < 0) {
                break;
            }
            // a strategy outside the support may become a best response first: then the continuum ends there
            double stepIneq = inequalityLimit(sys, s, in, vars, v);
            double[] next = s.clone();
            double used = Math.min(step, stepIneq);
            for (int c = 0; c < m; c++) {
                next[vars[c]] = Math.max(0.0, s[vars[c]] + used * v[c]);
            }
            boolean[] in2 = in.clone();
            if (stepIneq >= step) {
                next[vars[hit]] = 0.0;
                for (int c = 0; c < m; c++) {
                    if (next[vars[c]] <= 1e-12) {
                        next[vars[c]] = 0.0;
                        in2[vars[c]] = false; // several may vanish together
                    }
                }
            }
            Solved sv = solveSupport(sys, next, in2);
            if (sv == null) {
                break;
            }
            Profile q = sys.profile(sv.sigma());
            Verification ver = Regret.verify(q, tol);
            if (!ver.verified()) {
                break;
            }
            cur = new Polished(sv.sigma(), q, ver, cur.distance(), sv.singular() && stepIneq >= step);
        }
        return cur;
    }

    /**
     * Largest step along v (support coordinates) before some strategy outside the support earns as much as
     * the support, to first order (exact when values are linear in the moving probabilities, as for two players).
     */
    private static double inequalityLimit(ResponseSystem sys, double[] s, boolean[] in, int[] vars, double[] v) {
        int n = sys.size;
        double[] logSigma = new double[n];
        for (int k = 0; k < n; k++) {
            logSigma[k] = s[k] > 0 ? Math.log(s[k]) : Double.NEGATIVE_INFINITY;
        }
        double[] q = new double[n];
        double[][] l = new double[n][n];
        sys.evaluate(s, logSigma, false, q, l);
        double limit = Double.POSITIVE_INFINITY;
        for (int b = 0; b < sys.blocks(); b++) {
            int first = -1;
            for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                if (in[k]) {
                    first = k;
                    break;
                }
            }
            for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                if (in[k]) {
                    continue;
                }
                double gap = q[first] - q[k];
                double rate = 0;
                for (int c = 0; c < vars.length; c++) {
                    rate += (l[first][vars[c]] - l[k][vars[c]]) / s[vars[c]] * v[c];
                }
                if (rate < 0) {
                    limit = Math.min(limit, Math.max(0.0, gap) / -rate);
                }
            }
        }
        return limit;
    }

    /** Log-scale Jacobian of the support system (rows: sums and value differences; columns: support variables). */
    private static double[][] jacobian(ResponseSystem sys, double[] sigma, boolean[] in, int[] vars) {
        int n = sys.size;
        int m = vars.length;
        double[] logSigma = new double[n];
        for (int k = 0; k < n; k++) {
            logSigma[k] = sigma[k] > 0 ? Math.log(sigma[k]) : Double.NEGATIVE_INFINITY;
        }
        double[] q = new double[n];
        double[][] l = new double[n][n];
        sys.evaluate(sigma, logSigma, false, q, l);
        double[][] jm = new double[m][m];
        int row = 0;
        for (int b = 0; b < sys.blocks(); b++) {
            int first = -1;
            for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                if (!in[k]) {
                    continue;
                }
                if (first < 0) {
                    first = k;
                    for (int c = 0; c < m; c++) {
                        jm[row][c] = sys.blockOf[vars[c]] == b ? sigma[vars[c]] : 0.0;
                    }
                } else {
                    for (int c = 0; c < m; c++) {
                        jm[row][c] = l[k][vars[c]] - l[first][vars[c]];
                    }
                }
                row++;
            }
        }
        return jm;
    }

    /** Newton on the support system from {@code approx} restricted and renormalised; null if it fails. */
    static double[] solve(ResponseSystem sys, double[] approx, boolean[] in) {
        Solved s = solveSupport(sys, approx, in);
        return s == null ? null : s.sigma();
    }

    private static Solved solveSupport(ResponseSystem sys, double[] approx, boolean[] in) {
        int n = sys.size;
        int[] vars = new int[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (in[k]) {
                vars[m++] = k;
            }
        }
        double[] sigma = new double[n];
        double[] logSigma = new double[n];
        for (int b = 0; b < sys.blocks(); b++) {
            double sum = 0;
            for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                sum += in[k] ? approx[k] : 0.0;
            }
            for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                sigma[k] = in[k] ? approx[k] / sum : 0.0;
                logSigma[k] = in[k] ? Math.log(sigma[k]) : Double.NEGATIVE_INFINITY;
            }
        }
        double[] q = new double[n];
        double[][] l = new double[n][n];
        double[][] jm = new double[m][m];
        double[] f = new double[m];
        double scale = sys.payoffScale();
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            sys.evaluate(sigma, logSigma, false, q, l);
            int row = 0;
            double resid = 0;
            for (int b = 0; b < sys.blocks(); b++) {
                int first = -1;
                double sum = 0;
                for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                    if (in[k]) {
                        sum += sigma[k];
                    }
                }
                for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                    if (!in[k]) {
                        continue;
                    }
                    double[] jr = jm[row];
                    if (first < 0) {
                        first = k;
                        f[row] = sum - 1.0;
                        resid = Math.max(resid, Math.abs(f[row]));
                        for (int c = 0; c < m; c++) {
                            int v = vars[c];
                            jr[c] = sys.blockOf[v] == b ? sigma[v] : 0.0;
                        }
                    } else {
                        f[row] = q[k] - q[first];
                        resid = Math.max(resid, Math.abs(f[row]) / scale);
                        double[] lk = l[k];
                        double[] lf = l[first];
                        for (int c = 0; c < m; c++) {
                            jr[c] = lk[vars[c]] - lf[vars[c]];
                        }
                    }
                    row++;
                }
            }
            if (resid <= 1e-14) {
                return new Solved(sigma, singular(jm, m));
            }
            for (int r = 0; r < m; r++) {
                f[r] = -f[r];
            }
            double[] step;
            double[][] copy = new double[m][];
            for (int r = 0; r < m; r++) {
                copy[r] = jm[r].clone();
            }
            double[] rhs = f.clone();
            if (Dense.solve(copy, rhs, m)) {
                step = rhs;
            } else {
                double fro = 0;
                for (double[] r : jm) {
                    for (double x : r) {
                        fro = Math.max(fro, Math.abs(x));
                    }
                }
                step = Dense.dampedLeastSquares(jm, f, m, m, 1e-12 * fro * fro + 1e-300);
                if (step == null) {
                    return null;
                }
            }
            double mx = Dense.maxAbs(step, m);
            double damp = mx > 1.0 ? 1.0 / mx : 1.0;
            for (int c = 0; c < m; c++) {
                int v = vars[c];
                logSigma[v] += damp * step[c];
                sigma[v] = Math.exp(logSigma[v]);
                if (!Double.isFinite(logSigma[v])) {
                    return null;
                }
            }
            if (damp == 1.0 && mx <= 1e-14) {
                return new Solved(sigma, singular(jm, m));
            }
        }
        return null;
    }

    private static boolean singular(double[][] jm, int m) {
        double[][] c = new double[m][];
        for (int r = 0; r < m; r++) {
            c[r] = jm[r].clone();
        }
        return !Dense.solve(c, new double[m], m);
    }

    static boolean[] support(ResponseSystem sys, double[] approx, double tau) {
        boolean[] in = new boolean[sys.size];
        for (int b = 0; b < sys.blocks(); b++) {
            double mx = 0;
            for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                mx = Math.max(mx, approx[k]);
            }
            for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                in[k] = approx[k] >= tau * mx;
            }
        }
        return in;
    }
}
