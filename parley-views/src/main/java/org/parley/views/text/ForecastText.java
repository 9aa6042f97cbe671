package org.parley.views.text;

import org.parley.views.format.Escaping;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.forecast.Agreement;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.Sentence;
import org.parley.forecast.ensemble.IssueComparison;
import org.parley.scenario.Issue;
import org.parley.scenario.Scenario;
import org.parley.views.format.Numbers;
import org.parley.views.format.Phrases;
import org.parley.views.format.Typography;

/**
 * The terminal text of forecasts: the comparison of every model on every issue ({@code analyze}) and one model's
 * detail ({@code forecast}). Plain ASCII, aligned columns.
 */
public final class ForecastText {
    private ForecastText() {
    }

    static String num(double x) {
        return Numbers.fixed(x, Typography.ASCII);
    }

    static String num(double x, int decimals) {
        return Numbers.fixed(x, decimals, Typography.ASCII);
    }

    static String signed(double x) {
        return Numbers.signed(x, Typography.ASCII);
    }

    static String range(double lo, double hi) {
        return num(lo) + " .. " + num(hi);
    }

    private static String scaleText(Issue i) {
        var sc = i.scale();
        return "scale " + num(sc.min()) + (sc.minMeaning().isEmpty() ? "" : " (" + TextTable.shorten(sc.minMeaning(), 45) + ")")
                + " .. " + num(sc.max()) + (sc.maxMeaning().isEmpty() ? "" : " (" + TextTable.shorten(sc.maxMeaning(), 45) + ")");
    }

    private static void header(PrintWriter out, Path file, Scenario s, String sha256) {
        ScenarioText.title(out, s);
        out.println(file + ": " + s.actors().size() + " actors, " + s.issues().size() + " issues; scenario sha256 "
                + sha256);
    }

    /**
     * The comparison {@code analyze} prints: the scenario header, the models, and per issue each model's forecast
     * beside the status quo, the ensemble spread and who gains or loses; then the gain definition.
     */
    public static void comparison(PrintWriter raw, Path file, Scenario s, String sha256, List<Forecast> forecasts,
                                  List<IssueComparison> summaries) {
        PrintWriter out = Escaping.terminal(raw); // user strings must not reach the terminal raw
        header(out, file, s, sha256);
        out.println("models: " + forecasts.stream().map(f -> f.model().id() + " " + f.model().version() + " ("
                + f.model().name() + ")").collect(Collectors.joining(", ")));
        int k = 0;
        for (IssueComparison sum : summaries) {
            Issue issue = s.issue(sum.issueId()).orElseThrow();
            out.println();
            out.println("[" + (++k) + "] " + issue.label() + " (" + issue.id() + ")");
            out.println("    " + scaleText(issue) + (issue.deadline() == null ? "" : "; deadline " + issue.deadline()));
            // the agreement column appears only where some model knows who decides, so files without a
            // decision: section print as they always did
            boolean decided = forecasts.stream().map(f -> f.issue(sum.issueId()).orElse(null))
                    .anyMatch(fi -> fi != null && fi.agreement().status() != Agreement.Status.NOT_MODELLED);
            List<List<String>> rows = new ArrayList<>();
            rows.add(row(decided, List.of("", "forecast", "interval", "vs status quo", "rounds", "stop reason"),
                    "agreement"));
            rows.add(row(decided, List.of("status quo", sum.hasStatusQuo() ? num(sum.statusQuo()) : "none", "", "", "",
                    ""), ""));
            for (Forecast f : forecasts) {
                IssueForecast fi = f.issue(sum.issueId()).orElse(null);
                if (fi == null) {
                    rows.add(row(decided, List.of(f.model().id(), "-", "", "", "", "not forecast by this model"), ""));
                    continue;
                }
                rows.add(row(decided, List.of(f.model().id(), num(fi.outcome()),
                        fi.interval() == null ? "" : range(fi.interval().low(), fi.interval().high()),
                        sum.hasStatusQuo() ? signed(fi.outcome() - sum.statusQuo()) : "",
                        Integer.toString(fi.convergence().rounds()), Phrases.sentence(fi.convergence().stopReason())),
                        Phrases.agreement(fi.agreement())));
            }
            if (!sum.outcomes().isEmpty()) {
                rows.add(row(decided, List.of("ensemble", "median " + num(sum.median()), range(sum.min(), sum.max()),
                        sum.hasStatusQuo() ? signed(sum.median() - sum.statusQuo()) : "", "", "(spread min .. max)"), ""));
            }
            TextTable.table(out, "    ", rows);
            s.decisionFor(issue.id()).ifPresent(d -> out.println("    who decides: " + Phrases.decision(d)
                    + acceptable(forecasts, sum.issueId())));
            if (!sum.hasStatusQuo()) {
                out.println("    gains and losses: not defined (the issue has no status quo)");
            } else if (!sum.outcomes().isEmpty()) {
                List<List<String>> g = new ArrayList<>();
                for (var verdict : List.of(IssueComparison.Verdict.GAINS, IssueComparison.Verdict.LOSES,
                        IssueComparison.Verdict.UNCHANGED)) {
                    String who = sum.gains().stream().filter(a -> a.verdict() == verdict)
                            .map(a -> a.actorName() + (verdict == IssueComparison.Verdict.UNCHANGED ? ""
                                    : " " + signed(a.gain())))
                            .collect(Collectors.joining(", "));
                    if (!who.isEmpty()) {
                        g.add(List.of(Phrases.verdict(verdict) + ":", who));
                    }
                }
                int labelWidth = g.stream().mapToInt(r -> r.get(0).length()).max().orElse(0) + 2;
                for (List<String> r : g) {
                    List<String> lines = TextTable.wrap(r.get(1), TextTable.WRAP - 4 - labelWidth);
                    for (int j = 0; j < lines.size(); j++) {
                        out.println("    " + TextTable.pad(j == 0 ? r.get(0) : "", labelWidth) + lines.get(j));
                    }
                }
            }
        }
        out.println();
        out.println("Note: " + Phrases.GAIN_DEFINITION);
        out.flush();
    }

    /** A table row with the agreement cell appended when the issue's agreement is modelled. */
    private static List<String> row(boolean decided, List<String> cells, String agreement) {
        if (!decided) {
            return cells;
        }
        List<String> r = new ArrayList<>(cells);
        r.add(agreement);
        return r;
    }

    /** "; acceptable against the reversion point q: [a, b]" from the first forecast that models it, or "". */
    private static String acceptable(List<Forecast> forecasts, String issueId) {
        for (Forecast f : forecasts) {
            IssueForecast fi = f.issue(issueId).orElse(null);
            if (fi != null && fi.agreement().acceptable() != null) {
                Agreement a = fi.agreement();
                return "; against the reversion point " + num(a.reversion()) + " the deciders accept "
                        + (a.acceptable().low() == a.acceptable().high() ? "no move"
                        : range(a.acceptable().low(), a.acceptable().high()));
            }
        }
        return "";
    }

    /**
     * One model's forecast in detail ({@code forecast}): model and parameters, and per issue (or only
     * {@code issueFilter} when not null) the outcome, convergence, each actor's positions and weight, and the model's
     * explanation.
     */
    public static void detail(PrintWriter raw, Path file, Scenario s, String sha256, Forecast f, String issueFilter) {
        PrintWriter out = Escaping.terminal(raw); // user strings must not reach the terminal raw
        header(out, file, s, sha256);
        var p = f.provenance();
        out.println("model: " + f.model().name() + " (" + f.model().id() + " " + f.model().version() + ")"
                + (f.model().reference().isEmpty() ? "" : "; " + f.model().reference()));
        out.println("parameters: " + (p.parameters().isEmpty() ? "none" : p.parameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")))
                + "; seed " + (p.seed() == null ? "none" : p.seed()));
        Map<String, String> names = s.actors().stream()
                .collect(Collectors.toMap(a -> a.id(), a -> a.name(), (a, b) -> a));
        int k = 0;
        for (Issue issue : s.issues()) {
            if (issueFilter != null && !issue.id().equals(issueFilter)) {
                continue;
            }
            k++;
            IssueForecast fi = f.issue(issue.id()).orElse(null);
            out.println();
            out.println("[" + k + "] " + issue.label() + " (" + issue.id() + ")");
            out.println("    " + scaleText(issue));
            if (fi == null) {
                out.println("    not forecast by this model");
                continue;
            }
            double sq = issue.statusQuo() == null ? Double.NaN : issue.statusQuo().value();
            out.println("    forecast " + num(fi.outcome())
                    + (fi.interval() == null ? "" : " (interval " + range(fi.interval().low(), fi.interval().high())
                    + ")") + "; status quo " + (Double.isNaN(sq) ? "none" : num(sq) + " (shift "
                    + signed(fi.outcome() - sq) + ")"));
            var c = fi.convergence();
            out.println("    " + c.rounds() + " round" + (c.rounds() == 1 ? "" : "s") + ", stopped: " + Phrases.sentence(c.stopReason())
                    + (c.rounds() > 0 ? ", last change " + num(c.lastChange(), 6) : ""));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("actor", "initial", "final", "weight"));
            for (var a : fi.actors()) {
                rows.add(List.of(names.getOrDefault(a.actorId(), a.actorId()), num(a.initialPosition()),
                        num(a.finalPosition()), num(a.weight())));
            }
            TextTable.table(out, "    ", rows);
            if (!fi.explanation().isEmpty()) {
                out.println("    why:");
                for (Sentence why : fi.explanation()) {
                    out.println("      - " + Phrases.sentence(why));
                }
            }
        }
        out.flush();
    }
}
