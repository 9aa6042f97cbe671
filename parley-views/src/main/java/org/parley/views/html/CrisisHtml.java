package org.parley.views.html;

import static org.parley.views.format.Escaping.html;
import static org.parley.views.html.Html.anchor;

import java.util.List;
import org.parley.analysis.crisis.Belief;
import org.parley.analysis.crisis.CrisisAnalysis.CrisisReport;
import org.parley.analysis.crisis.CrisisAnalysis.StanceOutcome;
import org.parley.analysis.crisis.CrisisEquilibrium;
import org.parley.analysis.crisis.CrisisResult;
import org.parley.analysis.crisis.Param;
import org.parley.scenario.CrisisTemplate;
import org.parley.views.format.CrisisWording;
import org.parley.views.format.Numbers;
import org.parley.views.format.Phrases;
import org.parley.views.format.Typography;
import org.parley.views.svg.GameTreeSvg;
import org.parley.views.svg.ProbabilityChartSvg;

/**
 * The report's "Crisis games" section: per game the outcome probabilities per stance (chart and table), and per
 * stance the parameters with their sources, the game tree with the equilibrium path, and every equilibrium with its
 * beliefs, refinements and check.
 */
final class CrisisHtml {
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
        b.append("<section class=\"game\" id=\"").append(aid).append("\">\n<h3>Crisis game ").append(html(g.id()))
                .append(": ").append(html(g.challenger())).append(" (challenger) and ").append(html(g.defender()))
                .append(" (defender) on ").append(html(g.issue())).append("</h3>\n<p>Template <code>")
                .append(html(g.template().id())).append("</code>: ").append(templateText(g.template()));
        if (g.template() == CrisisTemplate.IIG_LOGIT) {
            b.append(", \u03bb = ").append(Numbers.fixed(g.lambda()));
        }
        b.append(". ").append(r.isVerified()
                ? "<strong>Verified</strong>: every equilibrium passed its checks on the game tree."
                : "<strong>Not verified</strong>: some equilibrium failed its check on the game tree.")
                .append("</p>\n");
        b.append(ProbabilityChartSvg.render(r, aid + "-bars"));
        b.append("<table>\n<thead><tr><th>Stance</th><th class=\"num\">Defender position</th>")
                .append("<th class=\"num\">P(deal)</th><th class=\"num\">P(escalation)</th>")
                .append("<th class=\"num\">P(status quo)</th><th>Most likely outcome</th><th>Selected equilibrium</th>")
                .append("<th class=\"num\">Equilibria</th></tr></thead>\n<tbody>\n");
        for (StanceOutcome so : r.stances()) {
            b.append("<tr><th scope=\"row\">").append(html(so.name())).append("</th><td class=\"num\">")
                    .append(Numbers.fixed(so.position())).append("</td><td class=\"num\">").append(p(so.pDeal()))
                    .append("</td><td class=\"num\">").append(p(so.pEscalation())).append("</td><td class=\"num\">")
                    .append(p(so.pStatusQuo())).append("</td><td>").append(html(Phrases.mostLikely(so.result().selectedEquilibrium(), Typography.UNICODE)))
                    .append("</td><td>").append(html(CrisisWording.kind(so.result().template(),
                            so.result().selectedEquilibrium())))
                    .append("</td><td class=\"num\">").append(so.result().equilibria().size()).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        for (StanceOutcome so : r.stances()) {
            stance(b, g.id(), so, aid);
        }
        b.append("<p class=\"note\">Scenario SHA-256 <code>").append(html(r.scenarioSha256())).append("</code>.</p>\n")
                .append("</section>\n");
    }

    private static void stance(StringBuilder b, String gameId, StanceOutcome so, String aid) {
        CrisisResult res = so.result();
        b.append("<h4 id=\"").append(aid).append("-").append(anchor("", so.name())).append("\">Stance ")
                .append(html(so.name())).append(" (defender at ").append(Numbers.fixed(so.position()))
                .append(")</h4>\n");
        b.append("<details open><summary>Parameters and where they came from</summary>\n<table class=\"params\">\n")
                .append("<thead><tr><th>Parameter</th><th class=\"num\">Value</th><th>Source</th></tr></thead>\n")
                .append("<tbody>\n");
        for (Param pr : res.parameters()) {
            boolean override = pr.source().equals("override");
            b.append("<tr><th scope=\"row\"><code>").append(html(pr.name())).append("</code></th><td class=\"num\">")
                    .append(Numbers.general(pr.doubleValue(), 4)).append("</td><td>")
                    .append(override ? "<strong>override</strong> (set in the scenario)"
                            : "scenario-derived: " + html(pr.source())).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n</details>\n");
        if (!so.inputs().isEmpty()) {
            b.append("<details><summary>Intermediate quantities of the mapping</summary>\n<table>\n<thead><tr>")
                    .append("<th>Quantity</th><th class=\"num\">Value</th><th>Source</th></tr></thead>\n<tbody>\n");
            for (Param pr : so.inputs()) {
                b.append("<tr><th scope=\"row\"><code>").append(html(pr.name())).append("</code></th><td class=\"num\">")
                        .append(Numbers.general(pr.doubleValue(), 4)).append("</td><td>")
                        .append(html(pr.source())).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n</details>\n");
        }
        b.append("<div class=\"wide tree\">").append(GameTreeSvg.render(res.game(), res.selectedEquilibrium().profile(),
                res.game().title() + " \u2014 " + CrisisWording.kind(res.template(), res.selectedEquilibrium())))
                .append("</div>\n");
        b.append("<p class=\"note\">The thick red edges are the selected equilibrium\u2019s path (")
                .append(html(CrisisWording.selectionRule(res.selectionRule()))).append(").</p>\n");
        b.append("<table>\n<thead><tr><th>#</th><th>Equilibrium</th><th>Outcome probabilities</th><th>Path</th>")
                .append("<th>Beliefs</th><th>Refinements</th><th>Check</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < res.equilibria().size(); i++) {
            CrisisEquilibrium e = res.equilibria().get(i);
            b.append("<tr><td>").append(i + 1).append(i == res.selected() ? " <strong>selected</strong>" : "")
                    .append("</td><td>").append(html(CrisisWording.kind(res.template(), e)))
                    .append(e.continuum() ? " (one point of a continuum)" : "")
                    .append("<br><span class=\"note\">").append(html(CrisisWording.description(res.template(), e)))
                    .append("</span></td><td>");
            boolean first = true;
            for (var o : e.outcomes().entrySet()) {
                if (o.getValue() > 0) {
                    b.append(first ? "" : "<br>").append(html(o.getKey().label())).append(' ').append(p(o.getValue()));
                    first = false;
                }
            }
            b.append("</td><td>").append(html(String.join("; ", CrisisWording.path(e)))).append("</td><td>");
            if (e.beliefs().isEmpty()) {
                b.append("\u2014");
            }
            first = true;
            for (Belief bl : e.beliefs()) {
                b.append(first ? "" : "<br>").append(html(CrisisWording.belief(bl)));
                first = false;
            }
            b.append("</td><td>").append(e.isQre() ? "\u2014" : "intuitive criterion " + yes(e.intuitiveCriterion())
                    + "<br>D1 " + yes(e.d1())).append("</td><td>")
                    .append(e.isQre() ? "logit residual " + Numbers.exponential(e.qreResidual(), 1)
                            : "regret " + Numbers.general(e.nash().maxRegret(), 3)
                            + (e.sequentiallyRational() ? ", sequentially rational" : ", NOT sequentially rational"))
                    .append(e.isVerified() ? " \u2713" : " <strong>failed</strong>").append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        if (!res.notes().isEmpty()) {
            b.append("<ul class=\"note\">\n");
            for (String n : res.notes()) {
                b.append("<li>").append(html(n)).append("</li>\n");
            }
            b.append("</ul>\n");
        }
    }

    private static String yes(boolean v) {
        return v ? "survives" : "fails";
    }

    private static String p(double v) {
        return Numbers.fixed(v, 3);
    }
}
