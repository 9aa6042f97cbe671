package org.parley.games.solve;

import org.parley.games.SolverInterruptedException;

/**
 * A method that finds its equilibria only at the end was stopped by its time budget before it did
 * ({@link SolveBudget#runToCompletion}); {@link SolverEntry} turns it into an empty
 * {@link Completion#TIME_LIMIT} result.
 */
public class SolveBudgetExhaustedException extends SolverInterruptedException {
    private static final long serialVersionUID = 1L;

    public SolveBudgetExhaustedException(String method, double seconds, Throwable cause) {
        super(method + " (time budget of " + seconds + " s ran out)");
        initCause(cause);
    }
}
