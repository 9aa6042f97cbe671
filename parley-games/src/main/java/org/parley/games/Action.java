package org.parley.games;

import java.util.Objects;
import org.parley.games.numeric.Rational;

/** An action (move) available at an {@link Infoset}; at chance information sets it carries its probability. */
public final class Action {
    private final Infoset infoset;
    private final int index;
    private final String label;
    private final Rational probability;

    Action(Infoset infoset, int index, String label, Rational probability) {
        this.infoset = infoset;
        this.index = index;
        this.label = Objects.requireNonNull(label, "label");
        this.probability = probability;
    }

    public Infoset infoset() {
        return infoset;
    }

    public ExtensiveGame game() {
        return infoset.game();
    }

    /** 0-based index among the infoset's actions. */
    public int index() {
        return index;
    }

    public String label() {
        return label;
    }

    /** Chance probability. @throws IllegalStateException at a personal information set */
    public Rational probability() {
        if (probability == null) {
            throw new IllegalStateException("action \"" + label + "\" is not a chance action");
        }
        return probability;
    }

    @Override
    public String toString() {
        return "action " + (index + 1) + " \"" + label + "\" at " + infoset;
    }
}
