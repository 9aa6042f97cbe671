package org.parley.games.solve.bimatrix;

import org.parley.games.StrategicGame;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.solve.StrategicSolverContractTest;

class EnumMixedContractTest extends StrategicSolverContractTest {
    @Override
    protected StrategicEquilibriumSolver solver() {
        return new EnumMixedEquilibriumSolver();
    }

    @Override
    protected boolean accepts(StrategicGame g) {
        return g.numPlayers() == 2;
    }
}
