/**
 * Summary statistics of sweep outputs, computed from the rows in index order so that every engine gives the same
 * bits: {@link org.parley.sweep.stats.ValueSummary} (mean, quantiles, their Monte Carlo standard errors,
 * histogram), {@link org.parley.sweep.stats.Share} (a proportion with its standard error) and
 * {@link org.parley.sweep.stats.BootstrapEstimate}.
 */
package org.parley.sweep.stats;
