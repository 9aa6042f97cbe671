/**
 * The self-contained HTML report of an analysis: one file with inline CSS and inline SVG charts (from
 * {@code org.parley.views.svg}), no external resources, readable offline and on paper.
 * {@link org.parley.views.html.HtmlReport} renders it; {@link org.parley.views.html.CrisisHtml} and
 * {@link org.parley.views.html.LeverHtml} add the crisis-game and lever sections. Numbers and escaping come from
 * {@code org.parley.views.format}.
 */
package org.parley.views.html;
