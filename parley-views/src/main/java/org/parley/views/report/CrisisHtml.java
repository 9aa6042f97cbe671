package org.parley.views.report;

import static org.parley.views.report.Html.anchor;
import static org.parley.views.report.Html.esc;

import java.util.List;
import java.util.Locale;
import org.parley.analysis.crisis.Belief;
import org.parley.analysis.crisis.CrisisAnalysis.CrisisReport;
import org.parley.analysis.crisis.CrisisAnalysis.StanceOutcome;
import org.parley.analysis.crisis.CrisisEquilibrium;
import org.parley.analysis.crisis.CrisisResult;
import org.parley.analysis.crisis.Param;
import org.parley.analysis.crisis.TemplateOutcome;
import org.parley.analysis.levers.Crossing;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.LeverResult;
import org.parley.analysis.levers.Reading;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.analysis.render.GameTreeSvg;
import org.parley.analysis.render.LeverChartSvg;
import org.parley.scenario.CrisisTemplate;

/**
 * The report's "Crisis games" and "What would it take" sections. Every text from the scenario goes through
 * {@link Html#esc}; the SVG drawings come from {@code org.parley.analysis.render}, which escapes its own text.
 */
final class CrisisHtml {
    /** Okabe–Ito colours for deal, escalation, status quo (with the labels written beside the bars for print). */
    private static final String[] CATEGORY_COLOURS = {"#009E73", "#D55E00", "#999999"};
    private static final String[] CATEGORY_NAMES = {"deal", "escalation", "status quo"};

    private CrisisHtml() {
    }

    static void nav(StringBuilder b, AnalysisSections a) {
        if (!a.crises().isEmpty()) {
            b.append("<li><a href=\"#crisis-games\">Crisis games</a></li>\n");
        }
        if (!a.levers().isEmpty()) {
            b.append("<li><a href=\"#levers\">What would it take</a></li>\n");
        }
    }

    static void crises(StringBuilder b, List<CrisisReport> reports) {
        if (reports.isEmpty()) {
            return;
        }
        b.append("<section id=\"crisis-games\">\n<h2>Crisis games</h2>\n<p class=\"note\">Each game is a standard ")
                .append("model from the crisis-bargaining literature applied to the decisive pair: if the defender ")
                .append("holds a given stance, how likely is a deal, an escalation or the status quo? The games\u2019 ")
                .append("numbers are derived from the scenario by Parley\u2019s documented mapping ")
                .append("(docs/analysis/crisis-templates.md, section 5) unless the scenario overrides them; each ")
                .append("is listed below with where it came from, so that it can be disputed. Every equilibrium is ")
                .append("checked on the game tree.</p>\n");
        for (CrisisReport r : reports) {
            game(b, r);
        }
        b.append("</section>\n");
    }

    private static String templateText(CrisisTemplate t) {
        return switch (t) {
            case IIG -> "International Interaction Game, complete information, subgame-perfect equilibrium "
                    + "(Bueno de Mesquita &amp; Lalman, <i>War and Reason</i>, 1992)";
            case IIG_LOGIT -> "International Interaction Game with logit choice at every node, agent quantal "
                    + "response equilibrium (Signorino 1999)";
            case COERCION -> "two-type crisis with a costly signal (sinking costs), all perfect Bayesian equilibria "
                    + "(Fearon 1997)";
            case TYING_HANDS -> "two-type crisis with a public commitment and audience costs (tying hands), all "
                    + "perfect Bayesian equilibria (Fearon 1994, 1997)";
        };
    }

    private static void game(StringBuilder b, CrisisReport r) {
        var g = r.spec();
        String aid = anchor("game-", g.id());
        b.append("<section class=\"game\" id=\"").append(aid).append("\">\n<h3>Crisis game ").append(esc(g.id()))
                .append(": ").append(esc(g.challenger())).append(" (challenger) and ").append(esc(g.defender()))
                .append(" (defender) on ").append(esc(g.issue())).append("</h3>\n<p>Template <code>")
                .append(esc(g.template().id())).append("</code>: ").append(templateText(g.template()));
        if (g.template() == CrisisTemplate.IIG_LOGIT) {
            b.append(", \u03bb = ").append(Numbers.format(g.lambda()));
        }
        b.append(". ").append(r.isVerified()
                ? "<strong>Verified</strong>: every equilibrium passed its checks on the game tree."
                : "<strong>Not verified</strong>: some equilibrium failed its check on the game tree.")
                .append("</p>\n");
        b.append(probabilityChart(r, aid + "-bars"));
        b.append("<table>\n<thead><tr><th>Stance</th><th class=\"num\">Defender position</th>")
                .append("<th class=\"num\">P(deal)</th><th class=\"num\">P(escalation)</th>")
                .append("<th class=\"num\">P(status quo)</th><th>Most likely outcome</th><th>Selected equilibrium</th>")
                .append("<th class=\"num\">Equilibria</th></tr></thead>\n<tbody>\n");
        for (StanceOutcome so : r.stances()) {
            b.append("<tr><th scope=\"row\">").append(esc(so.name())).append("</th><td class=\"num\">")
                    .append(Numbers.format(so.position())).append("</td><td class=\"num\">").append(p(so.pDeal()))
                    .append("</td><td class=\"num\">").append(p(so.pEscalation())).append("</td><td class=\"num\">")
                    .append(p(so.pStatusQuo())).append("</td><td>").append(esc(mostLikely(so.result().selectedEquilibrium())))
                    .append("</td><td>").append(esc(CrisisWording.kind(so.result().template(),
                            so.result().selectedEquilibrium())))
                    .append("</td><td class=\"num\">").append(so.result().equilibria().size()).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        for (StanceOutcome so : r.stances()) {
            stance(b, g.id(), so, aid);
        }
        b.append("<p class=\"note\">Scenario SHA-256 <code>").append(esc(r.scenarioSha256())).append("</code>.</p>\n")
                .append("</section>\n");
    }

    private static void stance(StringBuilder b, String gameId, StanceOutcome so, String aid) {
        CrisisResult res = so.result();
        b.append("<h4 id=\"").append(aid).append("-").append(anchor("", so.name())).append("\">Stance ")
                .append(esc(so.name())).append(" (defender at ").append(Numbers.format(so.position()))
                .append(")</h4>\n");
        b.append("<details open><summary>Parameters and where they came from</summary>\n<table class=\"params\">\n")
                .append("<thead><tr><th>Parameter</th><th class=\"num\">Value</th><th>Source</th></tr></thead>\n")
                .append("<tbody>\n");
        for (Param pr : res.parameters()) {
            boolean override = pr.source().equals("override");
            b.append("<tr><th scope=\"row\"><code>").append(esc(pr.name())).append("</code></th><td class=\"num\">")
                    .append(esc(String.format(Locale.ROOT, "%.4g", pr.doubleValue()))).append("</td><td>")
                    .append(override ? "<strong>override</strong> (set in the scenario)"
                            : "scenario-derived: " + esc(pr.source())).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n</details>\n");
        if (!so.inputs().isEmpty()) {
            b.append("<details><summary>Intermediate quantities of the mapping</summary>\n<table>\n<thead><tr>")
                    .append("<th>Quantity</th><th class=\"num\">Value</th><th>Source</th></tr></thead>\n<tbody>\n");
            for (Param pr : so.inputs()) {
                b.append("<tr><th scope=\"row\"><code>").append(esc(pr.name())).append("</code></th><td class=\"num\">")
                        .append(esc(String.format(Locale.ROOT, "%.4g", pr.doubleValue()))).append("</td><td>")
                        .append(esc(pr.source())).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n</details>\n");
        }
        b.append("<div class=\"wide tree\">").append(GameTreeSvg.render(res.game(), res.selectedEquilibrium().profile(),
                res.game().title() + " \u2014 " + CrisisWording.kind(res.template(), res.selectedEquilibrium())))
                .append("</div>\n");
        b.append("<p class=\"note\">The thick red edges are the selected equilibrium\u2019s path (")
                .append(esc(CrisisWording.selectionRule(res.selectionRule()))).append(").</p>\n");
        b.append("<table>\n<thead><tr><th>#</th><th>Equilibrium</th><th>Outcome probabilities</th><th>Path</th>")
                .append("<th>Beliefs</th><th>Refinements</th><th>Check</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < res.equilibria().size(); i++) {
            CrisisEquilibrium e = res.equilibria().get(i);
            b.append("<tr><td>").append(i + 1).append(i == res.selected() ? " <strong>selected</strong>" : "")
                    .append("</td><td>").append(esc(CrisisWording.kind(res.template(), e)))
                    .append(e.continuum() ? " (one point of a continuum)" : "")
                    .append("<br><span class=\"note\">").append(esc(CrisisWording.description(res.template(), e)))
                    .append("</span></td><td>");
            boolean first = true;
            for (var o : e.outcomes().entrySet()) {
                if (o.getValue() > 0) {
                    b.append(first ? "" : "<br>").append(esc(o.getKey().label())).append(' ').append(p(o.getValue()));
                    first = false;
                }
            }
            b.append("</td><td>").append(esc(String.join("; ", CrisisWording.path(e)))).append("</td><td>");
            if (e.beliefs().isEmpty()) {
                b.append("\u2014");
            }
            first = true;
            for (Belief bl : e.beliefs()) {
                b.append(first ? "" : "<br>").append(esc(CrisisWording.belief(bl)));
                first = false;
            }
            b.append("</td><td>").append(e.isQre() ? "\u2014" : "intuitive criterion " + yes(e.intuitiveCriterion())
                    + "<br>D1 " + yes(e.d1())).append("</td><td>")
                    .append(e.isQre() ? "logit residual " + esc(String.format(Locale.ROOT, "%.1e", e.qreResidual()))
                            : "regret " + esc(String.format(Locale.ROOT, "%.3g", e.nash().maxRegret()))
                            + (e.sequentiallyRational() ? ", sequentially rational" : ", NOT sequentially rational"))
                    .append(e.isVerified() ? " \u2713" : " <strong>failed</strong>").append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        if (!res.notes().isEmpty()) {
            b.append("<ul class=\"note\">\n");
            for (String n : res.notes()) {
                b.append("<li>").append(esc(n)).append("</li>\n");
            }
            b.append("</ul>\n");
        }
    }

    /** The most likely outcome label of an equilibrium, with its probability when below 1. */
    static String mostLikely(CrisisEquilibrium e) {
        TemplateOutcome best = null;
        for (var o : e.outcomes().entrySet()) {
            if (best == null || o.getValue() > e.outcomes().get(best)) {
                best = o.getKey();
            }
        }
        if (best == null) {
            return "\u2014";
        }
        double v = e.outcomes().get(best);
        return best.label() + (v < 1 - 1e-12 ? " (" + p(v) + ")" : "");
    }

    private static String yes(boolean v) {
        return v ? "survives" : "fails";
    }

    private static String p(double v) {
        return Numbers.format(v, 3);
    }

    /** One stacked horizontal bar per stance: P(deal), P(escalation), P(status quo), each labelled. */
    static String probabilityChart(CrisisReport r, String id) {
        int n = r.stances().size();
        double left = 150, barW = 440, rowH = 34, top = 34;
        double width = left + barW + 30, height = top + n * rowH + 34;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(esc(id))
                .append("\" width=\"").append(fmt(width)).append("\" height=\"").append(fmt(height))
                .append("\" viewBox=\"0 0 ").append(fmt(width)).append(' ').append(fmt(height))
                .append("\" role=\"img\" aria-label=\"Outcome probabilities per stance of game ")
                .append(esc(r.spec().id())).append("\">\n<title>Outcome probabilities per stance</title>\n");
        // legend
        double lx = left;
        for (int c = 0; c < 3; c++) {
            s.append("<rect x=\"").append(fmt(lx)).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"")
                    .append(CATEGORY_COLOURS[c]).append("\" stroke=\"#1a1a1a\"/>\n<text x=\"").append(fmt(lx + 16))
                    .append("\" y=\"18\" font-size=\"12\">").append(CATEGORY_NAMES[c]).append("</text>\n");
            lx += 110;
        }
        for (int i = 0; i < n; i++) {
            StanceOutcome so = r.stances().get(i);
            double y = top + i * rowH;
            s.append("<text x=\"").append(fmt(left - 8)).append("\" y=\"").append(fmt(y + 17))
                    .append("\" text-anchor=\"end\" font-size=\"12\">").append(esc(so.name())).append(" (")
                    .append(esc(Numbers.format(so.position()))).append(")</text>\n");
            double[] v = {so.pDeal(), so.pEscalation(), so.pStatusQuo()};
            double x = left;
            for (int c = 0; c < 3; c++) {
                double w = Math.max(0, v[c]) * barW;
                if (w <= 0) {
                    continue;
                }
                s.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y + 4)).append("\" width=\"")
                        .append(fmt(w)).append("\" height=\"20\" fill=\"").append(CATEGORY_COLOURS[c])
                        .append("\" stroke=\"#1a1a1a\" stroke-width=\"0.6\"><title>").append(CATEGORY_NAMES[c])
                        .append(' ').append(p(v[c])).append("</title></rect>\n");
                if (w >= 34) {
                    s.append("<text x=\"").append(fmt(x + w / 2)).append("\" y=\"").append(fmt(y + 18))
                            .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"")
                            .append(c == 2 ? "#1a1a1a" : "#ffffff").append("\">").append(p(v[c])).append("</text>\n");
                }
                x += w;
            }
        }
        double axisY = top + n * rowH + 4;
        s.append("<line x1=\"").append(fmt(left)).append("\" y1=\"").append(fmt(axisY)).append("\" x2=\"")
                .append(fmt(left + barW)).append("\" y2=\"").append(fmt(axisY)).append("\" stroke=\"#555\"/>\n");
        for (int k = 0; k <= 4; k++) {
            double tx = left + barW * k / 4.0;
            s.append("<text x=\"").append(fmt(tx)).append("\" y=\"").append(fmt(axisY + 16))
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555\">")
                    .append(Numbers.format(k / 4.0)).append("</text>\n");
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static void levers(StringBuilder b, List<LeverAnswer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        b.append("<section id=\"levers\">\n<h2>What would it take</h2>\n<p class=\"note\">For each question: the ")
                .append("smallest change of one actor\u2019s attribute that moves a forecast across the stated ")
                .append("threshold. The whole domain of the attribute is scanned (so responses that are not ")
                .append("monotone are found) and each crossing is bisected (docs/analysis/levers.md). ")
                .append("\u201cUnreachable\u201d means that no scanned value of the attribute meets the target.")
                .append("</p>\n");
        int k = 0;
        for (LeverAnswer a : answers) {
            lever(b, a, ++k);
        }
        b.append("</section>\n");
    }

    private static void lever(StringBuilder b, LeverAnswer a, int k) {
        LeverResult r = a.result();
        var q = r.query();
        b.append("<section class=\"lever\" id=\"lever-").append(k).append("\">\n<h3>").append(esc(LeverText.question(a.spec())))
                .append("</h3>\n<p>").append(esc(q.actorId())).append(" \u2014 ").append(esc(q.attribute().label()))
                .append(" on ").append(esc(q.issueId())).append(", now ").append(Numbers.format(r.currentValue()))
                .append("; target: ");
        if (a.spec().isGameLever()) {
            b.append("crisis game <code>").append(esc(a.spec().game().id())).append("</code>")
                    .append(a.spec().stance() == null ? " (stance: the defender\u2019s position)"
                            : " at stance " + esc(a.spec().stance())).append(", ");
        } else {
            b.append("forecast ");
        }
        b.append("<code>").append(esc(q.target().toString())).append("</code>; scanned ")
                .append(Numbers.format(r.domain().low())).append(" \u2013 ").append(Numbers.format(r.domain().high()))
                .append(" on ").append(r.options().gridPoints()).append(" points.</p>\n");
        b.append("<div class=\"wide\">").append(LeverChartSvg.render(r)).append("</div>\n");
        b.append("<table>\n<thead><tr><th>").append(a.spec().isGameLever() ? "Game" : "Model")
                .append("</th><th class=\"num\">Now</th><th>Answer</th><th class=\"num\">Threshold</th>")
                .append("<th class=\"num\">Just below</th><th class=\"num\">Just above</th>")
                .append("<th class=\"num\">Change needed</th><th class=\"num\">Crossings</th></tr></thead>\n<tbody>\n");
        for (LeverOutcome o : r.outcomes()) {
            Crossing c = o.nearest();
            String answer = switch (o.status()) {
                case ALREADY_MET -> "already met";
                case REACHABLE -> "reachable";
                case UNREACHABLE -> "unreachable";
            };
            b.append("<tr><th scope=\"row\">").append(esc(o.responderId())).append("</th><td class=\"num\">")
                    .append(esc(reading(o.current()))).append("</td><td>").append(answer).append("</td><td class=\"num\">")
                    .append(c == null ? "\u2014" : Numbers.format(c.threshold(), 3)).append("</td><td class=\"num\">")
                    .append(c == null ? "\u2014" : esc(reading(c.readingLow()))).append("</td><td class=\"num\">")
                    .append(c == null ? "\u2014" : esc(reading(c.readingHigh()))).append("</td><td class=\"num\">");
            switch (o.status()) {
                case ALREADY_MET -> b.append("0").append(c == null
                        ? " <span class=\"unc\">(holds over the whole scanned range)</span>"
                        : " <span class=\"unc\">(margin " + Numbers.signed(c.change()) + ")</span>");
                case REACHABLE -> b.append(Numbers.signed(c.change())).append(" <span class=\"unc\">(to ")
                        .append(Numbers.format(c.reaching(), 3)).append(")</span>");
                case UNREACHABLE -> b.append("\u2014");
            }
            b.append("</td><td class=\"num\">").append(o.crossings().size()).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        LeverOutcome first = r.outcomes().isEmpty() ? null : r.outcomes().get(0);
        if (first != null) {
            b.append("<p class=\"note\">Scenario SHA-256 <code>").append(esc(first.provenance().inputSha256()))
                    .append("</code>; search options <code>").append(esc(r.options().asParameters().toString()))
                    .append("</code>. \u201cJust below\u201d and \u201cjust above\u201d are the responses at the ends ")
                    .append("of the final bracket around the threshold; the margin of a target already met is the ")
                    .append("change that would lose it.</p>\n");
        }
        b.append("</section>\n");
    }

    private static String reading(Reading r) {
        if (r == null) {
            return "\u2014";
        }
        String v = Double.isNaN(r.value()) ? "" : Numbers.format(r.value(), 3);
        if (r.label() == null) {
            return v;
        }
        return v.isEmpty() ? r.label() : v + " (" + r.label() + ")";
    }
}
