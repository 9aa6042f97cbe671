package org.parley.games.solve.pure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.games.TestGames.r;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.games.StrategicGame;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.solve.StrategicSolverContractTest;

class EnumPureEquilibriumSolverTest extends StrategicSolverContractTest {

    @Override
    protected StrategicEquilibriumSolver solver() {
        return new EnumPureEquilibriumSolver();
    }

    @Override
    protected boolean alwaysFinds() {
        return false; // many games have no pure equilibrium (matching pennies)
    }

    @Test
    void prisonersDilemmaAndCoordination() {
        // prisoners' dilemma: unique pure equilibrium (defect, defect)
        StrategicGame pd = StrategicGame.builder().player("A", List.of("C", "D")).player("B", List.of("C", "D"))
                .payoffs(new int[] {0, 0}, r(3), r(3)).payoffs(new int[] {1, 0}, r(4), r(0))
                .payoffs(new int[] {0, 1}, r(0), r(4)).payoffs(new int[] {1, 1}, r(1), r(1)).build();
        EquilibriumResult r = solver().solve(pd);
        assertEquals(1, r.equilibria().size());
        assertEquals(List.of(r(0), r(1), r(0), r(1)), r.profiles().get(0).toFlatExact());
        assertEquals(4L, r.diagnostics().counter("cells"));
        // three-player unanimity game: everyone choosing the same strategy is an equilibrium (2 of 8 cells)
        StrategicGame.Builder b = StrategicGame.builder().player("1", 2).player("2", 2).player("3", 2);
        for (int c = 0; c < 8; c++) {
            boolean same = c == 0 || c == 7;
            b.cellPayoffs(c, r(same ? 1 : 0), r(same ? 1 : 0), r(same ? 1 : 0));
        }
        assertEquals(2, solver().solve(b.build()).equilibria().size());
    }
}
