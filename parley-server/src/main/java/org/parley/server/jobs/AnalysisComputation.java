package org.parley.server.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.analysis.crisis.CrisisAnalysis;
import org.parley.analysis.levers.LeverOptions;
import org.parley.analysis.plan.AnalysisPlan;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.analysis.plan.LeverSpec;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Forecast;
import org.parley.forecast.Models;
import org.parley.provenance.BuildInfo;
import org.parley.provenance.InputKind;
import org.parley.provenance.Provenance;
import org.parley.provenance.RunContext;
import org.parley.scenario.Scenario;
import org.parley.server.db.RunOutput;

/**
 * An analysis run: what {@code parley analyze} computes for one scenario version (the chosen models on every issue,
 * the games: and levers: sections), as the same JSON document and HTML report. Progress counts models, games and
 * levers; cancellation is honoured between them.
 *
 * @param scenarioName how the document names the scenario ({@code scenario/3/versions/2})
 * @param models       the configured models, in order
 * @param leverGrid    grid points of each lever scan
 * @param request      the request as given, recorded in the provenance
 */
public record AnalysisComputation(String scenarioName, Scenario scenario, AnalysisPlan plan, String sha256,
                                  List<BargainingModel> models, int leverGrid, Map<String, Object> request)
        implements Computation {

    @Override
    public RunOutput compute(Progress progress) {
        RunContext run = RunContext.of(InputKind.SCENARIO, sha256);
        int steps = models.size() + plan.games().size() + plan.levers().size();
        int done = 0;
        List<Forecast> forecasts = new ArrayList<>();
        for (BargainingModel m : models) {
            progress.checkCancelled();
            forecasts.add(m.forecast(scenario, run));
            progress.report(++done / (double) steps);
        }
        List<CrisisAnalysis.CrisisReport> crises = new ArrayList<>();
        if (!plan.games().isEmpty()) {
            progress.checkCancelled();
            crises.addAll(plan.runGames(scenario));
            done += plan.games().size();
            progress.report(done / (double) steps);
        }
        List<LeverAnswer> levers = new ArrayList<>();
        for (LeverSpec l : plan.levers()) {
            progress.checkCancelled();
            levers.add(AnalysisPlan.runLever(scenario, l, modelsFor(l), LeverOptions.DEFAULTS.withGridPoints(leverGrid),
                    run));
            progress.report(++done / (double) steps);
        }
        progress.checkCancelled();
        List<Provenance> components = new ArrayList<>();
        forecasts.forEach(f -> components.add(f.provenance()));
        components.addAll(ResultForms.provenances(crises, levers));
        RunProvenance provenance = new RunProvenance(scenarioName, sha256, BuildInfo.version(), BuildInfo.gitCommit(),
                BuildInfo.javaVersion(), run.startedAt(), request, components);
        return new RunOutput(ResultForms.analysis(scenarioName, scenario, sha256, forecasts, crises, levers),
                ResultForms.provenance(provenance),
                ResultForms.report(scenario, forecasts, crises, levers, Instant.now()));
    }

    /** The models a lever asks: those it names (configured as the run's when the run has them), or the run's. */
    private List<BargainingModel> modelsFor(LeverSpec spec) {
        if (spec.isGameLever()) {
            return List.of();
        }
        if (spec.models().isEmpty()) {
            return models;
        }
        List<BargainingModel> out = new ArrayList<>();
        for (String id : spec.models()) {
            out.add(models.stream().filter(m -> m.info().id().equals(id)).findFirst()
                    .orElseGet(() -> Models.byId(id)));
        }
        return out;
    }
}
