package org.parley.games.solve;

import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * One named quantal-response method in the {@link Solvers} registry.
 *
 * @param name        method id, lower case (the CLI's {@code --method})
 * @param description one line for {@code --help}
 * @param atLambda    makes the solver for a precision λ ≥ 0 (throws {@link IllegalArgumentException} otherwise)
 */
public record QreSolverEntry(String name, String description, DoubleFunction<QreSolver> atLambda) {
    public QreSolverEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(atLambda, "atLambda");
    }

    /** The solver at precision {@code lambda}. @throws IllegalArgumentException if lambda is negative or not finite */
    public QreSolver solver(double lambda) {
        return atLambda.apply(lambda);
    }
}
