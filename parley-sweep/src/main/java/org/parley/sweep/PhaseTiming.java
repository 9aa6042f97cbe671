package org.parley.sweep;

/**
 * How long one phase took (wall time on the driver).
 *
 * @param evaluations design points evaluated
 * @param seconds     wall time
 */
public record PhaseTiming(Phase phase, long evaluations, double seconds) {
    /** Evaluations per second. */
    public double throughput() {
        return seconds > 0 ? evaluations / seconds : Double.NaN;
    }
}
