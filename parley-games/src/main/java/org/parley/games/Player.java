package org.parley.games;

import java.util.Objects;

/**
 * A player of a game. Index 0..n-1 (Gambit numbers players from 1); the chance player of an extensive game
 * has index -1 and {@link #isChance()} true. Labels need not be unique. Identity-based equality: a player
 * is only equal to itself.
 */
public final class Player {
    private final Game game;
    private final int index;
    private final String label;

    Player(Game game, int index, String label) {
        this.game = game;
        this.index = index;
        this.label = Objects.requireNonNull(label, "label");
    }

    public Game game() {
        return game;
    }

    /** 0-based index; -1 for chance. */
    public int index() {
        return index;
    }

    public String label() {
        return label;
    }

    public boolean isChance() {
        return index < 0;
    }

    @Override
    public String toString() {
        return isChance() ? "chance" : "player " + (index + 1) + " \"" + label + "\"";
    }
}
