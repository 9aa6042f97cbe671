package org.parley.forecast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.provenance.Provenance;

/**
 * One model's forecast for every issue of a scenario, with its provenance. Immutable.
 */
public record Forecast(ModelInfo model, List<IssueForecast> issues, Provenance provenance) {
    public Forecast {
        Objects.requireNonNull(model, "model");
        issues = List.copyOf(issues);
        Objects.requireNonNull(provenance, "provenance");
    }

    public Optional<IssueForecast> issue(String issueId) {
        return issues.stream().filter(f -> f.issueId().equals(issueId)).findFirst();
    }
}
