package org.parley.scenario;

import java.util.Objects;

/**
 * A number given by the analyst (a position, salience, capability, status quo) with its optional uncertainty.
 *
 * @param value       the point value used by the models
 * @param uncertainty how uncertain the value is; {@link Uncertainty.None} for a plain number
 */
public record Estimate(double value, Uncertainty uncertainty) {
    public Estimate {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, got " + value);
        }
        Objects.requireNonNull(uncertainty, "uncertainty");
    }

    /** A plain number without uncertainty. */
    public static Estimate of(double value) {
        return new Estimate(value, Uncertainty.None.INSTANCE);
    }

    public boolean isUncertain() {
        return !(uncertainty instanceof Uncertainty.None);
    }
}
