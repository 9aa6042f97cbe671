package org.parley.games;

/**
 * Root of the game engine's unchecked exception hierarchy. Subtypes say whether the input was bad
 * ({@link InvalidGameException}), the game is outside a method's scope ({@link UnsupportedGameException}),
 * objects of two games were mixed ({@link ForeignObjectException}), a computation was interrupted
 * ({@link SolverInterruptedException}) or a result failed its own check ({@link UnverifiedEquilibriumException}).
 */
public class GamesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GamesException(String message) {
        super(message);
    }

    public GamesException(String message, Throwable cause) {
        super(message, cause);
    }
}
