package org.parley.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One issue under negotiation: a one-dimensional scale with an optional status quo and deadline.
 *
 * @param statusQuo the reversion point if no agreement is reached; null when the scenario gives none
 * @param deadline  a date by which a decision is due; null when none
 * @param decision  who decides this issue and how, overriding the scenario's default; null when the issue has none
 * @param outcome   what really happened (for backtests; no model reads it), or null
 */
public record Issue(String id, String label, String description, Scale scale, Estimate statusQuo,
                    LocalDate deadline, List<String> sourceIds, DecisionStructure decision, RecordedOutcome outcome) {
    public Issue {
        Objects.requireNonNull(id, "id");
        label = label == null ? id : label;
        description = description == null ? "" : description;
        Objects.requireNonNull(scale, "scale");
        sourceIds = List.copyOf(sourceIds);
    }

    /** An issue without a decision structure of its own. */
    public Issue(String id, String label, String description, Scale scale, Estimate statusQuo, LocalDate deadline,
                 List<String> sourceIds) {
        this(id, label, description, scale, statusQuo, deadline, sourceIds, null, null);
    }

    /** The same issue with another decision structure (null: none of its own). */
    public Issue withDecision(DecisionStructure d) {
        return new Issue(id, label, description, scale, statusQuo, deadline, sourceIds, d, outcome);
    }

    /** The same issue with a known outcome (null: none). */
    public Issue withOutcome(RecordedOutcome o) {
        return new Issue(id, label, description, scale, statusQuo, deadline, sourceIds, decision, o);
    }

    public Optional<Estimate> statusQuoEstimate() {
        return Optional.ofNullable(statusQuo);
    }

    public Optional<LocalDate> deadlineDate() {
        return Optional.ofNullable(deadline);
    }
}
