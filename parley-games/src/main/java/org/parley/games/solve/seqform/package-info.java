/**
 * Sequence-form methods for two-player extensive games with perfect recall (Koller, Megiddo and von Stengel,
 * GEB 14 (1996); von Stengel, GEB 14 (1996)): the {@link org.parley.games.solve.seqform.SequenceForm}
 * itself (sequences, realization-plan constraints, payoff matrices, conversion to behaviour strategies),
 * {@link org.parley.games.solve.seqform.SequenceFormLcpSolver} (Lemke's algorithm, method {@code lcp} on
 * trees) and the constant-sum linear program (method {@code lp} on trees). All exact; every result is
 * checked by regret before it is returned.
 */
package org.parley.games.solve.seqform;
