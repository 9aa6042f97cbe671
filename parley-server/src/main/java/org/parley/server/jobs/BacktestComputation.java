package org.parley.server.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.backtest.Backtest;
import org.parley.backtest.BacktestCase;
import org.parley.backtest.BacktestResult;
import org.parley.backtest.Candidate;
import org.parley.backtest.ErrorSummary;
import org.parley.backtest.deu.CapabilityMeasure;
import org.parley.backtest.deu.DeuImporter;
import org.parley.forecast.BargainingModel;
import org.parley.provenance.BuildInfo;
import org.parley.provenance.Provenance;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.server.db.RunOutput;

/**
 * A backtest run: model candidates on DEU-style cases with known outcomes (the CSV text uploaded with the request),
 * scored by absolute error with cluster-bootstrap intervals against the first candidate. Progress counts cases.
 *
 * @param cases      the cases, read and checked when the run was requested
 * @param candidates the models under test; the first is the reference
 */
public record BacktestComputation(String inputSha256, List<BacktestCase> cases, List<BargainingModel> candidates,
                                  Map<String, Object> request) implements Computation {

    /** The backtest's result document. */
    record BacktestDocument(int schemaVersion, String kind, String parleyVersion, String reference, long cases,
                            List<ErrorSummary> summary, BacktestResult result) {
    }

    /**
     * Reads DEU-style CSV text into cases (capability: Council votes, which needs no extra table).
     *
     * @throws IllegalArgumentException naming the line and column of a malformed value
     */
    public static List<BacktestCase> read(String csv) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("parley-backtest", ".csv");
            Files.writeString(tmp, csv, StandardCharsets.UTF_8);
            return DeuImporter.read(tmp, new DeuImporter.Options(CapabilityMeasure.COUNCIL_VOTES, Map.of()));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the cases: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    @Override
    public RunOutput compute(Progress progress) {
        List<Candidate> named = new ArrayList<>();
        for (BargainingModel m : candidates) {
            named.add(new Candidate(m.info().id(), m));
        }
        BacktestResult r = Backtest.run(cases, named, done -> {
            progress.checkCancelled();
            progress.report(done / (double) cases.size());
        });
        String reference = named.get(0).name();
        List<ErrorSummary> summary = ErrorSummary.of(r, reference, ErrorSummary.Bootstrap.DEFAULT);
        RunContext run = RunContext.of(InputKind.SCENARIO, inputSha256);
        List<Provenance> components = new ArrayList<>();
        for (Candidate c : named) {
            components.add(run.provenance(c.name(), c.model().info().version(), new java.util.TreeMap<>(
                    c.model().options().asParameters())));
        }
        RunProvenance p = new RunProvenance("backtest cases (DEU CSV)", inputSha256, BuildInfo.version(),
                BuildInfo.gitCommit(), BuildInfo.javaVersion(), Instant.now(), request, components);
        return new RunOutput(ResultForms.write(new BacktestDocument(1, "backtest", BuildInfo.version(), reference,
                r.caseCount(), summary, r)), ResultForms.provenance(p), null);
    }
}
