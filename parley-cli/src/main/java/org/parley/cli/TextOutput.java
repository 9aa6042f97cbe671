package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.views.report.IssueSummary;
import org.parley.views.report.Numbers;
import org.parley.scenario.Issue;
import org.parley.scenario.Scenario;

/** The terminal summaries of {@code analyze} and {@code forecast}: plain ASCII layout, aligned columns. */
final class TextOutput {
    /** The gain definition as printed under the summary and put into the JSON. */
    static final String GAIN_DEFINITION = "gain of an actor = |status quo - position| - |y - position|, with y the "
            + "median of the models' forecasts (robust to one outlying model); positive: the outcome moves towards "
            + "the actor's position. |gain| <= " + Numbers.format(IssueSummary.NEUTRAL_FRACTION * 100, 3)
            + "% of the scale's range counts as unchanged.";

    private TextOutput() {
    }

    /** {@code x} for the terminal: as {@link Numbers#format(double)}, but "-" (ASCII) for a missing value. */
    static String num(double x) {
        return Double.isFinite(x) ? Numbers.format(x) : "-";
    }

    static String num(double x, int decimals) {
        return Double.isFinite(x) ? Numbers.format(x, decimals) : "-";
    }

    /** {@code x} with an explicit ASCII sign ("+3.5", "-2", "0"). */
    static String signed(double x) {
        return Double.isFinite(x) ? Numbers.signed(x).replace('\u2212', '-') : "-";
    }

    static String range(double lo, double hi) {
        return num(lo) + " .. " + num(hi);
    }

    /** Line width the summaries wrap long lists at. */
    static final int WRAP = 100;

    /** Splits text at ", " boundaries into lines of at most {@code width} characters where possible. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String part : text.split(", ")) {
            if (line.length() > 0 && line.length() + 2 + part.length() > width) {
                lines.add(line.append(',').toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? ", " : "").append(part);
        }
        lines.add(line.toString());
        return lines;
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    static void table(PrintWriter out, String indent, List<List<String>> rows) {
        int cols = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] w = new int[cols];
        for (List<String> r : rows) {
            for (int c = 0; c < r.size(); c++) {
                w[c] = Math.max(w[c], r.get(c).length() + 2);
            }
        }
        for (List<String> r : rows) {
            StringBuilder b = new StringBuilder(indent);
            for (int c = 0; c < r.size(); c++) {
                b.append(c == r.size() - 1 ? r.get(c) : pad(r.get(c), w[c]));
            }
            out.println(b.toString().stripTrailing());
        }
    }

    private static String scaleText(Issue i) {
        var sc = i.scale();
        return "scale " + num(sc.min()) + (sc.minMeaning().isEmpty() ? "" : " (" + shorten(sc.minMeaning(), 45) + ")")
                + " .. " + num(sc.max()) + (sc.maxMeaning().isEmpty() ? "" : " (" + shorten(sc.maxMeaning(), 45) + ")");
    }

    private static void header(PrintWriter out, Path file, Scenario s, String sha256) {
        var md = s.metadata();
        out.println(md.title() + (md.asOf() == null ? "" : " - as of " + md.asOf()));
        out.println(file + ": " + s.actors().size() + " actors, " + s.issues().size() + " issues; scenario sha256 "
                + sha256);
    }

    static void analysis(PrintWriter out, Path file, Scenario s, String sha256, List<Forecast> forecasts,
                         List<IssueSummary> summaries) {
        header(out, file, s, sha256);
        out.println("models: " + forecasts.stream().map(f -> f.model().id() + " " + f.model().version() + " ("
                + f.model().name() + ")").collect(Collectors.joining(", ")));
        int k = 0;
        for (IssueSummary sum : summaries) {
            Issue issue = s.issue(sum.issueId()).orElseThrow();
            out.println();
            out.println("[" + (++k) + "] " + issue.label() + " (" + issue.id() + ")");
            out.println("    " + scaleText(issue) + (issue.deadline() == null ? "" : "; deadline " + issue.deadline()));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("", "forecast", "interval", "vs status quo", "rounds", "stop reason"));
            rows.add(List.of("status quo", sum.hasStatusQuo() ? num(sum.statusQuo()) : "none", "", "", "", ""));
            for (Forecast f : forecasts) {
                IssueForecast fi = f.issue(sum.issueId()).orElse(null);
                if (fi == null) {
                    rows.add(List.of(f.model().id(), "-", "", "", "", "not forecast by this model"));
                    continue;
                }
                rows.add(List.of(f.model().id(), num(fi.outcome()),
                        fi.interval() == null ? "" : range(fi.interval().low(), fi.interval().high()),
                        sum.hasStatusQuo() ? signed(fi.outcome() - sum.statusQuo()) : "",
                        Integer.toString(fi.convergence().rounds()), fi.convergence().stopReason()));
            }
            if (!sum.outcomes().isEmpty()) {
                rows.add(List.of("ensemble", "median " + num(sum.median()), range(sum.min(), sum.max()),
                        sum.hasStatusQuo() ? signed(sum.median() - sum.statusQuo()) : "", "", "(spread min .. max)"));
            }
            table(out, "    ", rows);
            if (!sum.hasStatusQuo()) {
                out.println("    gains and losses: not defined (the issue has no status quo)");
            } else if (!sum.outcomes().isEmpty()) {
                List<List<String>> g = new ArrayList<>();
                for (var verdict : List.of(IssueSummary.Verdict.GAINS, IssueSummary.Verdict.LOSES,
                        IssueSummary.Verdict.UNCHANGED)) {
                    String who = sum.gains().stream().filter(a -> a.verdict() == verdict)
                            .map(a -> a.actorName() + (verdict == IssueSummary.Verdict.UNCHANGED ? ""
                                    : " " + signed(a.gain())))
                            .collect(Collectors.joining(", "));
                    if (!who.isEmpty()) {
                        g.add(List.of(verdict.text() + ":", who));
                    }
                }
                int labelWidth = g.stream().mapToInt(r -> r.get(0).length()).max().orElse(0) + 2;
                for (List<String> r : g) {
                    List<String> lines = wrap(r.get(1), WRAP - 4 - labelWidth);
                    for (int j = 0; j < lines.size(); j++) {
                        out.println("    " + pad(j == 0 ? r.get(0) : "", labelWidth) + lines.get(j));
                    }
                }
            }
        }
        out.println();
        out.println("Note: " + GAIN_DEFINITION);
        out.flush();
    }

    static void forecast(PrintWriter out, Path file, Scenario s, String sha256, Forecast f, String issueFilter) {
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
            out.println("    " + c.rounds() + " round" + (c.rounds() == 1 ? "" : "s") + ", stopped: " + c.stopReason()
                    + (c.rounds() > 0 ? ", last change " + num(c.lastChange(), 6) : ""));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("actor", "initial", "final", "weight"));
            for (var a : fi.actors()) {
                rows.add(List.of(names.getOrDefault(a.actorId(), a.actorId()), num(a.initialPosition()),
                        num(a.finalPosition()), num(a.weight())));
            }
            table(out, "    ", rows);
            if (!fi.explanation().isEmpty()) {
                out.println("    why:");
                for (String line : fi.explanation()) {
                    out.println("      - " + line);
                }
            }
        }
        out.flush();
    }
}
