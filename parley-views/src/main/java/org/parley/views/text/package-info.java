/**
 * Terminal text, plain ASCII with aligned columns: forecasts ({@link org.parley.views.text.ForecastText}), crisis
 * games ({@link org.parley.views.text.CrisisText}), levers ({@link org.parley.views.text.LeverText}), scenario
 * lines ({@link org.parley.views.text.ScenarioText}), games and equilibria in Gambit's format
 * ({@link org.parley.views.text.GameInfoText}, {@link org.parley.views.text.GambitText}). Layout helpers are in
 * {@link org.parley.views.text.TextTable}; numbers come from {@code org.parley.views.format.Numbers}.
 */
package org.parley.views.text;
