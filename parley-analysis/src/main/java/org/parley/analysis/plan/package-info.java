/**
 * What a scenario asks to be analysed beyond the bargaining forecasts, checked and ready to run:
 * {@link org.parley.analysis.plan.AnalysisPlan} parses the {@code games:} and {@code levers:} sections (problems
 * located in the file through the reader's JSON-pointer locator) and runs them
 * ({@link org.parley.analysis.plan.AnalysisPlan#run}), giving crisis reports and lever answers for the command
 * line and the HTML report.
 */
package org.parley.analysis.plan;
