package org.parley.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.parley.forecast.Agreement;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.scenario.ScenarioDigest;

/**
 * Runs every candidate on every case and collects the forecasts of the issues with a known outcome. Stateless;
 * the models are deterministic, so the result depends only on the cases and the candidates. Cost: one forecast per
 * case and candidate.
 */
public final class Backtest {
    private Backtest() {
    }

    /**
     * @param progress called with the number of cases done after each case (for a progress bar); may be null
     */
    public static BacktestResult run(List<BacktestCase> cases, List<Candidate> candidates, IntConsumer progress) {
        List<String> names = candidates.stream().map(Candidate::name).toList();
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("candidate names must be unique: " + names);
        }
        List<BacktestResult.Row> rows = new ArrayList<>();
        int done = 0;
        for (BacktestCase c : cases) {
            RunContext run = RunContext.of(InputKind.SCENARIO, ScenarioDigest.sha256(c.scenario()));
            List<Forecast> fs = new ArrayList<>();
            for (Candidate k : candidates) {
                fs.add(k.model().forecast(c.scenario(), run));
            }
            for (Map.Entry<String, Double> o : c.outcomes().entrySet()) {
                double[] f = new double[candidates.size()];
                Agreement.Status[] a = new Agreement.Status[candidates.size()];
                for (int k = 0; k < f.length; k++) {
                    IssueForecast fi = fs.get(k).issue(o.getKey()).orElseThrow();
                    f[k] = fi.outcome();
                    a[k] = fi.agreement().status();
                }
                double sq = c.scenario().issue(o.getKey()).orElseThrow().statusQuoEstimate()
                        .map(e -> e.value()).orElse(Double.NaN);
                rows.add(new BacktestResult.Row(c.id(), o.getKey(), o.getValue(), sq, f, a));
            }
            done++;
            if (progress != null) {
                progress.accept(done);
            }
        }
        return new BacktestResult(names, rows);
    }
}
