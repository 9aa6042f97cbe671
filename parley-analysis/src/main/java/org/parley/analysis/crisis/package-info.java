/**
 * Crisis-bargaining templates built as extensive games of the engine ({@code org.parley.games}) and solved only
 * through the engine's solver API ({@code org.parley.games.solve}): the International Interaction Game of Bueno de
 * Mesquita &amp; Lalman (1992) by backward induction (method {@code spe}) and its statistical-strategic logit variant
 * after Signorino (1999) by the agent logit QRE (method {@code qre}), both in
 * {@link org.parley.analysis.crisis.InteractionGame}; two-type crises with private resolve — costly signalling and
 * tying hands (Fearon 1994, 1997) — by the engine's enumeration of perfect Bayesian equilibria (method {@code pbe}),
 * in {@link org.parley.analysis.crisis.SignalingGame}. This package holds no equilibrium algorithm: it builds the
 * trees, reads the verified results as crisis outcomes ({@link org.parley.analysis.crisis.CrisisOutcome},
 * {@link org.parley.analysis.crisis.TemplateOutcome}) and selects the forecast.
 * {@link org.parley.analysis.crisis.ParameterMapping} derives template parameters from a scenario and
 * {@link org.parley.analysis.crisis.CrisisAnalysis} runs a {@code games:} entry; results carry a
 * {@link org.parley.provenance.Provenance}. The words for these results live in the presentation module.
 */
package org.parley.analysis.crisis;
