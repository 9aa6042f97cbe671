package org.parley.games.solve.bimatrix;

import org.parley.games.StrategicGame;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.solve.StrategicSolverContractTest;

class ZeroSumLpContractTest extends StrategicSolverContractTest {
    @Override
    protected StrategicEquilibriumSolver solver() {
        return new ZeroSumLpEquilibriumSolver();
    }

    @Override
    protected boolean accepts(StrategicGame g) {
        return g.numPlayers() == 2 && g.type().constantSum();
    }
}
