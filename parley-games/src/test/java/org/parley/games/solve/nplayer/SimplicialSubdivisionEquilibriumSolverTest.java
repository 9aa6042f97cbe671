package org.parley.games.solve.nplayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.verify.Tolerance;

class SimplicialSubdivisionEquilibriumSolverTest extends NPlayerSolverContractTest {
    @Override
    StrategicEquilibriumSolver solver() {
        return new SimplicialSubdivisionEquilibriumSolver();
    }

    @Test
    void optionsNameTheOffendingField() {
        var e = assertThrows(IllegalArgumentException.class, () -> new SimplicialSubdivisionEquilibriumSolver.Options(0, 1e-9, 10, Tolerance.DEFAULT));
        assertTrue(e.getMessage().startsWith("initialMesh"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SimplicialSubdivisionEquilibriumSolver.Options(0.5, 1, 10, Tolerance.DEFAULT));
        assertTrue(e.getMessage().startsWith("minMesh"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SimplicialSubdivisionEquilibriumSolver.Options(0.5, 0.1, 0, Tolerance.DEFAULT));
        assertTrue(e.getMessage().startsWith("maxPivots"), e.getMessage());
    }

    @Test
    void pivotBudgetExhaustionIsReportedNotClaimed() {
        var s = new SimplicialSubdivisionEquilibriumSolver(new SimplicialSubdivisionEquilibriumSolver.Options(0.25, 0.25, 2, Tolerance.DEFAULT));
        EquilibriumResult r = s.solve(TestGames.random(3, new int[] {3, 3, 3}, 9));
        assertEquals(1L, r.diagnostics().counter("stoppedAtMaxPivots"));
        assertTrue(r.equilibria().isEmpty(), "no equilibrium may be claimed after 2 pivots");
    }

    @Test
    void countersRecordLevelsAndPivots() {
        EquilibriumResult r = solver().solve(TestGames.jordan());
        assertTrue(r.diagnostics().counter("levels") >= 1);
        assertTrue(r.diagnostics().counter("pivots") >= 1);
        assertEquals(1L, r.diagnostics().counter("polished"));
    }
}
