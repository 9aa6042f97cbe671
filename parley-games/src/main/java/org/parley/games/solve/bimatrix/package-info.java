/**
 * Equilibrium algorithms for two-player strategic-form (bimatrix) games.
 *
 * <p>Input is a {@link org.parley.games.solve.bimatrix.Bimatrix} (payoff matrices A for the row
 * player and B for the column player, exact rationals with a double view). Algorithms:
 * <ul>
 *   <li>{@link org.parley.games.solve.bimatrix.ReverseSearchEquilibriumEnumerator}: all extreme
 *       Nash equilibria by lexicographic reverse search over the smaller best-response polytope
 *       with the other polytope's complementary dictionary kept in lockstep (the lrsnash method;
 *       Gambit's {@code enummixed}); streamed, memory bounded by the search depth; every decision
 *       exact (certified floating point with exact fraction-free fallback, package-private
 *       {@code LexicographicReverseSearch}, {@code FilteredDictionaryStack},
 *       {@code RedundantConstraints}); correct for degenerate games.</li>
 *   <li>{@link org.parley.games.solve.bimatrix.ExtremeEquilibriumEnumerator}: all extreme Nash
 *       equilibria by vertex enumeration of the two best-response polytopes, keeping the vertex
 *       lists, and the maximal Nash subsets; exact; correct for degenerate games.</li>
 *   <li>{@link org.parley.games.solve.bimatrix.LemkeHowson}: complementary pivoting with the
 *       lexicographic minimum-ratio rule on a fraction-free integer tableau, plus the closure of
 *       all equilibria reachable by Lemke–Howson paths (Gambit's {@code lcp}); exact or double
 *       (double results are verified and re-solved exactly on failure).</li>
 *   <li>{@link org.parley.games.solve.bimatrix.ZeroSumLpSolver}: value and optimal strategies of
 *       constant-sum games by the exact simplex method of {@link org.parley.games.solve.lp}
 *       (Gambit's {@code lp}).</li>
 * </ul>
 * Every result carries its own verification (exact regret, or regret within a named tolerance
 * for doubles) and pivot counts. Solvers are stateless and thread-safe.
 *
 * <p>References: B. von Stengel, "Computing equilibria for two-person games", Handbook of Game
 * Theory vol. 3 ch. 45 (2002); D. Avis, G. Rosenberg, R. Savani, B. von Stengel, "Enumeration of
 * Nash equilibria for two-player games", Economic Theory 42 (2010) 9–37; D. Avis, K. Fukuda, "A pivoting
 * algorithm for convex hulls and vertex enumeration of arrangements and polyhedra", Discrete Comput. Geom. 8
 * (1992) 295–313; D. Avis, "lrs: a revised implementation of the reverse search vertex enumeration
 * algorithm" (2000); N. J. Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed. (2002).
 */
package org.parley.games.solve.bimatrix;
