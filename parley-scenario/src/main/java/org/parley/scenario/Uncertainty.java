package org.parley.scenario;

/**
 * How uncertain an input number is, for Monte Carlo sweeps and sensitivity analysis.
 * A plain number in a scenario file carries {@link None}.
 */
public sealed interface Uncertainty {
    /** No uncertainty stated: the value is taken as given. */
    record None() implements Uncertainty {
        public static final None INSTANCE = new None();
    }

    /** The true value lies somewhere in [low, high] (sampled uniformly unless a sweep says otherwise). */
    record Range(double low, double high) implements Uncertainty {
        public Range {
            if (!(low <= high)) {
                throw new IllegalArgumentException("range low " + low + " must not exceed high " + high);
            }
        }
    }

    /** The value is the mean of a normal distribution with this standard deviation (truncated to the valid domain). */
    record StdDev(double sd) implements Uncertainty {
        public StdDev {
            if (!(sd >= 0) || Double.isInfinite(sd)) {
                throw new IllegalArgumentException("standard deviation must be finite and >= 0, got " + sd);
            }
        }
    }
}
