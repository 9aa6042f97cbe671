package org.parley.games.solve;

import org.parley.games.ExtensiveGame;

/**
 * Computes Nash equilibria of an extensive game, returning {@link org.parley.games.MixedBehaviorProfile}s
 * (one probability per action, Gambit's {@code NE,...} layout). Same contract as
 * {@link StrategicEquilibriumSolver}: stateless, reject unsupported games up front (e.g. imperfect recall,
 * stated via {@link org.parley.games.GameType#perfectRecall()}), verify with {@link EquilibriumResult#of}
 * before returning, poll interrupts. Methods defined on the strategic form get this interface for free via
 * {@link ReducedFormSolver}.
 */
public interface ExtensiveEquilibriumSolver {

    String method();

    /**
     * @throws org.parley.games.UnsupportedGameException if the game is outside the method's scope
     * @throws org.parley.games.SolverInterruptedException if interrupted
     */
    EquilibriumResult solve(ExtensiveGame game);

    /**
     * Solves the game within a budget; see {@link StrategicEquilibriumSolver#solve(StrategicGame, SolveBudget)}.
     *
     * @throws SolveBudgetExhaustedException if the time ran out before a method without partial results finished
     */
    default EquilibriumResult solve(ExtensiveGame game, SolveBudget budget) {
        return budget.runToCompletion(method(), () -> solve(game));
    }
}
