/**
 * Solvers that work on the game tree directly: {@link org.parley.games.solve.tree.BackwardInductionSolver}
 * (subgame-perfect equilibria of perfect-information trees with chance, method {@code spe}; also backward induction
 * on one perfect-information subgame for other methods) and {@link org.parley.games.solve.tree.TreeLogitQreSolver}
 * (the agent logit quantal response equilibrium of a perfect-information tree at a given precision, method
 * {@code qre}). Registered with {@link org.parley.games.solve.Solvers} by
 * {@link org.parley.games.solve.tree.Provider}.
 */
package org.parley.games.solve.tree;
