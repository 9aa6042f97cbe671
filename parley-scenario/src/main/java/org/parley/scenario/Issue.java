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
 */
public record Issue(String id, String label, String description, Scale scale, Estimate statusQuo,
                    LocalDate deadline, List<String> sourceIds) {
    public Issue {
        Objects.requireNonNull(id, "id");
        label = label == null ? id : label;
        description = description == null ? "" : description;
        Objects.requireNonNull(scale, "scale");
        sourceIds = List.copyOf(sourceIds);
    }

    public Optional<Estimate> statusQuoEstimate() {
        return Optional.ofNullable(statusQuo);
    }

    public Optional<LocalDate> deadlineDate() {
        return Optional.ofNullable(deadline);
    }
}
