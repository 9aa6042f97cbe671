/**
 * CSV views: forecasts ({@link org.parley.views.csv.ForecastCsv}), lever answers
 * ({@link org.parley.views.csv.LeverCsv}) and equilibria ({@link org.parley.views.csv.EquilibriumCsv}). Quoting and
 * number cells are {@link org.parley.views.csv.Csv}'s alone.
 */
package org.parley.views.csv;
