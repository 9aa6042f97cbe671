package org.parley.games.solve;

import org.parley.games.Game;

/**
 * Computes a logit quantal response equilibrium at one precision λ (fixed in the solver's options). A QRE is not a
 * Nash equilibrium (players err, more so for small λ), so the result is a {@link QreResult}, certified by its logit
 * residual rather than by regret. Same contract as {@link StrategicEquilibriumSolver}: stateless, reject unsupported
 * games up front with {@link org.parley.games.UnsupportedGameException}, build the result with {@link QreResult#of}
 * (which refuses a profile whose residual exceeds the tolerance).
 */
public interface QreSolver {

    /** Method id as registered in {@link Solvers}. */
    String method();

    /**
     * @throws org.parley.games.UnsupportedGameException if the game is outside the method's scope
     * @throws org.parley.games.UnverifiedEquilibriumException if the computed profile fails its certificate
     */
    QreResult solve(Game game);
}
