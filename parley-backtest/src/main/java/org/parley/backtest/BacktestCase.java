package org.parley.backtest;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.parley.scenario.Scenario;

/**
 * One decision with a known outcome: a scenario and the real outcome of (some of) its issues.
 *
 * @param id       the case's name (e.g. the DEU proposal id)
 * @param scenario the scenario as it stood before the decision
 * @param outcomes issue id → the real outcome on the issue's scale (issues without a coded outcome are absent)
 * @param decided  when the decision was taken, or null when unknown
 */
public record BacktestCase(String id, Scenario scenario, Map<String, Double> outcomes, LocalDate decided) {
    public BacktestCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        for (Map.Entry<String, Double> e : outcomes.entrySet()) {
            if (scenario.issue(e.getKey()).isEmpty()) {
                throw new IllegalArgumentException("case " + id + ": outcome for unknown issue " + e.getKey());
            }
            if (!Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("case " + id + ": outcome of " + e.getKey() + " is not finite");
            }
        }
    }
}
