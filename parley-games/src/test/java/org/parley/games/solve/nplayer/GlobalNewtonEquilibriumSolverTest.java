package org.parley.games.solve.nplayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.verify.Tolerance;

class GlobalNewtonEquilibriumSolverTest extends NPlayerSolverContractTest {
    @Override
    StrategicEquilibriumSolver solver() {
        return new GlobalNewtonEquilibriumSolver();
    }

    @Test
    void pathReachesTheFarEndAndCrossesZeroAnOddNumberOfTimesOnGenericGames() {
        for (long seed = 1; seed <= 5; seed++) {
            EquilibriumResult r = solver().solve(TestGames.random(seed, new int[] {3, 3, 2}, 9));
            assertEquals(0L, r.diagnostics().counter("stoppedEarly"), "path stopped early, seed " + seed);
            assertEquals(1L, r.diagnostics().counter("crossings") % 2, "crossings of t = 0, seed " + seed);
            assertTrue(r.isVerified());
        }
    }

    @Test
    void coordinationGameYieldsSeveralEquilibriaWithSomeSeed() {
        // 2x2 coordination: three equilibria; each crossing of t = 0 is one of them
        var g = TestGames.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 2}});
        int most = 0;
        for (long seed = 1; seed <= 8; seed++) {
            var s = new GlobalNewtonEquilibriumSolver(new GlobalNewtonEquilibriumSolver.Options(seed, 100_000, 0.05, 1e-13, Tolerance.DEFAULT));
            EquilibriumResult r = s.solve(g);
            assertTrue(r.isVerified());
            most = Math.max(most, r.equilibria().size());
        }
        assertTrue(most >= 1);
    }

    @Test
    void optionsNameTheOffendingField() {
        var e = assertThrows(IllegalArgumentException.class, () -> new GlobalNewtonEquilibriumSolver.Options(1, 0, 0.1, 1e-9, Tolerance.DEFAULT));
        assertTrue(e.getMessage().startsWith("maxSteps"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new GlobalNewtonEquilibriumSolver.Options(1, 10, 0.1, 1, Tolerance.DEFAULT));
        assertTrue(e.getMessage().startsWith("minStep"), e.getMessage());
    }
}
