/**
 * What a scenario asks to be analysed beyond the bargaining forecasts, ready to run: an
 * {@link org.parley.analysis.plan.AnalysisPlan} holds the scenario's games and its lever questions bound to their
 * games (the sections are typed and checked when the scenario is read; the plan checks the model ids a lever names,
 * locating problems in the file through the reader's JSON-pointer locator), and runs them
 * ({@link org.parley.analysis.plan.AnalysisPlan#runGames}, {@link org.parley.analysis.plan.AnalysisPlan#runLever}),
 * giving crisis reports and lever answers for the command line and the HTML report.
 */
package org.parley.analysis.plan;
