/**
 * Equilibrium solver interfaces ({@link org.parley.games.solve.StrategicEquilibriumSolver},
 * {@link org.parley.games.solve.ExtensiveEquilibriumSolver}), the result envelope
 * {@link org.parley.games.solve.EquilibriumResult}, and the registry {@link org.parley.games.solve.Solvers}
 * through which the CLI and the conformance tests find methods by Gambit's names.
 */
package org.parley.games.solve;
