/**
 * The SVG drawings, written by hand (only dots, lines and text; no charting library, nothing loaded from anywhere):
 * {@link org.parley.views.svg.IssueChartsSvg} (actor positions on an issue, positions per round),
 * {@link org.parley.views.svg.GameTreeSvg} (a game tree with actions, chance probabilities, payoffs, information
 * sets and the equilibrium path highlighted), {@link org.parley.views.svg.LeverChartSvg} (a lever scan with threshold
 * and crossings) and {@link org.parley.views.svg.ProbabilityChartSvg} (a crisis game's outcome probabilities per
 * stance). Colours and dashes come from {@link org.parley.views.svg.Palette}, axis ticks from
 * {@link org.parley.views.svg.Ticks}, numbers and escaping from {@code org.parley.views.format}.
 */
package org.parley.views.svg;
