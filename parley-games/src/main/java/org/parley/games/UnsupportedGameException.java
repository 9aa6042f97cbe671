package org.parley.games;

/**
 * A method cannot handle this game (e.g. a two-player method given three players, imperfect recall where
 * perfect recall is required, or a conversion whose size exceeds the stated limit). Thrown up front,
 * before any work, with a message naming the violated requirement.
 */
public class UnsupportedGameException extends GamesException {
    private static final long serialVersionUID = 1L;

    public UnsupportedGameException(String message) {
        super(message);
    }
}
