package org.parley.games.solve;

/** Options record of a solver that has none. */
public record NoOptions() implements SolverOptions {
    public static final NoOptions INSTANCE = new NoOptions();
}
