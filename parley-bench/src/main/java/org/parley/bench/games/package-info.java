/**
 * Speed measurements of the game engine ({@code parley-games}): JMH benchmarks of the bimatrix solvers
 * (Lemke–Howson, extreme-equilibrium enumeration, zero-sum LP), of the n-player logit tracer and of the
 * Gambit file readers on seeded random games ({@link org.parley.bench.games.RandomGames}), and
 * {@link org.parley.bench.games.CorpusTimer}, a plain main that times every registered method on the
 * shared Gambit corpus and sets the times beside Gambit's own from {@code expected/corpus-results.tsv}.
 * Results and commands: {@code docs/performance-games.md}. Nothing here runs in the test suite.
 */
package org.parley.bench.games;
