package org.parley.games;

import java.util.List;
import java.util.Objects;

/**
 * An information set: nodes of one player (or of chance) that the player cannot tell apart, with the
 * actions available at all of them. {@link #index()} is 0-based among the player's information sets,
 * ordered by Gambit's information-set number.
 */
public final class Infoset {
    private final ExtensiveGame game;
    private final Player player;
    private final int index;
    private final String label;
    List<Action> actions;
    List<Node> members;

    Infoset(ExtensiveGame game, Player player, int index, String label) {
        this.game = game;
        this.player = player;
        this.index = index;
        this.label = Objects.requireNonNull(label, "label");
    }

    public ExtensiveGame game() {
        return game;
    }

    public Player player() {
        return player;
    }

    public boolean isChance() {
        return player.isChance();
    }

    public int index() {
        return index;
    }

    public String label() {
        return label;
    }

    public List<Action> actions() {
        return actions;
    }

    public Action action(int i) {
        return actions.get(i);
    }

    public int numActions() {
        return actions.size();
    }

    /** Member nodes in preorder. */
    public List<Node> members() {
        return members;
    }

    @Override
    public String toString() {
        return "infoset " + (index + 1) + " \"" + label + "\" of " + player;
    }
}
