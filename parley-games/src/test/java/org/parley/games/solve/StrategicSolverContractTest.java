package org.parley.games.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.games.Arithmetic;
import org.parley.games.Profile;
import org.parley.games.RandomGames;
import org.parley.games.StrategicGame;
import org.parley.games.TestGames;
import org.parley.games.UnsupportedGameException;
import org.parley.games.verify.Regret;

/**
 * Contract every {@link StrategicEquilibriumSolver} must meet; each implementation's test class extends this
 * and supplies the solver (JGraphT/Hipparchus style). Games outside a method's scope must be refused with
 * {@link UnsupportedGameException}; {@link #accepts} says which games the method claims.
 */
public abstract class StrategicSolverContractTest {

    /** The solver under test. */
    protected abstract StrategicEquilibriumSolver solver();

    /** Whether the method claims to solve this game (default: all). E.g. two-player methods return {@code g.numPlayers() == 2}. */
    protected boolean accepts(StrategicGame g) {
        return true;
    }

    /** Whether the method is guaranteed to find at least one equilibrium on games it accepts. */
    protected boolean alwaysFinds() {
        return true;
    }

    private EquilibriumResult solveOrRefuse(StrategicGame g) {
        if (!accepts(g)) {
            try {
                solver().solve(g);
            } catch (UnsupportedGameException expected) {
                return null;
            }
            throw new AssertionError(solver().method() + " should refuse " + g);
        }
        return solver().solve(g);
    }

    protected void checkEnvelope(StrategicGame g, EquilibriumResult r) {
        assertSame(g, r.game());
        assertEquals(g.hash(), r.gameHash());
        assertEquals(solver().method(), r.method());
        assertNotNull(r.options());
        assertTrue(r.isVerified(), () -> "rejected candidates: " + r.rejected());
        for (Equilibrium e : r.equilibria()) {
            assertTrue(e.verified());
            assertSame(g, e.profile().game());
            assertEquals(r.arithmetic(), e.profile().arithmetic());
            // independent re-check
            assertTrue(Regret.maxRegret(e.profile()) <= r.tolerance().allowed(g) + 1e-12);
        }
    }

    @Test
    void matchingPenniesHasItsUniqueMixedEquilibrium() {
        StrategicGame g = TestGames.matchingPennies();
        EquilibriumResult r = solveOrRefuse(g);
        if (r == null) {
            return;
        }
        checkEnvelope(g, r);
        for (Profile p : r.profiles()) {
            double[] x = p.toFlatArray();
            for (double v : x) {
                assertEquals(0.5, v, 1e-6);
            }
        }
    }

    @Test
    void seededRandomGamesGiveVerifiedResults() {
        for (long seed = 0; seed < 40; seed++) {
            StrategicGame g = RandomGames.strategic(seed);
            EquilibriumResult r = solveOrRefuse(g);
            if (r == null) {
                continue;
            }
            checkEnvelope(g, r);
            if (alwaysFinds()) {
                assertFalse(r.equilibria().isEmpty(), "no equilibrium for seed " + seed);
            }
        }
    }

    @Test
    void solvingTwiceGivesTheSameProfiles() {
        StrategicGame g = RandomGames.strategic(7);
        EquilibriumResult a = solveOrRefuse(g);
        if (a == null) {
            return;
        }
        EquilibriumResult b = solver().solve(g);
        List<Profile> pa = a.profiles();
        assertEquals(pa, b.profiles(), "stateless and deterministic");
        assertTrue(a.arithmetic() == Arithmetic.EXACT || a.arithmetic() == Arithmetic.DOUBLE);
    }
}
