package org.parley.games.solve.seqform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.games.ExtensiveGame;
import org.parley.games.UnsupportedGameException;
import org.parley.games.solve.Equilibrium;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.ExtensiveEquilibriumSolver;

/**
 * Contract every {@link ExtensiveEquilibriumSolver} of these packages must meet; each solver's test extends
 * it: results are verified envelopes of the right game and method, exact solvers report zero regret, solving
 * twice gives the same profiles (stateless), and unsupported games are refused up front.
 */
public abstract class ExtensiveSolverContractTest {
    /** The solver under test. */
    protected abstract ExtensiveEquilibriumSolver solver();

    /** Games the solver supports (at least one). */
    protected abstract List<ExtensiveGame> supportedGames();

    /** Games the solver must refuse with {@link UnsupportedGameException}. */
    protected abstract List<ExtensiveGame> unsupportedGames();

    @Test
    void resultsAreVerifiedEnvelopesOfTheGame() {
        for (ExtensiveGame g : supportedGames()) {
            EquilibriumResult r = solver().solve(g);
            assertSame(g, r.game());
            assertEquals(g.hash(), r.gameHash());
            assertEquals(solver().method(), r.method());
            assertNotNull(r.options());
            assertTrue(r.isVerified(), g + ": rejected " + r.rejected());
            assertFalse(r.equilibria().isEmpty(), g + ": no equilibrium");
            for (Equilibrium e : r.equilibria()) {
                assertSame(g, e.profile().game());
                if (e.exactMaxRegret() != null) {
                    assertTrue(e.exactMaxRegret().isZero(), g + ": exact regret " + e.exactMaxRegret());
                }
            }
        }
    }

    @Test
    void statelessSameAnswerTwice() {
        for (ExtensiveGame g : supportedGames()) {
            assertEquals(solver().solve(g).profiles(), solver().solve(g).profiles());
        }
    }

    @Test
    void refusesUnsupportedGamesUpFront() {
        for (ExtensiveGame g : unsupportedGames()) {
            UnsupportedGameException e = assertThrows(UnsupportedGameException.class, () -> solver().solve(g));
            assertFalse(e.getMessage().isBlank());
        }
    }
}
