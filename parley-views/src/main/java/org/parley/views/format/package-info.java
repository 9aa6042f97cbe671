/**
 * Formatting shared by every medium: {@link org.parley.views.format.Numbers} (every number shown to people, in
 * one class), {@link org.parley.views.format.Typography} (terminal ASCII or report Unicode),
 * {@link org.parley.views.format.Escaping} (HTML and SVG text) and {@link org.parley.views.format.Phrases} (the
 * words for verdicts, lever answers, crisis outcomes and readings).
 */
package org.parley.views.format;
