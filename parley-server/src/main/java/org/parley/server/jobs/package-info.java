/**
 * Runs as jobs: {@link org.parley.server.jobs.JobRunner} (worker pool, states, cancellation, recovery after a
 * restart) and the computations of each run kind ({@link org.parley.server.jobs.AnalysisComputation},
 * {@link org.parley.server.jobs.GameComputation}, {@link org.parley.server.jobs.BacktestComputation}), which call
 * the computation modules and turn their typed results into Parley's one JSON form and the HTML report.
 */
package org.parley.server.jobs;
