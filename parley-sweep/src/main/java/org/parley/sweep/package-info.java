/**
 * Monte Carlo sweeps over a scenario's judged inputs: a {@link org.parley.sweep.SweepSpec} (serialisable, so any
 * engine can rebuild it), the {@link org.parley.sweep.ReplicateEvaluator} that turns one input point into one row of
 * outputs (every model's forecast and agreement per issue, every crisis game's outcome probabilities per stance),
 * zones ({@link org.parley.sweep.ZoneCondition}) and the {@link org.parley.sweep.SweepRunner} that runs the phases
 * through an engine and returns a typed {@link org.parley.sweep.SweepResult}. Presentation is in parley-views.
 * Method and references: docs/analysis/sweeps.md.
 */
package org.parley.sweep;
