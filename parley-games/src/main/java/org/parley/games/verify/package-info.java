/**
 * Verification of equilibria: {@link org.parley.games.verify.Regret} computes the maximum regret of mixed
 * strategy and behaviour profiles, exactly or in doubles, and {@link org.parley.games.verify.Tolerance}
 * names the bound applied to double results. Every solver calls this before returning.
 */
package org.parley.games.verify;
