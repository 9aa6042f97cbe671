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

    /** A polished profile, its verification, and how far it moved from the input (max norm). */
    record Polished(double[] sigma, Profile profile, Verification verification, double distance) {
    }

    private SupportPolisher() {
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
            double[] s = solve(sys, approx, in);
            if (s == null) {
                continue;
            }
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
                return new Polished(s, p, v, dist);
            }
        }
        return null;
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

    /** Newton on the support system from {@code approx} restricted and renormalised; null if it fails. */
    static double[] solve(ResponseSystem sys, double[] approx, boolean[] in) {
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
                return sigma;
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
                sys.evaluate(sigma, logSigma, false, q, null);
                return sigma;
            }
        }
        return null;
    }
}
