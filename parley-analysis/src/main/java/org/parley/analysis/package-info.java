/**
 * From a scenario to a strategic choice. {@link org.parley.analysis.levers} answers "what would it take": the
 * smallest change of one actor's attribute that moves a forecast across a threshold. {@link org.parley.analysis.crisis}
 * builds crisis-bargaining games (International Interaction Game, its logit variant, costly signalling, tying
 * hands) as extensive games of the engine and solves them. {@link org.parley.analysis.plan} runs what the
 * scenario's {@code games:} and {@code levers:} sections ask (both read and checked by {@code parley-scenario}).
 * Results are typed records only; every view of them (text, HTML, SVG, CSV, JSON) is in parley-views.
 */
package org.parley.analysis;
