package org.parley.games.solve.bimatrix;

import org.parley.games.Arithmetic;
import org.parley.games.StrategicGame;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.solve.StrategicSolverContractTest;

class LemkeHowsonContractTest extends StrategicSolverContractTest {
    @Override
    protected StrategicEquilibriumSolver solver() {
        return new LemkeHowsonEquilibriumSolver(LemkeHowsonEquilibriumSolver.Options.defaults(Arithmetic.EXACT));
    }

    @Override
    protected boolean accepts(StrategicGame g) {
        return g.numPlayers() == 2;
    }

}
