package org.parley.cli;

import java.io.PrintWriter;
import java.util.List;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.scenario.Scenario;

/**
 * CSV (RFC 4180, comma-separated, CRLF not required) with one row per issue × model: outcome, interval,
 * status quo, convergence and provenance. Numbers in full precision; empty cells for missing values.
 */
final class CsvOutput {
    static final List<String> HEADER = List.of("scenario_sha256", "issue_id", "model_id", "model_version", "outcome",
            "interval_low", "interval_high", "status_quo", "rounds", "stop_reason", "last_change");

    private CsvOutput() {
    }

    static void write(PrintWriter out, Scenario scenario, List<Forecast> forecasts, String issueFilter) {
        out.println(String.join(",", HEADER));
        for (var issue : scenario.issues()) {
            if (issueFilter != null && !issue.id().equals(issueFilter)) {
                continue;
            }
            for (Forecast f : forecasts) {
                IssueForecast fi = f.issue(issue.id()).orElse(null);
                if (fi == null) {
                    continue;
                }
                out.println(String.join(",",
                        cell(f.provenance().inputSha256()), cell(issue.id()), cell(f.model().id()),
                        cell(f.model().version()), num(fi.outcome()),
                        fi.interval() == null ? "" : num(fi.interval().low()),
                        fi.interval() == null ? "" : num(fi.interval().high()),
                        issue.statusQuo() == null ? "" : num(issue.statusQuo().value()),
                        Integer.toString(fi.convergence().rounds()), cell(fi.convergence().stopReason()),
                        num(fi.convergence().lastChange())));
            }
        }
        out.flush();
    }

    static String num(double x) {
        return Double.isFinite(x) ? Double.toString(x) : "";
    }

    /** Quotes a cell when it holds a comma, quote or line break (doubling quotes inside). */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
