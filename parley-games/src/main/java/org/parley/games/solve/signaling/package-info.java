/**
 * Signalling games: {@link org.parley.games.solve.signaling.SignalingForm} reads a two-player extensive game as a
 * sender–receiver game (chance picks the sender's type, the sender sends a message, the receiver sees only the message
 * and responds, play may continue with perfect information), and
 * {@link org.parley.games.solve.signaling.PerfectBayesianEquilibriumSolver} (method {@code pbe}) enumerates its perfect
 * Bayesian equilibria exactly, with beliefs on and off the path, continua flagged, and the intuitive criterion and D1
 * evaluated. Registered by {@link org.parley.games.solve.signaling.Provider}.
 */
package org.parley.games.solve.signaling;
