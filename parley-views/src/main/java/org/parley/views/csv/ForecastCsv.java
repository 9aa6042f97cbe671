package org.parley.views.csv;

import java.io.PrintWriter;
import java.util.List;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.scenario.Scenario;
import org.parley.views.format.Phrases;

/**
 * Forecasts as CSV, one row per issue × model: outcome, interval, status quo, convergence and the scenario's digest.
 */
public final class ForecastCsv {
    /** The header row. */
    public static final List<String> HEADER = List.of("scenario_sha256", "issue_id", "model_id", "model_version",
            "outcome", "interval_low", "interval_high", "status_quo", "rounds", "stop_reason", "last_change");

    private ForecastCsv() {
    }

    /**
     * Writes the header and a row per issue (in scenario order, only {@code issueFilter} when not null) and model
     * that forecast it.
     *
     * @param scenarioSha256 the scenario's digest, written in every row
     */
    public static void write(PrintWriter out, Scenario scenario, String scenarioSha256, List<Forecast> forecasts,
                             String issueFilter) {
        Csv.row(out, HEADER);
        for (var issue : scenario.issues()) {
            if (issueFilter != null && !issue.id().equals(issueFilter)) {
                continue;
            }
            for (Forecast f : forecasts) {
                IssueForecast fi = f.issue(issue.id()).orElse(null);
                if (fi == null) {
                    continue;
                }
                Csv.row(out, List.of(Csv.text(scenarioSha256), Csv.text(issue.id()), Csv.text(f.model().id()),
                        Csv.text(f.model().version()), Csv.number(fi.outcome()),
                        fi.interval() == null ? "" : Csv.number(fi.interval().low()),
                        fi.interval() == null ? "" : Csv.number(fi.interval().high()),
                        issue.statusQuo() == null ? "" : Csv.number(issue.statusQuo().value()),
                        Integer.toString(fi.convergence().rounds()), Csv.text(Phrases.sentence(fi.convergence().stopReason())),
                        Csv.number(fi.convergence().lastChange())));
            }
        }
        out.flush();
    }
}
