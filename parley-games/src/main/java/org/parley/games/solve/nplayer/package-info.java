/**
 * Equilibrium methods for games with any number of players, all in double arithmetic and all returning only
 * profiles verified by {@link org.parley.games.verify.Regret} (unverified end points go to
 * {@link org.parley.games.solve.EquilibriumResult#rejected()}, never to the equilibria):
 * <ul>
 *   <li>{@link org.parley.games.solve.nplayer.LogitQreTracer}: logit quantal response equilibria (McKelvey and
 *       Palfrey 1995) at one lambda ({@link org.parley.games.solve.nplayer.QrePoint}, with a residual
 *       certificate) and the principal branch from the centroid
 *       ({@link org.parley.games.solve.nplayer.LogitBranch}); tables in the strategic form, trees in the agent
 *       form (Turocy 2005, 2010);</li>
 *   <li>{@link org.parley.games.solve.nplayer.LogitEquilibriumSolver}: Gambit's {@code logit}, the polished
 *       Nash equilibrium at the end of the principal branch;</li>
 *   <li>{@link org.parley.games.solve.nplayer.SimplicialSubdivisionEquilibriumSolver}: Gambit's
 *       {@code simpdiv}, one equilibrium by a restart simplicial algorithm with mesh halving;</li>
 *   <li>{@link org.parley.games.solve.nplayer.GlobalNewtonEquilibriumSolver}: Gambit's {@code gnm}, the global
 *       Newton method of Govindan and Wilson (2003) along a seeded ray.</li>
 * </ul>
 * End points are polished by solving the indifference equations on the identified support (Newton in log
 * coordinates, damped least squares on continua). Registered in {@link org.parley.games.solve.Solvers}
 * through {@link org.parley.games.solve.nplayer.Provider}; simpdiv and gnm reach trees through the reduced
 * strategic form.
 */
package org.parley.games.solve.nplayer;
