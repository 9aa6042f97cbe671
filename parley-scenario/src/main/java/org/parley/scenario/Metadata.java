package org.parley.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a scenario is about and what it rests on.
 *
 * @param asOf the date the judgments describe (evidence after it is out of scope); null when not stated
 */
public record Metadata(String title, LocalDate asOf, String description, List<Source> sources) {
    public Metadata {
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        sources = List.copyOf(sources);
    }
}
