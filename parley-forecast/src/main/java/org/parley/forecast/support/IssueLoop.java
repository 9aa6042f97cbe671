package org.parley.forecast.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.ModelInfo;
import org.parley.forecast.ModelOptions;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.scenario.Issue;
import org.parley.scenario.IssueSlice;
import org.parley.scenario.Scenario;

/** Runs a one-issue model over every issue of a scenario, in scenario order, and wraps the result. */
public final class IssueLoop {
    private IssueLoop() {
    }

    /**
     * Forecasts each issue with {@code perIssue} and records the provenance: the context's scenario hash, the model's
     * id and version and every option.
     */
    public static Forecast forecast(Scenario scenario, RunContext context, ModelInfo info, ModelOptions options,
                                    Function<IssueSlice, IssueForecast> perIssue) {
        Objects.requireNonNull(scenario, "scenario");
        if (context.inputKind() != InputKind.SCENARIO) {
            throw new IllegalArgumentException("a bargaining model forecasts a scenario, not a " + context.inputKind());
        }
        List<IssueForecast> out = new ArrayList<>();
        for (Issue issue : scenario.issues()) {
            out.add(perIssue.apply(scenario.slice(issue.id())));
        }
        return new Forecast(info, out, context.provenance(info.id(), info.version(), options.asParameters()));
    }

    /** Per-actor detail for a static model: final = initial position. */
    public static List<IssueForecast.ActorDetail> staticActors(IssueSlice slice, double[] w) {
        List<IssueForecast.ActorDetail> out = new ArrayList<>();
        for (int i = 0; i < slice.size(); i++) {
            out.add(new IssueForecast.ActorDetail(slice.actorIds().get(i), slice.position(i), slice.position(i), w[i]));
        }
        return out;
    }
}
