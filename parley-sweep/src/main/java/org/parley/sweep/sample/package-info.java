/**
 * Sampling the judged inputs of a scenario: which numbers are uncertain ({@link org.parley.sweep.sample.InputSpace}),
 * their distributions ({@link org.parley.sweep.sample.InputDistribution}: uniform or triangular on ranges, truncated
 * normal for standard deviations, optional Gaussian-copula correlations), the counter-based random streams
 * ({@link org.parley.sweep.sample.ReplicateStreams}) and the designs that index the points a sweep evaluates
 * (Monte Carlo, Saltelli, one-at-a-time swings).
 */
package org.parley.sweep.sample;
