/**
 * Standalone SVG drawings for reports and the CLI: {@link org.parley.analysis.render.GameTreeSvg} (a game tree with
 * actions, chance probabilities, terminal payoffs, information sets and the equilibrium path highlighted) and
 * {@link org.parley.analysis.render.LeverChartSvg} (forecast against attribute value, threshold and crossings marked).
 * Output is a complete {@code <svg>} element with inline styles and no external resources.
 */
package org.parley.analysis.render;
