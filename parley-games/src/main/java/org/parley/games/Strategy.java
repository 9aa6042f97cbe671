package org.parley.games;

import java.util.Objects;

/** A pure strategy of a player in a {@link StrategicGame}: its 0-based index among the player's strategies and a label. */
public final class Strategy {
    private final Player player;
    private final int index;
    private final String label;

    Strategy(Player player, int index, String label) {
        this.player = player;
        this.index = index;
        this.label = Objects.requireNonNull(label, "label");
    }

    public Player player() {
        return player;
    }

    public Game game() {
        return player.game();
    }

    public int index() {
        return index;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return "strategy " + (index + 1) + " \"" + label + "\" of " + player;
    }
}
