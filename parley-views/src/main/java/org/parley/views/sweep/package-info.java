/**
 * Presentation of sweeps ({@link org.parley.sweep.SweepResult}): the JSON document (Jackson, from the typed
 * records), the CSV table of summaries, the terminal summary and the self-contained HTML report with histograms,
 * interval bars, outcome-probability bands per stance, zone probabilities, tornado charts and Sobol indices.
 */
package org.parley.views.sweep;
