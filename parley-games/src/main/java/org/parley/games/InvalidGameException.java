package org.parley.games;

/** The game data are inconsistent (user input): wrong payoff count, bad probabilities, unknown player, etc. */
public class InvalidGameException extends GamesException {
    private static final long serialVersionUID = 1L;

    public InvalidGameException(String message) {
        super(message);
    }

    public InvalidGameException(String message, Throwable cause) {
        super(message, cause);
    }
}
