package org.parley.views.html;


import java.util.List;
import java.util.Locale;
import org.parley.scenario.Issue;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.analysis.crisis.CrisisOutcome;
import org.parley.sweep.CrisisSummary;
import org.parley.sweep.ForecastSummary;
import org.parley.sweep.OutputId;
import org.parley.sweep.OutputKind;
import org.parley.sweep.PhaseTiming;
import org.parley.sweep.SobolStatus;
import org.parley.sweep.SweepResult;
import org.parley.sweep.ZoneProbability;
import org.parley.sweep.sample.InputDistribution;
import org.parley.sweep.sample.UncertainInput;
import org.parley.sweep.sensitivity.SobolIndex;
import org.parley.sweep.sensitivity.SobolIndices;
import org.parley.sweep.sensitivity.Swing;
import org.parley.sweep.sensitivity.Tornado;
import org.parley.sweep.stats.Histogram;
import org.parley.sweep.stats.Share;
import org.parley.sweep.stats.ValueSummary;
import org.parley.views.format.Escaping;
import org.parley.views.format.Numbers;
import org.parley.views.format.SweepLabels;
import org.parley.views.format.Typography;
import org.parley.views.svg.SweepChartsSvg;

/**
 * A sweep as HTML: a section for an analysis report ({@link #section}) and a whole self-contained page
 * ({@link #page}: inline CSS and SVG, no scripts, opens offline). Contents: the settings; per issue and model the
 * histogram of the forecasts with the 5–95% interval bar and the median; per crisis game and stance the bands of
 * P(deal), P(escalation), P(status quo) and the share of samples each outcome is the most likely; zone
 * probabilities; a tornado chart per output (the ten widest swings); Sobol indices; the uncertain inputs and their
 * distributions; the provenance. Every text from the scenario is escaped.
 */
public final class SweepHtml {
    /** Inputs drawn per tornado chart and listed per Sobol table. */
    static final int TOP = 10;

    private static final String CSS = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;max-width:1120px;margin:0 auto;padding:1rem 1.5rem 3rem}
            h1{font-size:1.7rem}h2{font-size:1.3rem;border-bottom:2px solid #1a1a1a;margin-top:2.2rem}h3{font-size:1.1rem;margin-top:1.6rem}
            table{border-collapse:collapse;margin:.5rem 0 1rem;font-variant-numeric:tabular-nums}
            th,td{border:1px solid #c8c8c8;padding:.2rem .5rem;text-align:left;vertical-align:middle}
            thead th{background:#f0f0f0}.num{text-align:right;white-space:nowrap}.note{color:#555;font-size:.9rem}
            svg{display:block}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
            .swatch{display:inline-block;width:.9em;height:.9em;border:1px solid #1a1a1a;vertical-align:-.1em;margin:0 .25em 0 .6em}
            """;

    private SweepHtml() {
    }

    /** A whole page for {@code parley sweep}. */
    public static String page(Scenario scenario, String file, SweepResult r) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sweep: "
                + esc(scenario.metadata().title()) + "</title><style>" + CSS + "</style></head><body>\n<h1>Sweep: "
                + esc(scenario.metadata().title()) + "</h1>\n<p class=\"note\">Scenario file <code>" + esc(file)
                + "</code>. Monte Carlo over the uncertainty the file states for its judged inputs; the models and"
                + " crisis games run on every sample. Method: docs/analysis/sweeps.md.</p>\n"
                + section(scenario, r, 2) + provenance(r) + "</body></html>\n";
    }

    /** The sweep's section, headings starting at level {@code h} (2 in the page, 3 inside a larger report). */
    public static String section(Scenario scenario, SweepResult r, int h) {
        StringBuilder b = new StringBuilder();
        String h1 = "h" + h, h2 = "h" + (h + 1);
        b.append('<').append(h1).append(" id=\"sweep\">Uncertainty: ").append(r.samples()).append(" samples</")
                .append(h1).append(">\n");
        b.append("<p>Seed ").append(r.provenance().seed()).append("; ").append(r.inputs().size())
                .append(" uncertain inputs; ranges read as ").append(r.rangeShape().name().toLowerCase(Locale.ROOT))
                .append(", standard deviations as truncated normals")
                .append(r.correlations().isEmpty() ? "; inputs independent" : "; " + r.correlations().size()
                        + " correlations (Gaussian copula)")
                .append(". Engine ").append(esc(r.engine())).append(" (parallelism ").append(r.parallelism())
                .append(").");
        for (PhaseTiming t : r.timings()) {
            b.append(' ').append(t.phase().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(": ")
                    .append(t.evaluations()).append(" evaluations in ")
                    .append(Numbers.fixed(t.seconds(), 1)).append(" s").append('.');
        }
        b.append("</p>\n");
        forecasts(b, scenario, r, h2);
        crises(b, r, h2);
        zones(b, r, h2);
        tornadoes(b, r, h2);
        sobol(b, r, h2);
        inputs(b, r, h2);
        return b.toString();
    }

    private static void forecasts(StringBuilder b, Scenario scenario, SweepResult r, String h) {
        b.append('<').append(h).append(">Forecasts</").append(h).append(">\n<p class=\"note\">Per issue and model:"
                + " the histogram of the forecasts over the issue's scale, the bar from the 5% to the 95% quantile"
                + " with the median marked, the mean with its Monte Carlo standard error, and the share of samples"
                + " without agreement where the model says who decides.</p>\n");
        for (Issue issue : scenario.issues()) {
            List<ForecastSummary> rows = r.forecasts().stream().filter(f -> f.issue().equals(issue.id())).toList();
            if (rows.isEmpty()) {
                continue;
            }
            b.append("<h4>").append(esc(issue.label())).append("</h4>\n<table><thead><tr><th>model</th>"
                    + "<th>distribution</th><th class=\"num\">5%</th><th class=\"num\">median</th>"
                    + "<th class=\"num\">95%</th><th class=\"num\">mean ± s.e.</th><th class=\"num\">no agreement</th>"
                    + "</tr></thead><tbody>\n");
            for (ForecastSummary f : rows) {
                ValueSummary v = f.outcome();
                b.append("<tr><td>").append(esc(f.model())).append("</td><td>")
                        .append(SweepChartsSvg.histogram(v, issue.scale(), pointOf(r, OutputId.forecast(f.model(), f.issue()))))
                        .append("</td><td class=\"num\">").append(num(v.p05(), 1)).append("</td><td class=\"num\">")
                        .append(num(v.median(), 1)).append("</td><td class=\"num\">").append(num(v.p95(), 1))
                        .append("</td><td class=\"num\">").append(num(v.mean(), 2)).append(" ± ")
                        .append(num(v.meanError(), 2)).append("</td><td class=\"num\">")
                        .append(f.noAgreement() == null ? "not modelled" : share(f.noAgreement()))
                        .append("</td></tr>\n");
            }
            b.append("</tbody></table>\n<p class=\"note\">Scale: ").append(num(issue.scale().min(), 2)).append(" = ")
                    .append(esc(issue.scale().minMeaning())).append("; ").append(num(issue.scale().max(), 2))
                    .append(" = ").append(esc(issue.scale().maxMeaning())).append(". Dashed line: the forecast at"
                            + " the values written in the file.</p>\n");
        }
    }

    /** The base-point value of an output (from the swing design's first row), or NaN. */
    private static double pointOf(SweepResult r, OutputId id) {
        return r.tornadoes().stream().filter(t -> t.output().equals(id)).mapToDouble(Tornado::base).findFirst()
                .orElse(Double.NaN);
    }


    private static void crises(StringBuilder b, SweepResult r, String h) {
        if (r.crises().isEmpty()) {
            return;
        }
        b.append('<').append(h).append(">Crisis games</").append(h).append(">\n<p class=\"note\">Per game and"
                + " defender stance: the mean probability of each outcome (stacked bar) with the band from its 5% to"
                + " its 95% quantile over the samples (whiskers), and the share of samples in which each outcome is"
                + " the most likely.");
        for (CrisisOutcome o : CrisisOutcome.values()) {
            b.append("<span class=\"swatch\" style=\"background:").append(SweepChartsSvg.outcomeColour(o))
                    .append("\"></span>").append(o.id());
        }
        b.append("</p>\n<table><thead><tr><th>game</th><th>stance</th><th>outcome probabilities</th>"
                + "<th class=\"num\">P(deal)</th><th class=\"num\">P(escalation)</th><th class=\"num\">P(status quo)"
                + "</th><th>most likely in</th></tr></thead><tbody>\n");
        for (CrisisSummary c : r.crises()) {
            b.append("<tr><td>").append(esc(c.game())).append("</td><td>").append(esc(c.stance())).append(" (")
                    .append(num(c.position(), 2)).append(")</td><td>").append(SweepChartsSvg.bands(c)).append("</td>");
            for (ValueSummary v : List.of(c.pDeal(), c.pEscalation(), c.pStatusQuo())) {
                b.append("<td class=\"num\">").append(num(v.mean(), 3)).append(" [").append(num(v.p05(), 2))
                        .append(", ").append(num(v.p95(), 2)).append("]</td>");
            }
            b.append("<td>");
            for (CrisisOutcome o : CrisisOutcome.values()) {
                b.append(esc(o.id())).append(' ').append(pct(c.mostLikely().get(o).proportion())).append("<br>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }


    private static void zones(StringBuilder b, SweepResult r, String h) {
        if (r.zones().isEmpty()) {
            return;
        }
        b.append('<').append(h).append(">Zones</").append(h).append(">\n<p class=\"note\">The probability that the"
                + " outcome lands in each zone, over the samples in which the zone's condition could be read, with"
                + " its Monte Carlo standard error. Zones come from --zone and from the targets of the scenario's"
                + " levers.</p>\n<table><thead><tr><th>zone</th><th>condition</th><th>model</th>"
                + "<th class=\"num\">probability</th><th class=\"num\">samples</th></tr></thead><tbody>\n");
        for (ZoneProbability z : r.zones()) {
            b.append("<tr><td>").append(esc(z.zone().name())).append("</td><td><code>").append(esc(z.zone().expression()))
                    .append("</code></td><td>").append(z.model() == null ? "" : esc(z.model()))
                    .append("</td><td class=\"num\">").append(share(z.share())).append("</td><td class=\"num\">")
                    .append(z.share().valid()).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    private static void tornadoes(StringBuilder b, SweepResult r, String h) {
        if (r.tornadoes().isEmpty()) {
            return;
        }
        b.append('<').append(h).append(">Which inputs matter: one at a time</").append(h).append(">\n<p class=\"note\">"
                + "Tornado charts: each input moved alone across its interval (a range end to end; a normal from its"
                + " 5% to its 95% quantile) on ").append(r.tornadoes().get(0).gridPoints()).append(" grid points,"
                + " the others at the values in the file; each bar spans the output's smallest to largest value,"
                + " the vertical line is the point forecast. The ").append(TOP).append(" widest bars per output.</p>\n");
        for (Tornado t : r.tornadoes()) {
            if (t.output().kind() == OutputKind.AGREEMENT || t.swings().stream().noneMatch(s -> s.width() > 0)) {
                continue;
            }
            b.append("<h4>").append(esc(SweepLabels.output(t.output(), Typography.UNICODE))).append("</h4>\n").append(SweepChartsSvg.tornado(t, TOP));
        }
    }


    private static void sobol(StringBuilder b, SweepResult r, String h) {
        b.append('<').append(h).append(">Which inputs matter: variance shares</").append(h).append(">\n");
        if (r.sobolStatus() != SobolStatus.COMPUTED) {
            b.append("<p>Sobol indices were not computed: ").append(switch (r.sobolStatus()) {
                case NOT_REQUESTED -> "not requested.";
                case CORRELATED_INPUTS -> "they assume independent inputs, and correlations were given.";
                case NO_UNCERTAIN_INPUTS -> "the scenario states no uncertainty.";
                case COMPUTED -> "";
            }).append("</p>\n");
            return;
        }
        int boot = r.sobol().isEmpty() ? 0 : r.sobol().get(0).bootstrap();
        b.append("<p class=\"note\">First-order (S<sub>1</sub>: the share of the output's variance an input explains"
                + " alone) and total (S<sub>T</sub>: the share it takes part in, interactions included) Sobol"
                + " indices, Saltelli et al. (2010) estimators on N = ").append(r.sobolSamples())
                .append(" base rows (N(k + 2) = ").append(r.sobolSamples() * (r.inputs().size() + 2))
                .append(" evaluations), 95% percentile-bootstrap intervals from ").append(boot).append(" resamples."
                        + " The ").append(TOP).append(" largest total indices per output.</p>\n");
        for (SobolIndices s : r.sobol()) {
            if (s.indices().isEmpty()) {
                continue;
            }
            b.append("<h4>").append(esc(SweepLabels.output(s.output(), Typography.UNICODE))).append("</h4>\n<table><thead><tr>"
                    + "<th>input</th><th class=\"num\">S<sub>T</sub> [95%]</th><th class=\"num\">S<sub>1</sub> [95%]"
                    + "</th></tr></thead><tbody>\n");
            for (SobolIndex i : s.indices().subList(0, Math.min(TOP, s.indices().size()))) {
                b.append("<tr><td>").append(esc(i.input().key())).append("</td><td class=\"num\">")
                        .append(num(i.total().value(), 3)).append(" [").append(num(i.total().low(), 3)).append(", ")
                        .append(num(i.total().high(), 3)).append("]</td><td class=\"num\">")
                        .append(num(i.first().value(), 3)).append(" [").append(num(i.first().low(), 3)).append(", ")
                        .append(num(i.first().high(), 3)).append("]</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
    }

    private static void inputs(StringBuilder b, SweepResult r, String h) {
        b.append('<').append(h).append(">Uncertain inputs</").append(h).append(">\n<table><thead><tr><th>input</th>"
                + "<th class=\"num\">value in the file</th><th>distribution</th></tr></thead><tbody>\n");
        for (UncertainInput in : r.inputs()) {
            String d;
            InputDistribution dist = in.distribution();
            if (dist instanceof InputDistribution.Uniform u) {
                d = "uniform on [" + num(u.low(), 3) + ", " + num(u.high(), 3) + "]";
            } else if (dist instanceof InputDistribution.Triangular t) {
                d = "triangular on [" + num(t.low(), 3) + ", " + num(t.high(), 3) + "], peak " + num(t.mode(), 3);
            } else {
                InputDistribution.TruncatedNormal n = (InputDistribution.TruncatedNormal) dist;
                d = "normal, sd " + num(n.sd(), 3) + ", truncated to [" + num(n.low(), 3) + ", "
                        + (n.high() > 1e300 ? "∞" : num(n.high(), 3)) + "]";
            }
            b.append("<tr><td><code>").append(esc(in.id().key())).append("</code></td><td class=\"num\">")
                    .append(num(in.base(), 3)).append("</td><td>").append(d).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    private static String provenance(SweepResult r) {
        StringBuilder b = new StringBuilder("<h2>Provenance</h2>\n<table><tbody>\n");
        var p = r.provenance();
        row(b, "scenario SHA-256", "<code>" + p.inputSha256() + "</code>");
        row(b, "component", esc(p.component()) + " " + esc(p.componentVersion()));
        row(b, "master seed", String.valueOf(p.seed()));
        p.parameters().forEach((k, v) -> row(b, esc(k), "<code>" + esc(v) + "</code>"));
        row(b, "Parley", esc(p.parleyVersion()) + " (" + esc(p.gitCommit()) + "), Java " + esc(p.javaVersion()));
        row(b, "started", esc(p.startedAt().toString()));
        return b.append("</tbody></table>\n").toString();
    }

    private static void row(StringBuilder b, String k, String v) {
        b.append("<tr><th>").append(k).append("</th><td>").append(v).append("</td></tr>\n");
    }

    private static String esc(String s) {
        return Escaping.html(s);
    }

    private static String num(double x, int decimals) {
        return Numbers.fixed(x, decimals, Typography.UNICODE);
    }

    private static String pct(double p) {
        return SweepLabels.pct(p, Typography.UNICODE);
    }

    private static String share(Share s) {
        return SweepLabels.share(s, Typography.UNICODE);
    }
}
