package org.parley.games;

import java.util.List;
import java.util.Objects;

/**
 * A node of a game tree: personal (a player moves at its {@link Infoset}), chance, or terminal. Any node may
 * carry an {@link Outcome}; the payoff at a terminal node is the sum of the outcomes on its path, as in Gambit.
 * {@link #index()} is the node's position in preorder (the order of an .efg file).
 */
public final class Node {
    /** Node kinds, as the letters p, c, t of .efg files. */
    public enum Kind {
        PERSONAL,
        CHANCE,
        TERMINAL
    }

    private final ExtensiveGame game;
    private final int index;
    private final String label;
    final Kind kind;
    Infoset infoset;
    List<Node> children = List.of();
    Node parent;
    Action priorAction;
    Outcome outcome;
    int depth;

    Node(ExtensiveGame game, int index, String label, Kind kind) {
        this.game = game;
        this.index = index;
        this.label = Objects.requireNonNull(label, "label");
        this.kind = kind;
    }

    public ExtensiveGame game() {
        return game;
    }

    public int index() {
        return index;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isTerminal() {
        return kind == Kind.TERMINAL;
    }

    /** The moving player (the chance player at chance nodes), or null at terminal nodes. */
    public Player player() {
        return infoset == null ? null : infoset.player();
    }

    /** Information set, or null at terminal nodes. */
    public Infoset infoset() {
        return infoset;
    }

    /** Children in action order (empty at terminal nodes). */
    public List<Node> children() {
        return children;
    }

    public Node child(Action a) {
        if (a.infoset() != infoset) {
            throw new IllegalArgumentException(a + " is not available at node " + (index + 1));
        }
        return children.get(a.index());
    }

    /** Parent, or null at the root. */
    public Node parent() {
        return parent;
    }

    /** Action leading here from the parent, or null at the root. */
    public Action priorAction() {
        return priorAction;
    }

    /** Outcome attached to this node, or null. */
    public Outcome outcome() {
        return outcome;
    }

    /** Number of moves from the root. */
    public int depth() {
        return depth;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " node " + (index + 1) + (label.isEmpty() ? "" : " \"" + label + "\"");
    }
}
