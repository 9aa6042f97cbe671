/**
 * Gambit's command-line options under familiar names, as one typed options record
 * ({@link org.parley.games.solve.configure.GambitOptions}) and the solvers they configure
 * ({@link org.parley.games.solve.configure.ConfiguredSolvers}): lcp's number of equilibria ({@code -e}) and
 * starting label, logit's step and maximum lambda, gnm's, ipa's and liap's perturbation or start count and seed,
 * simpdiv's grid refinement, and strategic versus tree form for extensive games ({@code -S}). The defaults are
 * the methods' defaults, so a run without options is the same as through {@link org.parley.games.solve.Solvers}.
 */
package org.parley.games.solve.configure;
