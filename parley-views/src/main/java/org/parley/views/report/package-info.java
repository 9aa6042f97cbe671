/**
 * The self-contained HTML report of an analysis: one file with inline CSS and inline SVG charts, no external
 * resources, readable offline and on paper. {@link org.parley.views.report.HtmlReport} renders it;
 * {@link org.parley.views.report.IssueSummary} holds the cross-model comparison (ensemble spread, who gains and who
 * loses against the status quo) that the report and the command line both show.
 */
package org.parley.views.report;
