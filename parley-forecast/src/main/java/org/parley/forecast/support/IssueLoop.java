package org.parley.forecast.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
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
    /** Told of each issue forecast as it completes, on the forecasting thread (for progress displays). */
    @FunctionalInterface
    public interface Listener {
        void issueDone(ModelInfo model, String issueId);
    }

    /* Per thread, so that concurrent forecasts (sweeps, the server) never see another caller's listener. */
    private static final ThreadLocal<Listener> LISTENER = new ThreadLocal<>();

    private IssueLoop() {
    }

    /**
     * Runs {@code body} with {@code listener} told of every issue that a model forecasts through this loop on the
     * current thread (calls to {@link #forecast} nested in body, in issue order); the earlier listener, if any, is
     * restored afterwards.
     */
    public static <T> T observed(Listener listener, Supplier<T> body) {
        Objects.requireNonNull(listener, "listener");
        Listener earlier = LISTENER.get();
        LISTENER.set(listener);
        try {
            return body.get();
        } finally {
            if (earlier == null) {
                LISTENER.remove();
            } else {
                LISTENER.set(earlier);
            }
        }
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
        Listener listener = LISTENER.get();
        for (Issue issue : scenario.issues()) {
            out.add(perIssue.apply(scenario.slice(issue.id())));
            if (listener != null) {
                listener.issueDone(info, issue.id());
            }
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
