package org.parley.games.solve;

import org.parley.games.StrategicGame;

/**
 * Computes Nash equilibria of a strategic game.
 *
 * <p>Contract for implementations:
 * <ol>
 *   <li>Stateless and thread-safe; options are a typed record given at construction and returned in the
 *       result. Counters and timings go into {@link EquilibriumResult#diagnostics()}, never into fields.</li>
 *   <li>Reject unsupported games up front (e.g. a two-player method given three players) with
 *       {@link org.parley.games.UnsupportedGameException} naming the requirement.</li>
 *   <li>Verify before returning: build the result with {@link EquilibriumResult#of}, which checks every
 *       candidate's max regret; never return an unverified profile as an equilibrium.</li>
 *   <li>Long loops poll {@link Thread#isInterrupted()} (see
 *       {@link org.parley.games.SolverInterruptedException#checkInterrupt}) so that time budgets work.</li>
 *   <li>Running out of an iteration budget is an outcome, not a silent return of the last iterate.</li>
 * </ol>
 */
public interface StrategicEquilibriumSolver {

    /** Method id as registered in {@link Solvers} ({@code "enumpure"}, {@code "lcp"}, ...). */
    String method();

    /**
     * Solves the game.
     *
     * @throws org.parley.games.UnsupportedGameException if the game is outside the method's scope
     * @throws org.parley.games.SolverInterruptedException if interrupted
     */
    EquilibriumResult solve(StrategicGame game);

    /**
     * Solves the game within a budget: the equilibria found before the time ran out or the requested
     * number was reached, each verified, with {@link EquilibriumResult#completion()} saying whether the
     * method finished. The default runs {@link #solve(StrategicGame)} under the budget
     * ({@link SolveBudget#runToCompletion}); methods that find equilibria one by one override it to
     * return those found so far.
     *
     * @throws SolveBudgetExhaustedException if the time ran out before a method without partial results finished
     */
    default EquilibriumResult solve(StrategicGame game, SolveBudget budget) {
        return budget.runToCompletion(method(), () -> solve(game));
    }
}
