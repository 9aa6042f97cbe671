package org.parley.views.html;

import static org.parley.views.format.Escaping.html;
import static org.parley.views.html.Html.anchor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.Sentence;
import org.parley.provenance.Provenance;
import org.parley.forecast.RoundState;
import org.parley.forecast.ensemble.IssueComparison;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.Scenario;
import org.parley.scenario.Source;
import org.parley.scenario.Stance;
import org.parley.scenario.Uncertainty;
import org.parley.views.format.Numbers;
import org.parley.views.format.Phrases;
import org.parley.views.svg.IssueChartsSvg;
import org.parley.views.svg.Palette;

/**
 * Renders an analysis (a scenario and the forecasts of one or more bargaining models) as one self-contained HTML
 * page: inline CSS, inline SVG charts, no scripts needed and no external resources, so that it opens offline and
 * can be mailed or archived as a single file.
 *
 * <p>Contents, in order: title, as-of date, description; a summary table (every issue × every model, the
 * ensemble spread); the scenario table (actors × issues with position, salience, capability, uncertainty and the
 * rationale as tooltip and numbered note); per issue the forecasts beside the status quo, a chart of actor positions
 * on the issue's scale, who gains and who loses (see {@link IssueComparison} for the definition), for each model with
 * rounds a chart of positions per round and the collapsible moves table, and each model's explanation; the
 * provenance block (scenario SHA-256, model ids, versions, parameters, seeds, Parley and Java versions); the
 * sources.
 *
 * <p>Every string taken from the scenario or a forecast is HTML-escaped; source URLs become links only when they
 * are absolute http(s) addresses. Only a few lines of inline script exist, to open the collapsed tables before
 * printing (progressive enhancement; the page is complete without it).
 *
 * <p>Stateless and thread-safe. Output size is linear in actors × issues plus the number of rounds and moves
 * (moves capped by {@link ReportOptions#maxMoveRows()} per table).
 */
public final class HtmlReport {

    private static final String CSS = """
            :root{--fg:#1a1a1a;--muted:#555;--line:#c8c8c8;--head:#f0f0f0;--accent:#0a5c99}
            *{box-sizing:border-box}
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:#fff;max-width:1120px;margin:0 auto;padding:1rem 1.5rem 3rem}
            h1{font-size:1.8rem;margin:.3rem 0}
            h2{font-size:1.35rem;border-bottom:2px solid var(--fg);padding-bottom:.15rem;margin-top:2.4rem}
            h3{font-size:1.15rem;margin-top:2rem}
            h4{font-size:1rem;margin:1.2rem 0 .3rem}
            a{color:var(--accent)}
            .meta,.note{color:var(--muted)}
            .note{font-size:.9rem}
            nav ol{columns:2;margin:.3rem 0}
            table{border-collapse:collapse;margin:.5rem 0 1rem;font-variant-numeric:tabular-nums}
            th,td{border:1px solid var(--line);padding:.22rem .5rem;text-align:left;vertical-align:top}
            thead th{background:var(--head)}
            .num{text-align:right;white-space:nowrap}
            .unc{color:var(--muted);font-size:.85em;white-space:nowrap}
            .gains{color:#005a3c;font-weight:600}
            .loses{color:#9a3300;font-weight:600}
            .wide{overflow-x:auto}
            details{margin:.5rem 0 1rem}
            summary{cursor:pointer;font-weight:600}
            svg.chart{max-width:100%;height:auto;display:block;margin:.5rem 0}
            code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;word-break:break-all}
            ol.notes{font-size:.9rem}
            sup a{text-decoration:none}
            .swatch{display:inline-block;width:.9em;height:.9em;border:1px solid #1a1a1a;vertical-align:-.1em;margin-right:.3em}
            @media print{body{max-width:none;font-size:10.5pt;padding:0}nav{display:none}a{color:inherit}
            h2,h3,h4{break-after:avoid}svg.chart,table{break-inside:avoid}thead th{background:#eee}}
            """;

    private static final String SCRIPT =
            "window.addEventListener('beforeprint',function(){document.querySelectorAll('details')"
                    + ".forEach(function(d){d.open=true;});});";

    /**
     * Renders the report. Forecasts appear in the order given; models are told apart by colour and dash.
     *
     * @throws IllegalArgumentException if the forecasts come from different scenarios (different scenario hashes)
     */
    public String render(Scenario scenario, List<Forecast> forecasts, ReportOptions options) {
        return render(scenario, forecasts, AnalysisSections.NONE, options);
    }

    /**
     * Renders the report with crisis games and levers: a "Crisis games" section (per game the outcome
     * probabilities per stance as a bar chart and a table; per stance the parameters with their sources, the game
     * tree with the equilibrium path highlighted, every equilibrium with beliefs, refinements and its check) and a
     * "What would it take" section (per lever a chart of the response over the attribute's domain and the
     * per-model threshold table), after the issues.
     *
     * @throws IllegalArgumentException if the forecasts come from different scenarios (different scenario hashes)
     */
    public String render(Scenario scenario, List<Forecast> forecasts, AnalysisSections analyses,
                         ReportOptions options) {
        Objects.requireNonNull(analyses, "analyses");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(forecasts, "forecasts");
        Objects.requireNonNull(options, "options");
        List<IssueComparison> summaries = IssueComparison.of(scenario, forecasts);
        Map<String, String> names = new LinkedHashMap<>();
        for (Actor a : scenario.actors()) {
            names.put(a.id(), a.name());
        }
        StringBuilder b = new StringBuilder(64 * 1024);
        String title = scenario.metadata().title();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Parley ").append(html(options.parleyVersion())).append("\">\n")
                .append("<title>").append(html(title)).append(" \u2014 Parley report</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        header(b, scenario, options);
        nav(b, scenario, analyses);
        summary(b, summaries, forecasts);
        scenarioTable(b, scenario);
        b.append("<section id=\"issues\">\n<h2>Issues</h2>\n");
        for (IssueComparison s : summaries) {
            issue(b, scenario, s, forecasts, names, options);
        }
        b.append("</section>\n");
        CrisisHtml.crises(b, analyses.crises());
        LeverHtml.levers(b, analyses.levers());
        if (analyses.uncertainty() != null) {
            b.append("<section id=\"uncertainty\">\n").append(SweepHtml.section(scenario, analyses.uncertainty(), 2))
                    .append("</section>\n");
        }
        provenance(b, forecasts, options);
        sources(b, scenario);
        b.append("<footer class=\"note\"><p>Generated by Parley ").append(html(options.parleyVersion()))
                .append(". Forecasts are model outputs from the analyst\u2019s judgments in the scenario, not facts.")
                .append("</p></footer>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return b.toString();
    }

    /**
     * Renders the report and writes it (UTF-8) to {@code file}, creating parent directories.
     *
     * @return the file written
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path write(Path file, Scenario scenario, List<Forecast> forecasts, ReportOptions options) {
        return write(file, scenario, forecasts, AnalysisSections.NONE, options);
    }

    /**
     * Renders the report with crisis games and levers and writes it (UTF-8) to {@code file}, creating parent
     * directories; safely, through {@link ReportFile} (no symbolic links, atomic replacement).
     *
     * @return the file written
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path write(Path file, Scenario scenario, List<Forecast> forecasts, AnalysisSections analyses,
                      ReportOptions options) {
        String html = render(scenario, forecasts, analyses, options);
        Path name = file.getFileName();
        Path dir = file.toAbsolutePath().getParent();
        ReportFile.write(dir, name.toString(), html);
        return file;
    }

    private static void header(StringBuilder b, Scenario scenario, ReportOptions options) {
        var md = scenario.metadata();
        b.append("<header>\n<h1>").append(html(md.title())).append("</h1>\n<p class=\"meta\">");
        b.append(md.asOf() == null ? "As-of date not stated" : "As of " + md.asOf());
        b.append(" \u00b7 ").append(scenario.actors().size()).append(" actors \u00b7 ")
                .append(scenario.issues().size()).append(" issues");
        if (options.generatedAt() != null) {
            b.append(" \u00b7 generated ").append(html(DateTimeFormatter.ISO_INSTANT.format(options.generatedAt())));
        }
        b.append("</p>\n");
        for (String para : md.description().split("\\n\\s*\\n")) {
            if (!para.isBlank()) {
                b.append("<p>").append(html(para.strip())).append("</p>\n");
            }
        }
        b.append("</header>\n");
    }

    private static void nav(StringBuilder b, Scenario scenario, AnalysisSections analyses) {
        b.append("<nav aria-label=\"Contents\"><ol>\n<li><a href=\"#summary\">Summary</a></li>\n")
                .append("<li><a href=\"#scenario\">Scenario</a></li>\n");
        for (Issue i : scenario.issues()) {
            b.append("<li><a href=\"#").append(anchor("issue-", i.id())).append("\">").append(html(i.label()))
                    .append("</a></li>\n");
        }
        CrisisHtml.nav(b, analyses);
        if (analyses.uncertainty() != null) {
            b.append("<li><a href=\"#uncertainty\">Uncertainty</a></li>\n");
        }
        b.append("<li><a href=\"#provenance\">Provenance</a></li>\n<li><a href=\"#sources\">Sources</a></li>\n")
                .append("</ol></nav>\n");
    }

    private static String swatch(int modelIndex) {
        return "<span class=\"swatch\" style=\"background:" + Palette.series(modelIndex) + "\"></span>";
    }

    private static void summary(StringBuilder b, List<IssueComparison> summaries, List<Forecast> forecasts) {
        b.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"wide\"><table>\n<thead><tr><th>Issue</th>")
                .append("<th class=\"num\">Status quo</th>");
        for (int j = 0; j < forecasts.size(); j++) {
            Forecast f = forecasts.get(j);
            b.append("<th class=\"num\" title=\"").append(html(f.model().name())).append("\">").append(swatch(j))
                    .append(html(f.model().id())).append("</th>");
        }
        b.append("<th class=\"num\">Ensemble spread</th><th class=\"num\">Median</th></tr></thead>\n<tbody>\n");
        for (IssueComparison s : summaries) {
            b.append("<tr><th scope=\"row\"><a href=\"#").append(anchor("issue-", s.issueId())).append("\">")
                    .append(html(s.label())).append("</a></th><td class=\"num\">").append(Numbers.fixed(s.statusQuo()))
                    .append("</td>");
            for (Forecast f : forecasts) {
                b.append("<td class=\"num\">").append(f.issue(s.issueId())
                        .map(fi -> Numbers.fixed(fi.outcome())).orElse("\u2014")).append("</td>");
            }
            b.append("<td class=\"num\">").append(spread(s)).append("</td><td class=\"num\">")
                    .append(Numbers.fixed(s.median())).append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n<p class=\"note\">Ensemble spread: the smallest and largest forecast ")
                .append("across the models; median: their median. An actor <em>gains</em> from an outcome y by ")
                .append("|status quo \u2212 position| \u2212 |y \u2212 position|, i.e. by how much y lies closer to ")
                .append("its position than the status quo; the verdicts below use the median forecast (robust to ")
                .append("one outlying model) and count |gain| \u2264 ")
                .append(Numbers.fixed(IssueComparison.NEUTRAL_FRACTION * 100, 3))
                .append("% of the scale\u2019s range as unchanged.</p>\n</section>\n");
    }

    private static String spread(IssueComparison s) {
        if (s.outcomes().isEmpty()) {
            return "\u2014";
        }
        return Numbers.fixed(s.min()) + "\u2013" + Numbers.fixed(s.max());
    }

    private static String estimate(Estimate e) {
        String v = Numbers.fixed(e.value());
        Uncertainty u = e.uncertainty();
        if (u instanceof Uncertainty.Range r) {
            return v + " <span class=\"unc\">[" + Numbers.fixed(r.low()) + "\u2013" + Numbers.fixed(r.high())
                    + "]</span>";
        }
        if (u instanceof Uncertainty.StdDev sd) {
            return v + " <span class=\"unc\">\u00b1" + Numbers.fixed(sd.sd()) + "</span>";
        }
        return v;
    }

    private static void scenarioTable(StringBuilder b, Scenario scenario) {
        b.append("<section id=\"scenario\">\n<h2>Scenario</h2>\n<p class=\"note\">Each cell: position ")
                .append("(on the issue\u2019s scale) / salience (0\u2013100). Uncertainty as [low\u2013high] or ")
                .append("\u00b1 standard deviation. Hover a cell for the analyst\u2019s rationale, or see the ")
                .append("numbered notes.</p>\n<div class=\"wide\"><table>\n<thead><tr><th>Actor</th>")
                .append("<th class=\"num\">Capability</th>");
        for (Issue i : scenario.issues()) {
            b.append("<th title=\"").append(html(scaleText(i))).append("\">").append(html(i.label()))
                    .append("<br><span class=\"unc\">status quo ")
                    .append(i.statusQuo() == null ? "none" : estimate(i.statusQuo())).append("</span></th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        List<String> notes = new ArrayList<>();
        for (Actor a : scenario.actors()) {
            b.append("<tr><th scope=\"row\"");
            if (!a.notes().isEmpty()) {
                b.append(" title=\"").append(html(a.notes())).append('"');
            }
            b.append('>').append(html(a.name()));
            if (!a.name().equals(a.id())) {
                b.append(" <span class=\"unc\">(").append(html(a.id())).append(")</span>");
            }
            if (!a.notes().isEmpty()) {
                notes.add(html(a.name()) + ": " + html(a.notes()) + sourceRefs(a.sourceIds()));
                b.append(noteRef(notes.size()));
            }
            b.append("</th><td class=\"num\">").append(estimate(a.capability())).append("</td>");
            for (Issue i : scenario.issues()) {
                Stance s = a.stances().get(i.id());
                if (s == null) {
                    b.append("<td class=\"num\" title=\"no stance\">\u2014</td>");
                    continue;
                }
                b.append("<td class=\"num\"");
                if (!s.rationale().isEmpty()) {
                    b.append(" title=\"").append(html(s.rationale())).append('"');
                }
                b.append('>').append(estimate(s.position())).append(" / ").append(estimate(s.salience()));
                if (s.riskAttitude() != null) {
                    b.append(" <span class=\"unc\">r=").append(Numbers.fixed(s.riskAttitude())).append("</span>");
                }
                if (!s.rationale().isEmpty() || !s.sourceIds().isEmpty()) {
                    notes.add(html(a.name()) + " \u2014 " + html(i.label()) + ": " + html(s.rationale())
                            + sourceRefs(s.sourceIds()));
                    b.append(noteRef(notes.size()));
                }
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n");
        if (!notes.isEmpty()) {
            b.append("<h3>Notes</h3>\n<ol class=\"notes\">\n");
            for (int k = 0; k < notes.size(); k++) {
                b.append("<li id=\"note-").append(k + 1).append("\">").append(notes.get(k)).append("</li>\n");
            }
            b.append("</ol>\n");
        }
        b.append("</section>\n");
    }

    private static String noteRef(int n) {
        return "<sup><a href=\"#note-" + n + "\">" + n + "</a></sup>";
    }

    private static String sourceRefs(List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" (sources: ");
        for (int k = 0; k < ids.size(); k++) {
            if (k > 0) {
                s.append(", ");
            }
            s.append("<a href=\"#").append(anchor("source-", ids.get(k))).append("\">").append(html(ids.get(k)))
                    .append("</a>");
        }
        return s.append(')').toString();
    }

    private static String scaleText(Issue i) {
        var sc = i.scale();
        String lo = Numbers.fixed(sc.min()) + (sc.minMeaning().isEmpty() ? "" : " = " + sc.minMeaning());
        String hi = Numbers.fixed(sc.max()) + (sc.maxMeaning().isEmpty() ? "" : " = " + sc.maxMeaning());
        return "scale " + lo + " \u2026 " + hi;
    }

    private static void issue(StringBuilder b, Scenario scenario, IssueComparison s, List<Forecast> forecasts,
                              Map<String, String> names, ReportOptions options) {
        Issue issue = scenario.issue(s.issueId()).orElseThrow();
        String aid = anchor("issue-", s.issueId());
        b.append("<section class=\"issue\" id=\"").append(aid).append("\">\n<h3>").append(html(issue.label()))
                .append(" <span class=\"unc\">(").append(html(issue.id())).append(")</span></h3>\n");
        if (!issue.description().isEmpty()) {
            b.append("<p>").append(html(issue.description())).append("</p>\n");
        }
        b.append("<p class=\"meta\">").append(html(scaleText(issue))).append(" \u00b7 status quo ")
                .append(issue.statusQuo() == null ? "none" : estimate(issue.statusQuo()));
        if (issue.deadline() != null) {
            b.append(" \u00b7 deadline ").append(issue.deadline());
        }
        b.append(sourceRefs(issue.sourceIds())).append("</p>\n");

        // forecasts beside the status quo
        b.append("<table>\n<thead><tr><th>Model</th><th class=\"num\">Forecast</th><th class=\"num\">Interval</th>")
                .append("<th class=\"num\">Shift from status quo</th><th class=\"num\">Rounds</th><th>Stop reason</th>")
                .append("</tr></thead>\n<tbody>\n<tr><th scope=\"row\">Status quo</th><td class=\"num\">")
                .append(Numbers.fixed(s.statusQuo())).append("</td><td></td><td></td><td></td><td></td></tr>\n");
        for (int j = 0; j < forecasts.size(); j++) {
            Forecast f = forecasts.get(j);
            IssueForecast fi = f.issue(s.issueId()).orElse(null);
            b.append("<tr><th scope=\"row\">").append(swatch(j)).append(html(f.model().name())).append(" <span ")
                    .append("class=\"unc\">(").append(html(f.model().id())).append(")</span></th>");
            if (fi == null) {
                b.append("<td class=\"num\">\u2014</td><td colspan=\"4\">not forecast by this model</td></tr>\n");
                continue;
            }
            b.append("<td class=\"num\"><strong>").append(Numbers.fixed(fi.outcome())).append("</strong></td>")
                    .append("<td class=\"num\">").append(fi.interval() == null ? "" : Numbers.fixed(fi.interval().low())
                            + "\u2013" + Numbers.fixed(fi.interval().high())).append("</td><td class=\"num\">")
                    .append(s.hasStatusQuo() ? Numbers.signed(fi.outcome() - s.statusQuo()) : "\u2014")
                    .append("</td><td class=\"num\">").append(fi.convergence().rounds()).append("</td><td>")
                    .append(html(Phrases.sentence(fi.convergence().stopReason()))).append("</td></tr>\n");
        }
        b.append("<tr><th scope=\"row\">Ensemble</th><td class=\"num\">median ").append(Numbers.fixed(s.median()))
                .append("</td><td class=\"num\">").append(spread(s)).append("</td><td class=\"num\">")
                .append(s.hasStatusQuo() ? Numbers.signed(s.median() - s.statusQuo()) : "\u2014")
                .append("</td><td></td><td></td></tr>\n</tbody></table>\n");
        decision(b, scenario, issue, forecasts, s.issueId());

        b.append(IssueChartsSvg.positions(s, anchor("chart-pos-", s.issueId())));
        b.append("<p class=\"note\">Dots: actors at their positions, area proportional to capability \u00d7 ")
                .append("salience. Dashed black line: status quo. Coloured lines: each model\u2019s forecast. ")
                .append("Grey band: ensemble spread.</p>\n");

        gains(b, s);

        for (int j = 0; j < forecasts.size(); j++) {
            Forecast f = forecasts.get(j);
            IssueForecast fi = f.issue(s.issueId()).orElse(null);
            if (fi == null || fi.path().size() < 2) {
                continue;
            }
            b.append("<h4>").append(html(f.model().name())).append(": positions per round</h4>\n");
            b.append(IssueChartsSvg.path(fi, names, issue.scale(), s.statusQuo(),
                    anchor("chart-path-" + anchor("", f.model().id()) + "-", s.issueId()),
                    f.model().name() + ": positions per round on " + issue.label()));
            moves(b, fi, names, options);
        }

        b.append("<h4>Why: each model\u2019s explanation</h4>\n<dl>\n");
        for (Forecast f : forecasts) {
            f.issue(s.issueId()).ifPresent(fi -> {
                b.append("<dt>").append(html(f.model().name())).append("</dt>\n<dd><ul>\n");
                for (Sentence why : fi.explanation()) {
                    b.append("<li>").append(html(Phrases.sentence(why))).append("</li>\n");
                }
                b.append("<li class=\"note\">").append(html(convergenceText(fi.convergence()))).append("</li>\n")
                        .append("</ul></dd>\n");
            });
        }
        b.append("</dl>\n</section>\n");
    }

    private static String convergenceText(IssueForecast.Convergence c) {
        if (c.rounds() == 0) {
            return "Computation: " + Phrases.sentence(c.stopReason()) + ".";
        }
        return "Stopped after " + c.rounds() + " round" + (c.rounds() == 1 ? "" : "s") + ": " + Phrases.sentence(c.stopReason())
                + "; last change " + Numbers.fixed(c.lastChange(), 4) + ".";
    }

    private static void gains(StringBuilder b, IssueComparison s) {
        b.append("<h4>Who gains, who loses</h4>\n");
        if (!s.hasStatusQuo()) {
            b.append("<p class=\"note\">This issue has no status quo, so gains and losses are not defined.</p>\n");
            return;
        }
        b.append("<table>\n<thead><tr><th>Actor</th><th class=\"num\">Position</th><th class=\"num\">Weight</th>")
                .append("<th>Under the median forecast</th>");
        for (IssueComparison.ModelForecast o : s.outcomes()) {
            b.append("<th class=\"num\">").append(html(o.modelId())).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (IssueComparison.ActorGain g : s.gains()) {
            String cls = switch (g.verdict()) {
                case GAINS -> " class=\"gains\"";
                case LOSES -> " class=\"loses\"";
                default -> "";
            };
            b.append("<tr><th scope=\"row\">").append(html(g.actorName())).append("</th><td class=\"num\">")
                    .append(Numbers.fixed(g.position())).append("</td><td class=\"num\">")
                    .append(Numbers.fixed(g.weight())).append("</td><td").append(cls).append('>')
                    .append(html(Phrases.verdict(g.verdict())));
            if (Double.isFinite(g.gain())) {
                b.append(" (").append(Numbers.signed(g.gain())).append(')');
            }
            b.append("</td>");
            for (double v : g.gainByModel()) {
                b.append("<td class=\"num\">").append(Numbers.signed(v)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    private static void moves(StringBuilder b, IssueForecast fi, Map<String, String> names, ReportOptions options) {
        int total = 0;
        for (RoundState st : fi.path()) {
            total += st.moves().size();
        }
        b.append("<details>\n<summary>Moves per round (").append(fi.path().size() - 1).append(" rounds, ")
                .append(total).append(" moves)</summary>\n");
        b.append("<table>\n<thead><tr><th class=\"num\">Round</th><th class=\"num\">Forecast</th><th>Actor</th>")
                .append("<th>Because of</th><th>Kind</th><th class=\"num\">From</th><th class=\"num\">To</th>")
                .append("<th class=\"num\">EU mover</th><th class=\"num\">EU counterpart</th></tr></thead>\n<tbody>\n");
        int shown = 0;
        for (RoundState st : fi.path()) {
            if (st.moves().isEmpty()) {
                b.append("<tr><td class=\"num\">").append(st.round()).append("</td><td class=\"num\">")
                        .append(Numbers.fixed(st.forecast())).append("</td><td colspan=\"7\" class=\"note\">")
                        .append(st.round() == 0 ? "initial positions" : "no moves").append("</td></tr>\n");
                continue;
            }
            for (RoundState.Move mv : st.moves()) {
                if (shown >= options.maxMoveRows()) {
                    break;
                }
                shown++;
                b.append("<tr><td class=\"num\">").append(st.round()).append("</td><td class=\"num\">")
                        .append(Numbers.fixed(st.forecast())).append("</td><td>")
                        .append(html(names.getOrDefault(mv.actorId(), mv.actorId()))).append("</td><td>")
                        .append(mv.counterpartId() == null ? "" : html(names.getOrDefault(mv.counterpartId(),
                                mv.counterpartId()))).append("</td><td>")
                        .append(mv.kind().name().toLowerCase(java.util.Locale.ROOT)).append("</td><td class=\"num\">")
                        .append(Numbers.fixed(mv.from())).append("</td><td class=\"num\">")
                        .append(Numbers.fixed(mv.to())).append("</td><td class=\"num\">")
                        .append(Numbers.fixed(mv.ownExpectedUtility(), 3)).append("</td><td class=\"num\">")
                        .append(Numbers.fixed(mv.counterpartExpectedUtility(), 3)).append("</td></tr>\n");
            }
        }
        b.append("</tbody></table>\n");
        if (shown < total) {
            b.append("<p class=\"note\">").append(total - shown).append(" further moves not shown (limit ")
                    .append(options.maxMoveRows()).append(" rows); the JSON output has them all.</p>\n");
        }
        b.append("</details>\n");
    }

    private static void provenance(StringBuilder b, List<Forecast> forecasts, ReportOptions options) {
        b.append("<section id=\"provenance\" class=\"prov\">\n<h2>Provenance</h2>\n");
        if (!forecasts.isEmpty()) {
            b.append("<p>Scenario SHA-256 (canonical form): <code>")
                    .append(html(forecasts.get(0).provenance().inputSha256())).append("</code></p>\n");
        }
        b.append("<p>Report rendered by Parley ").append(html(options.parleyVersion())).append(" on Java ")
                .append(html(options.javaVersion()));
        if (options.generatedAt() != null) {
            b.append(" at ").append(html(DateTimeFormatter.ISO_INSTANT.format(options.generatedAt())));
        }
        b.append(".</p>\n<table>\n<thead><tr><th>Model</th><th>Version</th><th>Parameters</th><th>Seed</th>")
                .append("<th>Parley</th><th>Java</th><th>Reference</th></tr></thead>\n<tbody>\n");
        for (Forecast f : forecasts) {
            Provenance p = f.provenance();
            b.append("<tr><th scope=\"row\">").append(html(f.model().name())).append(" <span class=\"unc\">(")
                    .append(html(p.component())).append(")</span></th><td>").append(html(p.componentVersion()))
                    .append("</td><td>");
            if (p.parameters().isEmpty()) {
                b.append("none");
            } else {
                b.append("<code>");
                boolean first = true;
                for (var e : p.parameters().entrySet()) {
                    b.append(first ? "" : "<br>").append(html(e.getKey())).append('=').append(html(e.getValue()));
                    first = false;
                }
                b.append("</code>");
            }
            b.append("</td><td>").append(p.seed() == null ? "none (deterministic)" : p.seed().toString())
                    .append("</td><td>").append(html(p.parleyVersion())).append("</td><td>")
                    .append(html(p.javaVersion())).append("</td><td>").append(html(f.model().reference()))
                    .append("</td></tr>\n");
        }
        b.append("</tbody></table>\n<p class=\"note\">Provenance schema version ")
                .append(forecasts.isEmpty() ? Provenance.SCHEMA_VERSION : forecasts.get(0).provenance().schemaVersion())
                .append(". The same scenario (same SHA-256), model versions and parameters reproduce these forecasts ")
                .append("exactly.</p>\n</section>\n");
    }

    /** Who decides the issue and each model's agreement status; nothing for issues without a decision structure. */
    private static void decision(StringBuilder b, Scenario scenario, Issue issue, List<Forecast> forecasts, String id) {
        var d = scenario.decisionFor(id);
        if (d.isEmpty()) {
            return;
        }
        b.append("<p class=\"meta\"><strong>Who decides:</strong> ").append(html(Phrases.decision(d.get())))
                .append(sourceRefs(d.get().sourceIds()));
        List<String> verdicts = new ArrayList<>();
        for (Forecast f : forecasts) {
            f.issue(id).ifPresent(fi -> {
                String a = Phrases.agreement(fi.agreement());
                if (!a.isEmpty()) {
                    verdicts.add(html(f.model().id()) + ": " + html(a));
                }
                if (fi.agreement().acceptable() != null && verdicts.size() == 1) {
                    var w = fi.agreement().acceptable();
                    b.append(" \u00b7 against the reversion point ").append(Numbers.fixed(fi.agreement().reversion()))
                            .append(" the deciders accept ").append(w.low() == w.high() ? "no move"
                                    : Numbers.fixed(w.low()) + "\u2013" + Numbers.fixed(w.high()));
                }
            });
        }
        if (!verdicts.isEmpty()) {
            b.append("<br>Agreement: ").append(String.join("; ", verdicts));
        }
        b.append("</p>\n");
    }

    private static void sources(StringBuilder b, Scenario scenario) {
        List<Source> sources = scenario.metadata().sources();
        b.append("<section id=\"sources\">\n<h2>Sources</h2>\n");
        if (sources.isEmpty()) {
            b.append("<p class=\"note\">The scenario lists no sources.</p>\n</section>\n");
            return;
        }
        b.append("<ol>\n");
        for (Source s : sources) {
            b.append("<li id=\"").append(anchor("source-", s.id())).append("\"><span class=\"unc\">[")
                    .append(html(s.id())).append("]</span> ");
            if (Html.isSafeLink(s.url())) {
                b.append("<a href=\"").append(html(s.url().strip())).append("\" rel=\"noopener noreferrer\">")
                        .append(html(s.title())).append("</a>");
            } else {
                b.append(html(s.title()));
                if (s.url() != null && !s.url().isBlank()) {
                    b.append(" <span class=\"unc\">(").append(html(s.url())).append(")</span>");
                }
            }
            if (s.publisher() != null && !s.publisher().isBlank()) {
                b.append(". ").append(html(s.publisher()));
            }
            if (s.date() != null) {
                b.append(", ").append(s.date());
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n</section>\n");
    }
}
