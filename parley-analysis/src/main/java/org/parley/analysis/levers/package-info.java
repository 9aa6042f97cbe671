/**
 * "What would it take": levers over black-box forecasts. Given a scenario, one actor, one issue and one attribute
 * (position, salience or capability) and a target such as {@code >= 50}, {@link org.parley.analysis.levers.Levers}
 * scans the attribute over its valid domain on a grid (so non-monotone responses are seen), brackets every change
 * of the target's truth value and bisects it to a tolerance. The result reports, per model, the crossing nearest to
 * the current value, every crossing found, the forecasts on either side, the required change (or that the target is
 * unreachable in the domain), the scan data for a chart and the provenance (the one
 * {@link org.parley.provenance.Provenance} record, made from the run's {@link org.parley.provenance.RunContext}).
 * The query's attribute and target are the scenario's types ({@link org.parley.scenario.LeverAttribute},
 * {@link org.parley.scenario.LeverTarget}), checked when a scenario is read.
 */
package org.parley.analysis.levers;
