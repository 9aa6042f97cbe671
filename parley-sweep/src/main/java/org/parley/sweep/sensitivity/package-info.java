/**
 * Which inputs move each output: one-at-a-time swings (tornado charts, {@link
 * org.parley.sweep.sensitivity.SwingAnalysis}) and variance-based first-order and total Sobol indices with
 * bootstrap intervals ({@link org.parley.sweep.sensitivity.SobolAnalysis}, Saltelli et al. 2010).
 */
package org.parley.sweep.sensitivity;
