package org.parley.sweep.stats;

/**
 * The share of samples in which something holds, with its Monte Carlo standard error √(p(1 − p)/n).
 *
 * @param count samples in which it holds
 * @param valid samples in which it could be evaluated
 */
public record Share(long count, long valid) {
    public Share {
        if (count < 0 || valid < count) {
            throw new IllegalArgumentException("need 0 <= count <= valid, got " + count + " of " + valid);
        }
    }

    /** The proportion count / valid (NaN when nothing was valid). */
    public double proportion() {
        return valid == 0 ? Double.NaN : (double) count / valid;
    }

    /** Monte Carlo standard error of the proportion. */
    public double standardError() {
        double p = proportion();
        return valid == 0 ? Double.NaN : Math.sqrt(p * (1 - p) / valid);
    }
}
