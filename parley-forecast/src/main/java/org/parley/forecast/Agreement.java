package org.parley.forecast;

import java.util.List;
import java.util.Objects;

/**
 * Whether a forecast outcome is an agreement among the decisive actors, and who blocks when it is not.
 *
 * @param status     agreement, no agreement (the reversion point holds), or not modelled (the scenario does not say
 *                   who decides, or the model was asked to ignore it)
 * @param reversion  the reversion point used (NaN when not modelled)
 * @param acceptable the closure of the set of outcomes the decisive actors accept against the reversion point
 *                   (contains the reversion point); null when not modelled
 * @param blockers   when there is no agreement: the decisive actors whose opposition blocks every move (on either
 *                   side of the reversion point), in scenario order; empty otherwise
 */
public record Agreement(Status status, double reversion, IssueForecast.Interval acceptable, List<String> blockers) {
    /** What a model says about agreement. */
    public enum Status { AGREEMENT, NO_AGREEMENT, NOT_MODELLED }

    /** The value of forecasts that do not model who decides. */
    public static final Agreement NOT_MODELLED = new Agreement(Status.NOT_MODELLED, Double.NaN, null, List.of());

    public Agreement {
        Objects.requireNonNull(status, "status");
        blockers = List.copyOf(blockers);
        if (status != Status.NOT_MODELLED && (acceptable == null || !Double.isFinite(reversion))) {
            throw new IllegalArgumentException("an agreement status needs the reversion point and the acceptable set");
        }
        if (status != Status.NO_AGREEMENT && !blockers.isEmpty()) {
            throw new IllegalArgumentException("blockers are named only when there is no agreement");
        }
    }
}
