/**
 * Crisis-bargaining templates built as extensive games of the engine ({@code org.parley.games}) and solved:
 * the International Interaction Game of Bueno de Mesquita &amp; Lalman (1992) by backward induction
 * ({@link org.parley.analysis.crisis.InteractionGame}), its statistical-strategic logit variant after Signorino
 * (1999), and two-type crises with private resolve — costly signalling and tying hands (Fearon 1994, 1997) — by
 * exact enumeration of perfect Bayesian equilibria ({@link org.parley.analysis.crisis.SignalingGame}).
 * {@link org.parley.analysis.crisis.ParameterMapping} derives template parameters from a scenario and
 * {@link org.parley.analysis.crisis.CrisisAnalysis} runs a {@code games:} entry. Every equilibrium is checked on the
 * extensive form: Nash regret by the engine ({@code org.parley.games.verify.Regret}), sequential rationality
 * given the reported beliefs by {@link org.parley.analysis.crisis.SequentialRationality}.
 */
package org.parley.analysis.crisis;
