package org.parley.server.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.forecast.BargainingModel;
import org.parley.provenance.BuildInfo;
import org.parley.scenario.Scenario;
import org.parley.server.db.RunOutput;
import org.parley.sweep.SweepResult;
import org.parley.sweep.SweepRunner;
import org.parley.sweep.SweepSetup;
import org.parley.sweep.SweepSpec;
import org.parley.sweep.Zone;
import org.parley.sweep.engine.LocalEngine;
import org.parley.sweep.engine.SweepCancelledException;
import org.parley.sweep.engine.SweepMonitor;
import org.parley.views.html.SweepHtml;
import org.parley.views.json.Documents;
import org.parley.views.json.ParleyJson;

/**
 * A sweep run: what {@code parley sweep} computes for one scenario version (Monte Carlo over the uncertainty ranges,
 * zone probabilities, one-at-a-time swings and Sobol indices) on this machine's local engine, as the same JSON
 * document and HTML page. Progress is the share of rows done in the current phase; a cancel stops the engine
 * between chunks.
 *
 * @param scenarioName how the documents name the scenario ({@code scenario/3/versions/2})
 * @param threads      worker threads of the local engine
 */
public record SweepComputation(String scenarioName, Scenario scenario, String sha256, SweepSpec spec,
                               List<BargainingModel> models, List<Zone> zones, int threads,
                               Map<String, Object> request) implements Computation {

    @Override
    public RunOutput compute(Progress progress) {
        AtomicLong total = new AtomicLong(1);
        AtomicLong done = new AtomicLong();
        SweepMonitor monitor = new SweepMonitor() {
            @Override
            public void started(String phase, long rows) {
                total.set(Math.max(1, rows));
                done.set(0);
                progress.report(0);
            }

            @Override
            public void advanced(long rows) {
                progress.report(done.addAndGet(rows) / (double) total.get());
            }

            @Override
            public boolean cancelled() {
                return progress.isCancelled();
            }
        };
        SweepResult r;
        try (LocalEngine engine = new LocalEngine(threads)) {
            r = SweepRunner.run(SweepSetup.of(spec, models), zones, engine, monitor);
        } catch (SweepCancelledException e) {
            throw new Progress.CancelledException();
        }
        String json = ParleyJson.write(new Documents.Sweep(BuildInfo.version(), BuildInfo.javaVersion(),
                new Documents.ScenarioRef(scenarioName, scenario.metadata().title(),
                        scenario.metadata().asOf() == null ? null : scenario.metadata().asOf().toString(), sha256,
                        scenario.actors().size(), scenario.issues().size()), r, null));
        RunProvenance p = new RunProvenance(scenarioName, sha256, BuildInfo.version(), BuildInfo.gitCommit(),
                BuildInfo.javaVersion(), Instant.now(), request, List.of(r.provenance()));
        return new RunOutput(json, ResultForms.provenance(p), SweepHtml.page(scenario, scenarioName, r));
    }
}
