package org.parley.games.solve.nplayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.games.Arithmetic;
import org.parley.games.Profile;
import org.parley.games.StrategicGame;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.verify.Regret;

/**
 * Contract every n-player method's test extends: results are verified double-arithmetic envelopes with
 * max regret at most 1e-9 (plus the payoff-range part of the default tolerance), known unique equilibria are
 * found, and seeded random games of several shapes give verified equilibria.
 */
abstract class NPlayerSolverContractTest {
    abstract StrategicEquilibriumSolver solver();

    static void assertClose(double[] expected, double[] actual, double tol) {
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], tol, "entry " + k);
        }
    }

    EquilibriumResult solveVerified(StrategicGame g) {
        EquilibriumResult r = solver().solve(g);
        assertEquals(solver().method(), r.method());
        assertEquals(Arithmetic.DOUBLE, r.arithmetic());
        assertEquals(g.hash(), r.gameHash());
        assertTrue(r.isVerified(), "rejected: " + r.rejected());
        assertFalse(r.equilibria().isEmpty(), "no equilibrium");
        for (Profile p : r.profiles()) {
            assertTrue(Regret.maxRegret(p) <= 1e-9 * (1 + g.payoffRange()[1] - g.payoffRange()[0]), "regret of " + p);
        }
        return r;
    }

    @Test
    void matchingPenniesHasTheUniformEquilibrium() {
        EquilibriumResult r = solveVerified(TestGames.matchingPennies());
        assertClose(new double[] {0.5, 0.5, 0.5, 0.5}, r.profiles().get(0).toFlatArray(), 1e-12);
    }

    @Test
    void jordansThreePlayerGameHasItsUniqueMixedEquilibrium() {
        EquilibriumResult r = solveVerified(TestGames.jordan());
        assertClose(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}, r.profiles().get(0).toFlatArray(), 1e-12);
    }

    @Test
    void dominanceSolvableGameGivesTheIteratedDominanceOutcome() {
        // prisoner's dilemma: defect (strategy 2) strictly dominates
        EquilibriumResult r = solveVerified(TestGames.bimatrix(new long[][] {{3, 0}, {5, 1}}, new long[][] {{3, 5}, {0, 1}}));
        assertClose(new double[] {0, 1, 0, 1}, r.profiles().get(0).toFlatArray(), 1e-12);
    }

    @Test
    void unequalStrategyCountsAndOnePlayerGames() {
        solveVerified(TestGames.random(7, new int[] {3, 1, 2}, 5));
        EquilibriumResult one = solveVerified(TestGames.of(new int[] {3}, new long[][] {{1}, {4}, {2}}));
        assertClose(new double[] {0, 1, 0}, one.profiles().get(0).toFlatArray(), 1e-12);
    }

    @Test
    void seededRandomGamesGiveVerifiedEquilibria() {
        int[][] shapes = {{2, 2}, {3, 3}, {4, 3}, {2, 2, 2}, {3, 3, 3}, {3, 2, 2}, {2, 2, 2, 2}, {2, 2, 2, 2, 2}};
        for (int[] shape : shapes) {
            for (long seed = 1; seed <= 6; seed++) {
                solveVerified(TestGames.random(seed * 1000 + shape.length * 10 + shape[0], shape, 9));
            }
        }
    }
}
