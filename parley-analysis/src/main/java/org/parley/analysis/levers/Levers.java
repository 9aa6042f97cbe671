package org.parley.analysis.levers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import org.parley.analysis.InvalidAnalysisInputException;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.IssueForecast;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.scenario.LeverTarget;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;

/**
 * Entry point for "what would it take" questions over bargaining models: for each model, the smallest change of one
 * actor's attribute that moves the model's forecast of the issue across the target (algorithm in
 * {@link LeverSearch}). Models are black boxes: only {@link BargainingModel#forecast(Scenario)} is called, on
 * scenarios rebuilt by {@link ScenarioEdits}.
 *
 * <p>Cost per model: about {@code gridPoints + 1 + 30 × crossings} forecasts of the whole scenario. Thread-safe.
 */
public final class Levers {
    private Levers() {
    }

    /** {@link #find(Scenario, LeverQuery, List, LeverOptions)} with {@link LeverOptions#DEFAULTS}. */
    public static LeverResult find(Scenario scenario, LeverQuery query, List<BargainingModel> models) {
        return find(scenario, query, models, LeverOptions.DEFAULTS);
    }

    /** {@link #find(Scenario, LeverQuery, List, LeverOptions, RunContext)} as a run of its own on this scenario. */
    public static LeverResult find(Scenario scenario, LeverQuery query, List<BargainingModel> models,
                                   LeverOptions options) {
        return find(scenario, query, models, options,
                RunContext.of(InputKind.SCENARIO, ScenarioDigest.sha256(scenario)));
    }

    /**
     * Runs the lever search for each model.
     *
     * @param run the run this search belongs to (the scenario's digest, computed once per run)
     * @throws InvalidAnalysisInputException if the actor, issue or stance does not exist, if the target is
     *                                       categorical or names a metric other than {@code forecast}, or if no
     *                                       model is given
     * @throws org.parley.forecast.ScenarioNotAnalysableException if a model cannot forecast the unmodified scenario
     */
    public static LeverResult find(Scenario scenario, LeverQuery query, List<BargainingModel> models,
                                   LeverOptions options, RunContext run) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(run, "run");
        if (models == null || models.isEmpty()) {
            throw new InvalidAnalysisInputException("models: give at least one bargaining model");
        }
        LeverTarget t = query.target();
        if (t.isCategorical() || (t.metric() != null && t.metric() != LeverTarget.Metric.FORECAST)) {
            throw new InvalidAnalysisInputException("target: a bargaining model's forecast is a number; use e.g. '>= 50'"
                    + " (got '" + t + "')");
        }
        double current = ScenarioEdits.current(scenario, query.actorId(), query.issueId(), query.attribute());
        Domain domain = LeverSearch.domain(scenario, query, options);
        List<LeverOutcome> out = new ArrayList<>(models.size());
        for (BargainingModel m : models) {
            out.add(LeverSearch.search(scenario, run, query, options, new ModelResponder(m, query.issueId())));
        }
        return new LeverResult(query, current, domain, options, out);
    }

    /** Reads one issue's forecast outcome of a bargaining model. */
    public record ModelResponder(BargainingModel model, String issueId) implements Responder {
        public ModelResponder {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(issueId, "issueId");
        }

        @Override
        public String id() {
            return model.info().id();
        }

        @Override
        public String version() {
            return model.info().version();
        }

        @Override
        public SortedMap<String, String> parameters() {
            return model.options().asParameters();
        }

        @Override
        public Reading read(Scenario scenario) {
            IssueForecast f = model.forecast(scenario).issue(issueId).orElseThrow(() ->
                    new InvalidAnalysisInputException("model " + id() + " gave no forecast for issue '" + issueId + "'"));
            return Reading.of(f.outcome());
        }
    }
}
