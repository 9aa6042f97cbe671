/**
 * Exact linear programming.
 *
 * <p>{@link org.parley.games.solve.lp.LinearProgram} states a problem (maximise or minimise c·x
 * subject to rows a·x ≤ / = / ≥ b, each variable non-negative or free) in exact
 * {@link org.parley.games.numeric.Rational}s; {@link org.parley.games.solve.lp.SimplexSolver}
 * solves it by the two-phase simplex method on a fraction-free integer tableau (steepest-edge pricing, Bland's rule after a run of degenerate pivots)
 * ({@link org.parley.games.solve.lp.IntegerTableau}) and returns an
 * {@link org.parley.games.solve.lp.LpResult} carrying a checked optimality certificate: primal
 * feasibility, dual feasibility and equal objective values, all exact.
 *
 * <p>References: G. B. Dantzig, Linear Programming and Extensions (1963); R. G. Bland, "New finite
 * pivoting rules for the simplex method", Math. Oper. Res. 2 (1977) 103–107; J. Edmonds,
 * "Systems of distinct representatives and linear algebra", J. Res. NBS 71B (1967) (integer
 * pivoting).
 */
package org.parley.games.solve.lp;
