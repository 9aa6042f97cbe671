/**
 * Pure-strategy equilibrium enumeration (Gambit's enumpure) for any number of players:
 * {@link org.parley.games.solve.pure.EnumPureEquilibriumSolver}, registered by
 * {@link org.parley.games.solve.pure.Provider}.
 */
package org.parley.games.solve.pure;
