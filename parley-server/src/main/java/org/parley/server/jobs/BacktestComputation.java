package org.parley.server.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.parley.backtest.BacktestCase;
import org.parley.backtest.BacktestReport;
import org.parley.provenance.BuildInfo;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.server.db.RunOutput;

/**
 * A backtest run: Parley's models and their documented variants on stored scenarios whose issues record what
 * really happened ({@code outcome}), scored by absolute error with bootstrap intervals and cross-validated
 * selection ({@link BacktestReport}). Progress counts cases; the result is the report in Parley's JSON form.
 *
 * @param dataset     how the report names its cases ({@code scenarios 3 v2, 5 v1})
 * @param inputSha256 digest of the cases' scenario digests, in order
 */
public record BacktestComputation(String dataset, String inputSha256, List<BacktestCase> cases,
                                  Map<String, Object> request) implements Computation {

    @Override
    public RunOutput compute(Progress progress) {
        RunContext run = RunContext.of(InputKind.SCENARIO, inputSha256);
        BacktestReport report = BacktestReport.run(dataset, cases, BacktestReport.Options.DEFAULT, run, done -> {
            progress.checkCancelled();
            progress.report(done / (double) cases.size());
        });
        RunProvenance p = new RunProvenance(dataset, inputSha256, BuildInfo.version(), BuildInfo.gitCommit(),
                BuildInfo.javaVersion(), Instant.now(), request, List.of(report.provenance()));
        return new RunOutput(ResultForms.write(report), ResultForms.provenance(p), null);
    }
}
