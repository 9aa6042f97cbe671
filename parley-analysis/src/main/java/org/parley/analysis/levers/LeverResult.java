package org.parley.analysis.levers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lever search over several black boxes (models): the query, the attribute's current value and scanned domain,
 * the options, and one {@link LeverOutcome} per model in the order given. Immutable.
 */
public record LeverResult(LeverQuery query, double currentValue, Domain domain, LeverOptions options,
                          List<LeverOutcome> outcomes) {
    public LeverResult {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(options, "options");
        outcomes = List.copyOf(outcomes);
    }

    public Optional<LeverOutcome> outcome(String responderId) {
        return outcomes.stream().filter(o -> o.responderId().equals(responderId)).findFirst();
    }
}
