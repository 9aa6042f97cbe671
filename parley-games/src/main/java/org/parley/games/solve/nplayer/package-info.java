/**
 * Equilibrium methods for games with any number of players: the logit quantal response equilibrium
 * ({@link org.parley.games.solve.nplayer.LogitQreTracer}: QRE at one lambda and the principal branch;
 * {@link org.parley.games.solve.nplayer.LogitEquilibriumSolver}: Gambit's {@code logit}), simplicial
 * subdivision (Gambit's {@code simpdiv}) and the global Newton method (Gambit's {@code gnm}). All work in
 * double arithmetic, polish their end points on the identified support and return only profiles verified by
 * {@link org.parley.games.verify.Regret}; unverified end points are reported as rejected candidates.
 * Registered in {@link org.parley.games.solve.Solvers} through {@link org.parley.games.solve.nplayer.Provider}.
 */
package org.parley.games.solve.nplayer;
