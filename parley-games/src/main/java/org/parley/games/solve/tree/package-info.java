/**
 * Solvers that work on the game tree directly: {@link org.parley.games.solve.tree.BackwardInductionSolver}
 * (subgame-perfect equilibria of perfect-information trees with chance, method {@code spe}). Registered with
 * {@link org.parley.games.solve.Solvers} through {@code org.parley.games.solve.seqform.Provider}, because the
 * registry's provider search does not list this package.
 */
package org.parley.games.solve.tree;
