package org.parley.games.solve.nplayer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.ExtensiveGame;
import org.parley.games.ForeignObjectException;
import org.parley.games.Game;
import org.parley.games.Profile;
import org.parley.games.StrategicGame;
import org.parley.games.UnsupportedGameException;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.Representation;
import org.parley.games.solve.SolverOptions;
import org.parley.games.verify.Tolerance;

/**
 * Logit quantal response equilibria (McKelvey and Palfrey 1995, "Quantal response equilibria for normal
 * form games", GEB 10:6–38): {@code sigma = logit_lambda(Q(sigma))}, where in every block
 * {@code logit_lambda(Q)_a = exp(lambda Q_a) / sum_b exp(lambda Q_b)}. For a strategic game the blocks are
 * the players and Q the expected payoffs of their pure strategies; for a tree the blocks are the information
 * sets (agent QRE, McKelvey and Palfrey 1998) and Q the expected payoffs of the actions conditional on
 * reaching the information set, whose limit points as lambda grows are sequential equilibria (Turocy 2010,
 * "Computing sequential equilibria using agent quantal response equilibria", Economic Theory 42).
 *
 * <ul>
 *   <li>{@link #trace} follows the principal branch from the centroid at {@code lambda = 0} by arc-length
 *       predictor–corrector continuation in {@code (log sigma, lambda)} (Turocy 2005, "A dynamic homotopy
 *       interpretation of the logistic quantal response equilibrium correspondence", GEB 51:243–263)
 *       until the agent regret {@code max_b (max_a Q_a - sum_a sigma_a Q_a)} is at most
 *       {@link Options#endRegret()} times the payoff range.</li>
 *   <li>{@link #solveAt} computes the QRE at one lambda by Newton's method on the same equations at fixed
 *       lambda, warm-started; if Newton fails it follows the principal branch to lambda and corrects there,
 *       so the answer is the principal-branch QRE whenever the warm start is not already a QRE.</li>
 * </ul>
 *
 * <p>Complexity per continuation step: one or a few Jacobians, O(cells * n^2) for a table with n players
 * (O(nodes * depth + size^2) for a tree), plus O(size^3) dense linear algebra. Stateless and thread-safe.
 */
public final class LogitQreTracer {
    private final Options options;

    /**
     * Options of the tracer (also the options record of the {@code logit} method).
     *
     * @param firstStep initial arc-length step, {@code > 0} (Gambit uses 0.03)
     * @param minStep smallest step before giving up, {@code 0 < minStep <= firstStep}
     * @param maxLambda lambda at which tracing stops in any case, {@code > 0}
     * @param endRegret trace until the agent regret relative to the payoff range is at most this, in (0, 1)
     * @param maxSteps budget of accepted steps, {@code >= 1}
     * @param maxCorrectorIterations Newton corrector iterations per step, {@code >= 1}
     * @param correctorTolerance corrector stops when every probability moves by at most this ({@code sigma_k |dv_k|})
     *     and lambda by at most this times (1 + lambda), in (0, 1e-3]
     * @param maxCorrectorDistance largest first corrector step (in log-probability units) accepted, {@code > 0}
     * @param maxAngle largest angle in radians between successive tangents, in (0, pi/2)
     * @param tolerance regret tolerance for verifying the polished equilibrium
     */
    public record Options(double firstStep, double minStep, double maxLambda, double endRegret, int maxSteps,
                          int maxCorrectorIterations, double correctorTolerance, double maxCorrectorDistance, double maxAngle,
                          Tolerance tolerance) implements SolverOptions {
        public Options {
            if (!(firstStep > 0) || Double.isInfinite(firstStep)) {
                throw new IllegalArgumentException("firstStep must be finite and > 0, was " + firstStep);
            }
            if (!(minStep > 0) || minStep > firstStep) {
                throw new IllegalArgumentException("minStep must be > 0 and <= firstStep, was " + minStep);
            }
            if (!(maxLambda > 0)) {
                throw new IllegalArgumentException("maxLambda must be > 0, was " + maxLambda);
            }
            if (!(endRegret > 0 && endRegret < 1)) {
                throw new IllegalArgumentException("endRegret must be in (0, 1), was " + endRegret);
            }
            if (maxSteps < 1) {
                throw new IllegalArgumentException("maxSteps must be >= 1, was " + maxSteps);
            }
            if (maxCorrectorIterations < 1) {
                throw new IllegalArgumentException("maxCorrectorIterations must be >= 1, was " + maxCorrectorIterations);
            }
            if (!(correctorTolerance > 0 && correctorTolerance <= 1e-3)) {
                throw new IllegalArgumentException("correctorTolerance must be in (0, 1e-3], was " + correctorTolerance);
            }
            if (!(maxCorrectorDistance > 0) || Double.isInfinite(maxCorrectorDistance)) {
                throw new IllegalArgumentException("maxCorrectorDistance must be finite and > 0, was " + maxCorrectorDistance);
            }
            if (!(maxAngle > 0 && maxAngle < Math.PI / 2)) {
                throw new IllegalArgumentException("maxAngle must be in (0, pi/2), was " + maxAngle);
            }
            Objects.requireNonNull(tolerance, "tolerance");
        }

        /**
         * Defaults: first step 0.03, min step 1e-12, max lambda 1e12, end regret 1e-8 (Gambit's default max
         * regret), 100000 steps, 6 corrector iterations, corrector tolerance 1e-11, distance 0.4, angle 0.3,
         * {@link Tolerance#DEFAULT}.
         */
        public static Options defaults() {
            return new Options(0.03, 1e-12, 1e12, 1e-8, 100_000, 6, 1e-11, 0.4, 0.3, Tolerance.DEFAULT);
        }

        public Options withEndRegret(double r) {
            return new Options(firstStep, minStep, maxLambda, r, maxSteps, maxCorrectorIterations, correctorTolerance,
                    maxCorrectorDistance, maxAngle, tolerance);
        }

        /** The same options with another first step (the minimum step is lowered to it if needed). */
        public Options withFirstStep(double f) {
            return new Options(f, Math.min(minStep, f), maxLambda, endRegret, maxSteps, maxCorrectorIterations, correctorTolerance,
                    maxCorrectorDistance, maxAngle, tolerance);
        }

        public Options withMaxLambda(double m) {
            return new Options(firstStep, minStep, m, endRegret, maxSteps, maxCorrectorIterations, correctorTolerance,
                    maxCorrectorDistance, maxAngle, tolerance);
        }
    }

    public LogitQreTracer(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public Options options() {
        return options;
    }

    /**
     * @throws UnsupportedGameException for a tree without perfect recall (agent-form limits need not be Nash
     *     equilibria there; Gambit refuses such trees too)
     */
    static ResponseSystem system(Game g) {
        Objects.requireNonNull(g, "game");
        if (g instanceof ExtensiveGame e && !e.perfectRecall()) {
            throw new UnsupportedGameException("logit QRE on a tree needs perfect recall (agent-form limits are Nash equilibria only then)");
        }
        return g instanceof StrategicGame s ? new StrategicResponses(s) : new AgentResponses((ExtensiveGame) g);
    }

    static Representation representation(Game g) {
        return g instanceof StrategicGame ? Representation.STRATEGIC : Representation.AGENT;
    }

    /**
     * Traces the principal branch from the centroid until the agent regret is at most
     * {@link Options#endRegret()} (or lambda reaches {@link Options#maxLambda()}, or the budget ends; see
     * {@link LogitBranch#stopReason()}).
     *
     * @throws UnsupportedGameException for a tree without perfect recall
     * @throws org.parley.games.SolverInterruptedException if interrupted
     */
    public LogitBranch trace(Game g) {
        return trace(system(g), Double.POSITIVE_INFINITY, true);
    }

    /** Traces the principal branch from the centroid until lambda reaches {@code lambda}. */
    public LogitBranch traceTo(Game g, double lambda) {
        checkLambda(lambda);
        return trace(system(g), lambda, false);
    }

    LogitBranch trace(ResponseSystem sys, double stopLambda, boolean stopAtRegret) {
        long start = System.nanoTime();
        LogitHomotopy.Raw raw = traceRaw(sys, stopLambda, stopAtRegret);
        List<QrePoint> pts = new ArrayList<>(raw.sigmas().size());
        for (int k = 0; k < raw.sigmas().size(); k++) {
            pts.add(new QrePoint(raw.lambdas().get(k)[0], sys.profile(raw.sigmas().get(k)), raw.residuals().get(k)[0]));
        }
        LogitBranch.StopReason why = switch (raw.stop()) {
            case REGRET -> LogitBranch.StopReason.REGRET_REACHED;
            case LAMBDA -> LogitBranch.StopReason.LAMBDA_REACHED;
            case STEPS -> LogitBranch.StopReason.MAX_STEPS;
            case STEP_TOO_SMALL -> LogitBranch.StopReason.STEP_TOO_SMALL;
        };
        Diagnostics d = Diagnostics.of(start, Map.of("steps", (long) raw.steps(), "rejectedSteps", (long) raw.rejected(),
                "jacobians", (long) raw.jacobians(), "bifurcations", (long) raw.bifurcations(), "straightThrough",
                raw.straightThrough() ? 1L : 0L));
        return new LogitBranch(sys.game(), representation(sys.game()), options, pts, why, d);
    }

    /**
     * The branch with branch switching at bifurcation points; if that trace gets stuck after a switch (a
     * bifurcation with a kernel of more than two dimensions, where the direction found need not be a branch),
     * the branch traced straight through every bifurcation instead.
     */
    private LogitHomotopy.Raw traceRaw(ResponseSystem sys, double stopLambda, boolean stopAtRegret) {
        LogitHomotopy.Raw raw = new LogitHomotopy(sys).trace(options, stopLambda, stopAtRegret, true, null);
        boolean stuck = raw.stop() == LogitHomotopy.Stop.STEP_TOO_SMALL || raw.stop() == LogitHomotopy.Stop.STEPS;
        if (stuck && raw.bifurcations() > 0) {
            LogitHomotopy.Raw straight = new LogitHomotopy(sys).trace(options, stopLambda, stopAtRegret, false, null);
            return new LogitHomotopy.Raw(straight.sigmas(), straight.lambdas(), straight.residuals(), straight.stop(),
                    straight.steps(), straight.rejected() + raw.rejected(), straight.jacobians() + raw.jacobians(), raw.bifurcations(), true);
        }
        return raw;
    }

    private static void checkLambda(double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and >= 0, was " + lambda);
        }
    }

    /**
     * The logit QRE at {@code lambda}. Without a warm start: the principal-branch QRE, i.e. the branch is traced
     * from the centroid to the first point with lambda at or beyond {@code lambda}, interpolated, and corrected by
     * Newton at fixed lambda. With a warm start: Newton on {@code H(v, lambda) = 0} from it (the QRE it converges
     * to, which need not be on the principal branch when there are several), falling back to the branch if
     * Newton fails. Converged when the Newton step is below 1e-12 (relative); the residual certificate is in
     * the result.
     *
     * @param warmStart a profile of {@code g} with positive probabilities, or null
     * @throws QreConvergenceException if neither Newton nor the trace converge
     * @throws ForeignObjectException if the warm start belongs to another game
     */
    public QrePoint solveAt(Game g, double lambda, Profile warmStart) {
        checkLambda(lambda);
        ResponseSystem sys = system(g);
        LogitHomotopy hom = new LogitHomotopy(sys);
        double[] v0 = new double[sys.size];
        if (warmStart != null) {
            ForeignObjectException.check(g, warmStart.game(), "warm start");
            double[] s = warmStart.toFlatArray();
            for (int k = 0; k < sys.size; k++) {
                v0[k] = Math.log(Math.max(s[k], 1e-300));
            }
        } else {
            System.arraycopy(hom.start(), 0, v0, 0, sys.size);
        }
        double[] y = warmStart == null ? null : hom.newtonAt(v0, lambda, 100, 1e-12);
        if (y == null) {
            LogitHomotopy.Raw raw = traceRaw(sys, lambda, false);
            int k = raw.lambdas().size() - 1;
            double lk = raw.lambdas().get(k)[0];
            if (lk < lambda) {
                throw new QreConvergenceException("principal branch did not reach lambda " + lambda + " (" + raw.stop() + ")", lk,
                        raw.residuals().get(k)[0]);
            }
            // interpolate between the two points around lambda, in log coordinates
            double[] hi = raw.sigmas().get(k);
            double[] lo = raw.sigmas().get(Math.max(0, k - 1));
            double llo = raw.lambdas().get(Math.max(0, k - 1))[0];
            double f = lk > llo ? (lambda - llo) / (lk - llo) : 1.0;
            for (int m = 0; m < sys.size; m++) {
                double a = Math.log(Math.max(lo[m], 1e-300));
                double b = Math.log(Math.max(hi[m], 1e-300));
                v0[m] = a + f * (b - a);
            }
            y = hom.newtonAt(v0, lambda, 100, 1e-12);
            if (y == null) {
                throw new QreConvergenceException("Newton at fixed lambda failed after tracing", lambda, raw.residuals().get(k)[0]);
            }
        }
        return new QrePoint(lambda, sys.profile(hom.sigmaCopy()), hom.residual(lambda));
    }
}
