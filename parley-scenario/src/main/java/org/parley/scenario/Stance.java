package org.parley.scenario;

import java.util.List;
import java.util.Objects;

/**
 * An actor's stance on one issue.
 *
 * @param position     the outcome the actor advocates, on the issue's scale
 * @param salience     how much the issue matters to the actor, 0 &lt; s &le; 100
 * @param riskAttitude optional exogenous risk exponent (r in [0.5, 2]; &lt;1 risk-acceptant); null when the model
 *                     should derive it
 * @param rationale    one-line justification of the numbers
 */
public record Stance(String issueId, Estimate position, Estimate salience, Double riskAttitude,
                     String rationale, List<String> sourceIds) {
    public Stance {
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(salience, "salience");
        rationale = rationale == null ? "" : rationale;
        sourceIds = List.copyOf(sourceIds);
    }
}
