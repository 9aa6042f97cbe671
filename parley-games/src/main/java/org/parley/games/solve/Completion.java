package org.parley.games.solve;

/**
 * Whether a solver run ended on its own or was cut short by a {@link SolveBudget}. An incomplete
 * result still lists only verified equilibria, but the method may have missed some (for methods
 * that promise all equilibria), or not yet found any (for methods that find one at the end).
 */
public enum Completion {
    /** The method ran to its end: the result is what the method promises ({@link Coverage}). */
    COMPLETE,
    /** The time budget ran out: the equilibria found until then. */
    TIME_LIMIT,
    /** The requested number of equilibria was reached and the method stopped looking. */
    EQUILIBRIUM_LIMIT;

    /** True for {@link #COMPLETE}. */
    public boolean isComplete() {
        return this == COMPLETE;
    }
}
