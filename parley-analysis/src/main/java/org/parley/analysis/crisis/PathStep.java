package org.parley.analysis.crisis;

import java.util.Objects;

/**
 * One step of an equilibrium path: an action taken with positive probability at a node reached with positive
 * probability.
 *
 * @param player      label of the player who moves, or null at a chance node
 * @param node        label of the node (may be empty)
 * @param action      label of the action
 * @param probability probability of the action at the node (the chance probability at chance nodes)
 * @param outcome     the outcome reached when the action ends the game, else null
 */
public record PathStep(String player, String node, String action, double probability, TemplateOutcome outcome) {
    public PathStep {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(action, "action");
    }

    /** Whether chance moves here. */
    public boolean isChance() {
        return player == null;
    }
}
