package org.parley.sweep.stats;

/**
 * An estimate with a bootstrap percentile confidence interval.
 *
 * @param value the estimate from the full sample
 * @param low   2.5% percentile of the bootstrap replicates
 * @param high  97.5% percentile
 */
public record BootstrapEstimate(double value, double low, double high) {
}
