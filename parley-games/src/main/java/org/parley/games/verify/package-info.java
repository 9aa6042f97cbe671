/**
 * Verification of equilibria: {@link org.parley.games.verify.Regret} computes the maximum regret of mixed
 * strategy and behaviour profiles, exactly or in doubles, and {@link org.parley.games.verify.Tolerance}
 * names the bound applied to double results. Every solver calls this before returning.
 * {@link org.parley.games.verify.SequentialRationality} checks an assessment (profile and beliefs) for Bayes
 * consistency and sequential rationality, exactly; {@link org.parley.games.verify.LogitResidual} is the certificate
 * of an agent logit quantal response equilibrium.
 */
package org.parley.games.verify;
