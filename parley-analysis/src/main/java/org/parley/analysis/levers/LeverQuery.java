package org.parley.analysis.levers;

import java.util.Objects;
import org.parley.scenario.LeverAttribute;
import org.parley.scenario.LeverTarget;

/**
 * What to change and what to reach: one actor's attribute on one issue, and a target on the response (by default
 * the forecast of that issue). The lever search's input; a scenario's {@code levers:} entry gives one through
 * {@code LeverSpec.query()}.
 *
 * @param actorId   the actor whose attribute changes (it must take a stance on the issue)
 * @param issueId   the issue; the position or salience changed is the actor's stance on it, and the forecast read
 *                  is this issue's
 * @param attribute position, salience or capability
 * @param target    the condition to reach
 */
public record LeverQuery(String actorId, String issueId, LeverAttribute attribute, LeverTarget target) {
    public LeverQuery {
        if (actorId == null || actorId.isBlank()) {
            throw new IllegalArgumentException("actorId must not be blank");
        }
        if (issueId == null || issueId.isBlank()) {
            throw new IllegalArgumentException("issueId must not be blank");
        }
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(target, "target");
    }

    /**
     * Convenience: {@code LeverQuery.of("usa", "sequencing", "position", ">= 50")}.
     *
     * @throws IllegalArgumentException if the attribute or the target does not parse
     */
    public static LeverQuery of(String actorId, String issueId, String attribute, String target) {
        return new LeverQuery(actorId, issueId, LeverAttribute.parse(attribute), LeverTarget.parse(target));
    }
}
