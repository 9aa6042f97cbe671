package org.parley.forecast.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.ModelInfo;
import org.parley.forecast.ModelOptions;
import org.parley.scenario.Issue;
import org.parley.scenario.IssueSlice;
import org.parley.scenario.Scenario;

/** Runs a one-issue model over every issue of a scenario, in scenario order, and wraps the result. */
public final class IssueLoop {
    private IssueLoop() {
    }

    public static Forecast forecast(Scenario scenario, ModelInfo info, ModelOptions options,
                                    Function<IssueSlice, IssueForecast> perIssue) {
        Objects.requireNonNull(scenario, "scenario");
        List<IssueForecast> out = new ArrayList<>();
        for (Issue issue : scenario.issues()) {
            out.add(perIssue.apply(scenario.slice(issue.id())));
        }
        return new Forecast(info, out, Provenances.deterministic(scenario, info, options));
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
