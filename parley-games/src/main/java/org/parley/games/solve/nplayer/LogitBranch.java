package org.parley.games.solve.nplayer;

import java.util.List;
import java.util.Objects;
import org.parley.games.Game;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.Representation;

/**
 * The principal branch of the logit QRE correspondence as traced by {@link LogitQreTracer}: the accepted
 * points from the centroid ({@code lambda = 0}) on, in order, each with its residual certificate, and why
 * tracing stopped. Suitable for charts (lambda against each probability). Immutable.
 *
 * @param game the game traced
 * @param representation {@link Representation#STRATEGIC} for tables, {@link Representation#AGENT} for trees
 * @param options the tracer's options
 * @param points accepted points, lambda of the first is 0
 * @param stopReason why tracing ended
 * @param diagnostics counters {@code steps}, {@code rejectedSteps}, {@code jacobians} and the wall time
 */
public record LogitBranch(Game game, Representation representation, LogitQreTracer.Options options, List<QrePoint> points,
                          StopReason stopReason, Diagnostics diagnostics) {
    /** Why tracing ended. */
    public enum StopReason {
        /** The agent regret fell to {@link LogitQreTracer.Options#endRegret()}: the end is near a Nash equilibrium. */
        REGRET_REACHED,
        /** lambda reached the requested value or {@link LogitQreTracer.Options#maxLambda()}. */
        LAMBDA_REACHED,
        /** {@link LogitQreTracer.Options#maxSteps()} accepted steps were used. */
        MAX_STEPS,
        /** The step size fell below {@link LogitQreTracer.Options#minStep()}: the corrector kept failing. */
        STEP_TOO_SMALL
    }

    public LogitBranch {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(representation, "representation");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(diagnostics, "diagnostics");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("points must contain at least the centroid");
        }
    }

    /** The last accepted point. */
    public QrePoint last() {
        return points.get(points.size() - 1);
    }

    /** Largest residual over the branch. */
    public double maxResidual() {
        return points.stream().mapToDouble(QrePoint::residual).max().orElse(0.0);
    }
}
