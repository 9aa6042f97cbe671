package org.parley.games.solve.nplayer;

import java.util.ArrayList;
import java.util.List;
import org.parley.games.SolverInterruptedException;

/**
 * The logit homotopy in log-probability coordinates and its predictor–corrector path follower
 * (package-private engine of {@link LogitQreTracer}).
 *
 * <p>Unknowns {@code y = (v, lambda)}, {@code v = log sigma}. For every block b with first variable s:
 * <pre>
 *   H_s(y) = sum_{a in b} exp(v_a) - 1
 *   H_a(y) = v_a - v_s - lambda (Q_a(sigma) - Q_s(sigma))      (a in b, a != s)
 * </pre>
 * {@code H = 0} iff sigma is a logit QRE at lambda (McKelvey and Palfrey 1995). At {@code lambda = 0} the
 * only solution is the centroid; the principal branch is the component of {@code H^{-1}(0)} through it.
 * It is followed by arc length (Allgower and Georg 1990; Turocy 2005): Euler predictor along the unit
 * tangent (the kernel of the n-by-(n+1) Jacobian, oriented by the previous tangent), Newton corrector in the
 * hyperplane orthogonal to the tangent, and step-size control from the corrector's first step, its
 * contraction rate and the angle between successive tangents. Each step costs one or a few Jacobians
 * (O(cells n^2) for tables) and O(n^3) linear algebra.
 *
 * <p>Bifurcations. In generic games the branch is a smooth curve; in games with symmetries (players or
 * information sets that mirror each other) it meets bifurcation points, typically pitchforks where a pair of
 * mirror-image branches leaves the symmetric one. Along a regular path the sign of {@code det [J; t^T]} never
 * changes, so a step after which it has changed either jumped to another nearby path (it is rejected and
 * halved: this keeps near-bifurcations of generic games from being jumped) or crossed a bifurcation point (it
 * persists as the step shrinks; below {@link #BIFURCATION_STEP}, or after a jump over the singular point, the
 * tracer switches branch, see {@link #switchBranch}). The branch taken keeps the orientation, which is the
 * branch that the principal branches of nearby generic games follow (the straight continuation through a
 * pitchfork belongs to another component once the symmetry is perturbed). Issue 11: on artist2.efg the old
 * tracer went straight through the pitchfork at lambda 5.21 and ended at payoffs (0.795, 0.795); the
 * principal branches of the perturbed games end at (0.48, 0.84) or its mirror image, as Gambit's does.
 */
final class LogitHomotopy {
    /** Why a trace ended. */
    enum Stop {
        /** Agent regret fell below the requested bound. */
        REGRET,
        /** lambda passed the target or the maximum. */
        LAMBDA,
        /** The step budget ran out. */
        STEPS,
        /** Step size fell below its minimum (corrector kept failing). */
        STEP_TOO_SMALL
    }

    /** Raw branch: accepted points (lambda and sigma copies), why it stopped, counters. */
    record Raw(List<double[]> sigmas, List<double[]> lambdas, List<double[]> residuals, Stop stop, int steps, int rejected,
               int jacobians, int bifurcations, boolean straightThrough) {
    }

    /**
     * A step shorter than this (arc length) that still reverses the orientation crosses a bifurcation point
     * rather than jumping to another path: the tracer then switches branch.
     */
    static final double BIFURCATION_STEP = 1e-7;
    /** Arc length of the first step onto the new branch after a bifurcation. */
    static final double SWITCH_STEP = 1e-2;
    /**
     * Arc length of the step that jumps over a singular point of the path (a bifurcation point, where the
     * corrector's matrix is singular), tried once the step has shrunk below {@link #BIFURCATION_STEP}.
     */
    static final double JUMP_STEP = 1e-3;
    /**
     * Corrections that small count as converged next to a singular point, where rounding in H, amplified by the
     * nearly singular matrix, keeps Newton's corrections from falling to the usual tolerance.
     */
    static final double NEAR_SINGULAR_TOLERANCE = 1e-9;

    private final ResponseSystem sys;
    private final int n;
    private final double[] sigma;
    private final double[] q;
    private final double[][] l;
    private final double[][] jac;
    private final double[][] a;
    private final double[] rhs;
    private final double[] h;
    private final double scale;
    int jacobians;

    LogitHomotopy(ResponseSystem sys) {
        this.sys = sys;
        this.n = sys.size;
        sigma = new double[n];
        q = new double[n];
        l = new double[n][n];
        jac = new double[n][n + 1];
        a = new double[n + 1][];
        for (int k = 0; k <= n; k++) {
            a[k] = new double[n + 1];
        }
        rhs = new double[n + 1];
        h = new double[n];
        scale = sys.payoffScale();
    }

    /** Evaluates H and (if {@code withJacobian}) its Jacobian at y; fills sigma, q. */
    void evaluate(double[] y, boolean withJacobian) {
        double lambda = y[n];
        for (int k = 0; k < n; k++) {
            sigma[k] = Math.exp(y[k]);
        }
        sys.evaluate(sigma, y, true, q, withJacobian ? l : null);
        if (withJacobian) {
            jacobians++;
        }
        for (int b = 0; b < sys.blocks(); b++) {
            int s = sys.start[b];
            int e = sys.start[b + 1];
            double sum = 0;
            for (int k = s; k < e; k++) {
                sum += sigma[k];
            }
            h[s] = sum - 1.0;
            if (withJacobian) {
                double[] row = jac[s];
                java.util.Arrays.fill(row, 0.0);
                for (int k = s; k < e; k++) {
                    row[k] = sigma[k];
                }
            }
            for (int k = s + 1; k < e; k++) {
                h[k] = y[k] - y[s] - lambda * (q[k] - q[s]);
                if (withJacobian) {
                    double[] row = jac[k];
                    double[] lk = l[k];
                    double[] ls = l[s];
                    for (int m = 0; m < n; m++) {
                        row[m] = -lambda * (lk[m] - ls[m]);
                    }
                    row[k] += 1.0;
                    row[s] -= 1.0;
                    row[n] = -(q[k] - q[s]);
                }
            }
        }
    }

    /**
     * Solves [J; t^T] x = (-H; last) into x (length n+1).
     *
     * @return the sign of det [J; t^T], or 0 if singular
     */
    private int solveBordered(double[] t, double last, boolean useH, double[] x) {
        for (int k = 0; k < n; k++) {
            System.arraycopy(jac[k], 0, a[k], 0, n + 1);
            rhs[k] = useH ? -h[k] : 0.0;
        }
        System.arraycopy(t, 0, a[n], 0, n + 1);
        rhs[n] = last;
        int sign = Dense.solveSigned(a, rhs, n + 1);
        if (sign != 0) {
            System.arraycopy(rhs, 0, x, 0, n + 1);
        }
        return sign;
    }

    /**
     * Unit tangent at the last evaluated point, oriented along {@code prev}.
     *
     * @return the orientation: sign of det [J; t^T] (equal to that of det [J; prev^T] since t.prev > 0), or 0
     *     if singular
     */
    private int tangent(double[] prev, double[] t) {
        int sign = solveBordered(prev, 1.0, false, t);
        if (sign == 0) {
            return 0;
        }
        double nt = Dense.norm(t, n + 1);
        for (int k = 0; k <= n; k++) {
            t[k] /= nt;
        }
        return sign;
    }

    /** Max over blocks of (best value - average value), relative to the payoff range: the agent regret. */
    double agentRegret() {
        double r = 0;
        for (int b = 0; b < sys.blocks(); b++) {
            double best = Double.NEGATIVE_INFINITY;
            double avg = 0;
            for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                best = Math.max(best, q[k]);
                avg += sigma[k] * q[k];
            }
            r = Math.max(r, best - avg);
        }
        return r / scale;
    }

    /** max_k |sigma_k - logit_lambda(Q)_k| at the last evaluated point: the QRE residual certificate. */
    double residual(double lambda) {
        double r = 0;
        for (int b = 0; b < sys.blocks(); b++) {
            int s = sys.start[b];
            int e = sys.start[b + 1];
            double mx = Double.NEGATIVE_INFINITY;
            for (int k = s; k < e; k++) {
                mx = Math.max(mx, lambda * q[k]);
            }
            double z = 0;
            for (int k = s; k < e; k++) {
                z += Math.exp(lambda * q[k] - mx);
            }
            for (int k = s; k < e; k++) {
                r = Math.max(r, Math.abs(sigma[k] - Math.exp(lambda * q[k] - mx) / z));
            }
        }
        return r;
    }

    double[] sigmaCopy() {
        return sigma.clone();
    }

    /** The centroid at lambda = 0. */
    double[] start() {
        double[] y = new double[n + 1];
        for (int b = 0; b < sys.blocks(); b++) {
            double v = -Math.log(sys.start[b + 1] - sys.start[b]);
            for (int k = sys.start[b]; k < sys.start[b + 1]; k++) {
                y[k] = v;
            }
        }
        return y;
    }

    /**
     * Follows the principal branch from the centroid.
     *
     * @param o tracer options
     * @param stopLambda stop at the first accepted point with lambda >= this
     * @param stopAtRegret stop when the agent regret is at most {@code o.endRegret()}
     * @param switchBranches whether to switch branch at bifurcation points (see {@link #switchBranch}); without
     *     it the orientation is not watched and the path goes straight through them
     * @param consumer receives each accepted point (y, which it must copy), or null
     */
    Raw trace(LogitQreTracer.Options o, double stopLambda, boolean stopAtRegret, boolean switchBranches,
              java.util.function.Consumer<double[]> consumer) {
        List<double[]> sigmas = new ArrayList<>();
        List<double[]> lambdas = new ArrayList<>();
        List<double[]> residuals = new ArrayList<>();
        double[] y = start();
        double[] t = new double[n + 1];
        double[] tn = new double[n + 1];
        double[] z = new double[n + 1];
        double[] dz = new double[n + 1];
        double[] prev = new double[n + 1];
        prev[n] = 1.0;
        evaluate(y, true);
        // Along a regular path the sign of det [J; t^T] stays fixed; a change means the step crossed a
        // bifurcation point or jumped to another path (Allgower and Georg 1990, ch. 8)
        int orientation = tangent(prev, t);
        if (orientation == 0) {
            throw new IllegalStateException("singular Jacobian at the centroid");
        }
        int bifurcations = 0;
        boolean jump = false;
        boolean jumpTried = false;
        sigmas.add(sigmaCopy());
        lambdas.add(new double[] {0.0});
        residuals.add(new double[] {residual(0.0)});
        double step = o.firstStep();
        int steps = 0;
        int rejected = 0;
        Stop stop;
        while (true) {
            SolverInterruptedException.checkInterrupt(LogitQreTracer.class.getSimpleName());
            if (steps >= o.maxSteps()) {
                stop = Stop.STEPS;
                break;
            }
            if (step < o.minStep()) {
                stop = Stop.STEP_TOO_SMALL;
                break;
            }
            double h = jump ? JUMP_STEP : step;
            for (int k = 0; k <= n; k++) {
                z[k] = y[k] + h * t[k];
            }
            boolean ok = z[n] >= 0;
            double d1 = 0;
            double contraction = 0;
            int iters = 0;
            double prevNorm = 0;
            boolean converged = false;
            while (ok && iters < (jump ? 4 : 1) * o.maxCorrectorIterations()) {
                evaluate(z, true);
                if (solveBordered(t, 0.0, true, dz) == 0) {
                    ok = false;
                    break;
                }
                double dn = Dense.norm(dz, n + 1);
                iters++;
                if (iters == 1) {
                    d1 = dn;
                    if (d1 > o.maxCorrectorDistance() && !jump) {
                        ok = false;
                        break;
                    }
                } else if (!jump) {
                    contraction = Math.max(contraction, dn / Math.max(prevNorm, 1e-300));
                    if (contraction > 0.5) {
                        ok = false;
                        break;
                    }
                }
                prevNorm = dn;
                for (int k = 0; k <= n; k++) {
                    z[k] += dz[k];
                }
                // converged when probabilities (sigma * dv) and lambda have settled; the log of a vanishing
                // probability need not settle
                double ds = 0;
                for (int k = 0; k < n; k++) {
                    ds = Math.max(ds, sigma[k] * Math.abs(dz[k]));
                }
                double ctol = jump ? Math.max(o.correctorTolerance(), NEAR_SINGULAR_TOLERANCE) : o.correctorTolerance();
                if (ds <= ctol && Math.abs(dz[n]) <= ctol * (1.0 + Math.abs(z[n]))) {
                    converged = true;
                    break;
                }
            }
            boolean reversed = false;
            if (ok && converged) {
                evaluate(z, true);
                int sign = z[n] >= 0 ? tangent(t, tn) : 0;
                ok = sign != 0;
                reversed = switchBranches && sign == -orientation;
            }
            double cos = 0;
            if (ok && converged) {
                for (int k = 0; k <= n; k++) {
                    cos += t[k] * tn[k];
                }
                ok = jump || cos >= Math.cos(o.maxAngle());
            }
            if (ok && converged && reversed && (jump || step <= BIFURCATION_STEP)) {
                // a bifurcation point lies between y and z: continue on the branch that keeps the orientation
                if (!switchBranch(y, t, z, orientation, o)) {
                    stop = Stop.STEP_TOO_SMALL;
                    break;
                }
                bifurcations++;
                steps++;
                System.arraycopy(z, 0, y, 0, n + 1);
                sigmas.add(sigmaCopy());
                lambdas.add(new double[] {y[n]});
                residuals.add(new double[] {residual(y[n])});
                if (consumer != null) {
                    consumer.accept(y);
                }
                step = SWITCH_STEP;
                jump = false;
                jumpTried = false;
                continue;
            }
            if (!(ok && converged) || reversed) {
                rejected++;
                if (jump) {
                    jump = false; // the jump failed too: go on halving as before
                } else {
                    step *= 0.5;
                    if (switchBranches && step < BIFURCATION_STEP && !jumpTried) {
                        // steps keep failing near a singular point of the path: try once to jump over it
                        jump = true;
                        jumpTried = true;
                    }
                }
                continue;
            }
            if (jump) {
                step = JUMP_STEP;
                jump = false;
            } else {
                jumpTried = false;
            }
            steps++;
            System.arraycopy(z, 0, y, 0, n + 1);
            System.arraycopy(tn, 0, t, 0, n + 1);
            sigmas.add(sigmaCopy());
            lambdas.add(new double[] {y[n]});
            residuals.add(new double[] {residual(y[n])});
            if (consumer != null) {
                consumer.accept(y);
            }
            if (y[n] >= stopLambda || y[n] >= o.maxLambda()) {
                stop = Stop.LAMBDA;
                break;
            }
            if (stopAtRegret && agentRegret() <= o.endRegret()) {
                stop = Stop.REGRET;
                break;
            }
            boolean easy = iters <= 2 && d1 <= 0.25 * o.maxCorrectorDistance() && Math.acos(Math.min(1, cos)) <= 0.25 * o.maxAngle();
            step *= easy ? 2.0 : iters <= 3 ? 1.25 : 1.0;
        }
        return new Raw(sigmas, lambdas, residuals, stop, steps, rejected, jacobians, bifurcations, !switchBranches);
    }

    /**
     * Branch switching at a bifurcation point between the accepted point {@code y} (tangent {@code t}) and the
     * point {@code z} just past it, where the orientation reversed. At the bifurcation point the Jacobian's
     * kernel is two-dimensional: the old tangent and the direction d of the crossing branch. d is found by
     * inverse iteration with [J; t^T] at the midpoint (nearly singular there, its near-kernel is d). Both
     * directions along d are tried in a fixed order (first the one along which the first variable that moves
     * decreases: an arbitrary convention that agrees with Gambit on artist2.efg): the first whose corrected point keeps {@code orientation} is taken (through a symmetric
     * pitchfork both arms are mirror images and keep it; the straight continuation of the old branch reverses it,
     * which is why it is not taken: in every nearby generic game the branch turns onto an arm). On success
     * {@code z} holds the first point of the new branch, {@code t} its tangent, and the last evaluation is at z.
     *
     * @return false if the kernel direction or a corrected point on the new branch could not be found
     */
    private boolean switchBranch(double[] y, double[] t, double[] z, int orientation, LogitQreTracer.Options o) {
        double[] m = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            m[k] = 0.5 * (y[k] + z[k]);
        }
        evaluate(m, true);
        double[] w = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            w[k] = 1.0 + 0.01 * (k % 7); // deterministic start with components along every direction
        }
        double[] x = new double[n + 1];
        for (int it = 0; it < 3; it++) {
            for (int k = 0; k < n; k++) {
                System.arraycopy(jac[k], 0, a[k], 0, n + 1);
            }
            System.arraycopy(t, 0, a[n], 0, n + 1);
            System.arraycopy(w, 0, rhs, 0, n + 1);
            if (Dense.solveSigned(a, rhs, n + 1) == 0) {
                return false;
            }
            double nr = Dense.norm(rhs, n + 1);
            for (int k = 0; k <= n; k++) {
                w[k] = rhs[k] / nr;
            }
        }
        double dot = 0;
        for (int k = 0; k <= n; k++) {
            dot += w[k] * t[k];
        }
        for (int k = 0; k <= n; k++) {
            x[k] = w[k] - dot * t[k];
        }
        double nx = Dense.norm(x, n + 1);
        if (!(nx > 0.5)) {
            return false;
        }
        double big = Dense.maxAbs(x, n + 1);
        int first = 0;
        while (Math.abs(x[first]) < 1e-3 * big) {
            first++;
        }
        double sgn = x[first] < 0 ? 1.0 : -1.0;
        double[] d = new double[n + 1];
        double[] cand = new double[n + 1];
        double[] dz = new double[n + 1];
        double[] tn = new double[n + 1];
        for (int attempt = 0; attempt < 2; attempt++, sgn = -sgn) {
            for (int k = 0; k <= n; k++) {
                d[k] = sgn * x[k] / nx;
                cand[k] = m[k] + SWITCH_STEP * d[k];
            }
            boolean converged = false;
            for (int it = 0; it < 4 * o.maxCorrectorIterations() && cand[n] >= 0; it++) {
                evaluate(cand, true);
                if (solveBordered(d, 0.0, true, dz) == 0) {
                    break;
                }
                for (int k = 0; k <= n; k++) {
                    cand[k] += dz[k];
                }
                if (Dense.maxAbs(dz, n + 1) <= Math.max(o.correctorTolerance(), NEAR_SINGULAR_TOLERANCE)) {
                    converged = true;
                    break;
                }
            }
            if (!converged || cand[n] < 0) {
                continue;
            }
            evaluate(cand, true);
            if (tangent(d, tn) == orientation) {
                System.arraycopy(cand, 0, z, 0, n + 1);
                System.arraycopy(tn, 0, t, 0, n + 1);
                return true;
            }
        }
        return false;
    }

    /**
     * Newton at fixed lambda from {@code v0} (log probabilities): square system H(v, lambda) = 0. Steps are
     * damped to at most 2 in max norm. @return the solution y (v, lambda), or null if it did not converge
     */
    double[] newtonAt(double[] v0, double lambda, int maxIter, double tol) {
        double[] y = new double[n + 1];
        System.arraycopy(v0, 0, y, 0, n);
        y[n] = lambda;
        double[][] sq = new double[n][];
        for (int it = 0; it < maxIter; it++) {
            evaluate(y, true);
            for (int k = 0; k < n; k++) {
                sq[k] = a[k];
                System.arraycopy(jac[k], 0, sq[k], 0, n);
                rhs[k] = -h[k];
            }
            if (!Dense.solve(sq, rhs, n)) {
                return null;
            }
            double mx = Dense.maxAbs(rhs, n);
            double damp = mx > 2.0 ? 2.0 / mx : 1.0;
            for (int k = 0; k < n; k++) {
                y[k] += damp * rhs[k];
            }
            if (damp == 1.0 && mx <= tol * (1.0 + Dense.maxAbs(y, n))) {
                evaluate(y, false);
                return y;
            }
        }
        return null;
    }
}
