package org.parley.sweep.sample;

import java.util.Objects;

/**
 * Which number of a scenario an input is: an attribute with the actor and issue it belongs to.
 *
 * @param attribute the kind of number
 * @param actor     the actor's id; null for a status quo
 * @param issue     the issue's id; null for a capability (it belongs to the actor, across issues)
 */
public record InputId(InputAttribute attribute, String actor, String issue) {
    public InputId {
        Objects.requireNonNull(attribute, "attribute");
        if ((attribute == InputAttribute.STATUS_QUO) != (actor == null)) {
            throw new IllegalArgumentException("a status quo has no actor, every other input has one");
        }
        if ((attribute == InputAttribute.CAPABILITY) != (issue == null)) {
            throw new IllegalArgumentException("a capability has no issue, every other input has one");
        }
    }

    /**
     * The input's key as written on the command line: {@code actor.issue.position}, {@code actor.issue.salience},
     * {@code actor.capability}, {@code issue.status_quo}.
     */
    public String key() {
        return switch (attribute) {
            case POSITION -> actor + "." + issue + ".position";
            case SALIENCE -> actor + "." + issue + ".salience";
            case CAPABILITY -> actor + ".capability";
            case STATUS_QUO -> issue + ".status_quo";
        };
    }
}
