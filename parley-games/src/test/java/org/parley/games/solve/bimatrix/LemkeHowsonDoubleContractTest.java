package org.parley.games.solve.bimatrix;

import org.parley.games.Arithmetic;
import org.parley.games.StrategicGame;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.solve.StrategicSolverContractTest;

/** The double-pivoting Lemke–Howson meets the same contract. */
class LemkeHowsonDoubleContractTest extends StrategicSolverContractTest {
    @Override
    protected StrategicEquilibriumSolver solver() {
        return new LemkeHowsonEquilibriumSolver(LemkeHowsonEquilibriumSolver.Options.defaults(Arithmetic.DOUBLE));
    }

    @Override
    protected boolean accepts(StrategicGame g) {
        return g.numPlayers() == 2;
    }
}
