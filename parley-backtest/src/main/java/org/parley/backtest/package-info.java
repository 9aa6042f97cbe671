/**
 * Backtests: how close each bargaining model comes to real decisions. A {@link org.parley.backtest.BacktestCase}
 * is a scenario plus the real outcome of some of its issues; {@link org.parley.backtest.Backtest} runs every
 * candidate model on every case and scores the errors (mean, median and root-mean-square absolute error, share
 * within 10 points, error relative to the compromise model) with cluster-bootstrap intervals (cases resampled
 * whole); {@link org.parley.backtest.CrossValidation} chooses among model variants and ensembles by k-fold
 * cross-validation grouped by case and reports only out-of-fold errors. Importers for published data sets live in
 * sub-packages ({@code deu}).
 */
package org.parley.backtest;
