package org.parley.forecast.ensemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;

/**
 * Model disagreement: for every issue, the outcome each model forecasts, their minimum, maximum and spread
 * (max − min). Not a model and not an average: it shows how much the answer depends on the choice of model.
 * Issues appear in the order first met; a model that does not forecast an issue is left out of that issue's list.
 * O(m·k) for m forecasts of k issues. Immutable.
 *
 * @param issues per-issue summaries
 */
public record EnsembleSummary(List<IssueSummary> issues) {
    public EnsembleSummary {
        issues = List.copyOf(issues);
    }

    /** One model's outcome for an issue. */
    public record ModelOutcome(String modelId, double outcome) {
        public ModelOutcome {
            Objects.requireNonNull(modelId, "modelId");
        }
    }

    /**
     * @param min    smallest model outcome
     * @param max    largest model outcome
     * @param spread max − min
     * @param models each model's outcome, in the order the forecasts were given
     */
    public record IssueSummary(String issueId, double min, double max, double spread, List<ModelOutcome> models) {
        public IssueSummary {
            Objects.requireNonNull(issueId, "issueId");
            models = List.copyOf(models);
        }
    }

    /**
     * Summarises forecasts of the same scenario.
     *
     * @throws IllegalArgumentException if no forecast is given, or the forecasts come from different scenarios
     *                                  (different scenario hashes)
     */
    public static EnsembleSummary of(List<Forecast> forecasts) {
        if (forecasts.isEmpty()) {
            throw new IllegalArgumentException("forecasts: need at least one forecast to summarise");
        }
        String hash = forecasts.get(0).provenance().inputSha256();
        Map<String, List<ModelOutcome>> byIssue = new LinkedHashMap<>();
        for (Forecast f : forecasts) {
            if (!f.provenance().inputSha256().equals(hash)) {
                throw new IllegalArgumentException("forecasts: model " + f.model().id()
                        + " forecast a different scenario (hash " + f.provenance().inputSha256() + " vs " + hash + ")");
            }
            for (IssueForecast i : f.issues()) {
                byIssue.computeIfAbsent(i.issueId(), k -> new ArrayList<>())
                        .add(new ModelOutcome(f.model().id(), i.outcome()));
            }
        }
        List<IssueSummary> out = new ArrayList<>();
        byIssue.forEach((id, list) -> {
            double min = list.stream().mapToDouble(ModelOutcome::outcome).min().orElseThrow();
            double max = list.stream().mapToDouble(ModelOutcome::outcome).max().orElseThrow();
            out.add(new IssueSummary(id, min, max, max - min, list));
        });
        return new EnsembleSummary(out);
    }

    /** The summary of one issue, if any model forecast it. */
    public Optional<IssueSummary> issue(String issueId) {
        return issues.stream().filter(i -> i.issueId().equals(issueId)).findFirst();
    }
}
