package org.parley.games;

/** An object (player, strategy, node, profile...) belonging to one game was passed to another game. */
public class ForeignObjectException extends GamesException {
    private static final long serialVersionUID = 1L;

    public ForeignObjectException(String what) {
        super(what + " belongs to a different game");
    }

    /** @throws ForeignObjectException if {@code owner != expected} */
    public static void check(Game expected, Game owner, String what) {
        if (expected != owner) {
            throw new ForeignObjectException(what);
        }
    }
}
