package org.parley.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.analysis.AnalysisException;
import org.parley.analysis.crisis.CrisisAnalysis;
import org.parley.forecast.Agreement;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.ScenarioNotAnalysableException;
import org.parley.provenance.RunContext;
import org.parley.scenario.GameSpec;
import org.parley.scenario.Issue;
import org.parley.scenario.Scenario;
import org.parley.sweep.sample.InputSpace;

/**
 * Evaluates one input point: builds the scenario with those values, runs every model on every issue and solves
 * every crisis game at every stance, and writes the numbers into one row of the {@link OutputLayout}. A model or
 * game that cannot analyse a sampled scenario (for example a capability drawn at the edge of its domain) leaves NaN
 * in its columns; the summaries count such failures. Thread-safe: models and games are stateless.
 *
 * <p>Cost per point: one forecast per model (all issues) plus one template solve per game and stance.
 */
public final class ReplicateEvaluator {
    private final InputSpace space;
    private final List<BargainingModel> models;
    private final List<GameSpec> games;
    private final RunContext run;
    private final OutputLayout layout;

    /**
     * @param run the run the sweep belongs to: its input hash is the base scenario's, recorded in every forecast
     */
    public ReplicateEvaluator(InputSpace space, List<BargainingModel> models, List<GameSpec> games, RunContext run) {
        this.space = Objects.requireNonNull(space, "space");
        this.models = List.copyOf(models);
        this.games = List.copyOf(games);
        this.run = Objects.requireNonNull(run, "run");
        List<OutputId> cols = new ArrayList<>();
        for (BargainingModel m : this.models) {
            for (Issue is : space.base().issues()) {
                cols.add(OutputId.forecast(m.info().id(), is.id()));
                cols.add(OutputId.agreement(m.info().id(), is.id()));
            }
        }
        for (GameSpec g : this.games) {
            for (String stance : g.stances().keySet()) {
                for (OutputKind k : List.of(OutputKind.P_DEAL, OutputKind.P_ESCALATION, OutputKind.P_STATUS_QUO,
                        OutputKind.MODAL_OUTCOME)) {
                    cols.add(OutputId.crisis(k, g.id(), g.issue(), stance));
                }
            }
        }
        this.layout = new OutputLayout(cols);
    }

    public OutputLayout layout() {
        return layout;
    }

    public InputSpace space() {
        return space;
    }

    public List<BargainingModel> models() {
        return models;
    }

    public List<GameSpec> games() {
        return games;
    }

    /** Evaluates the point with input values x, writing {@code layout().size()} numbers into out from offset. */
    public void evaluate(double[] x, double[] out, int offset) {
        Scenario s = space.apply(x);
        int c = offset;
        List<Issue> issues = s.issues();
        for (BargainingModel m : models) {
            Forecast f;
            try {
                f = m.forecast(s, run);
            } catch (ScenarioNotAnalysableException e) {
                Arrays.fill(out, c, c + 2 * issues.size(), Double.NaN);
                c += 2 * issues.size();
                continue;
            }
            for (Issue is : issues) {
                IssueForecast fi = f.issue(is.id()).orElseThrow();
                out[c++] = fi.outcome();
                out[c++] = switch (fi.agreement().status()) {
                    case AGREEMENT -> 0.0;
                    case NO_AGREEMENT -> 1.0;
                    case NOT_MODELLED -> Double.NaN;
                };
            }
        }
        for (GameSpec g : games) {
            for (Map.Entry<String, Double> st : g.stances().entrySet()) {
                try {
                    CrisisAnalysis.StanceOutcome so = CrisisAnalysis.solveAt(run, s, g, st.getKey(), st.getValue());
                    out[c++] = so.pDeal();
                    out[c++] = so.pEscalation();
                    out[c++] = so.pStatusQuo();
                    out[c++] = so.mostLikely().ordinal();
                } catch (AnalysisException | ScenarioNotAnalysableException e) {
                    Arrays.fill(out, c, c + 4, Double.NaN);
                    c += 4;
                }
            }
        }
    }
}
