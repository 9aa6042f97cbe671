package org.parley.views.html;

import static org.parley.views.format.Escaping.html;

import java.util.List;
import org.parley.analysis.levers.Crossing;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.LeverResult;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.views.format.Numbers;
import org.parley.views.format.Phrases;
import org.parley.views.format.Typography;
import org.parley.views.svg.LeverChartSvg;

/** The report's "What would it take" section: per lever a chart of the scan and the per-model threshold table. */
final class LeverHtml {
    private LeverHtml() {
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
        b.append("<section class=\"lever\" id=\"lever-").append(k).append("\">\n<h3>").append(html(Phrases.leverQuestion(a.spec())))
                .append("</h3>\n<p>").append(html(q.actorId())).append(" \u2014 ").append(html(q.attribute().label()))
                .append(" on ").append(html(q.issueId())).append(", now ").append(Numbers.fixed(r.currentValue()))
                .append("; target: ");
        if (a.spec().isGameLever()) {
            b.append("crisis game <code>").append(html(a.spec().game().id())).append("</code>")
                    .append(a.spec().stance() == null ? " (stance: the defender\u2019s position)"
                            : " at stance " + html(a.spec().stance())).append(", ");
        } else {
            b.append("forecast ");
        }
        b.append("<code>").append(html(q.target().toString())).append("</code>; scanned ")
                .append(Numbers.fixed(r.domain().low())).append(" \u2013 ").append(Numbers.fixed(r.domain().high()))
                .append(" on ").append(r.options().gridPoints()).append(" points.</p>\n");
        b.append("<div class=\"wide\">").append(LeverChartSvg.render(r)).append("</div>\n");
        b.append("<table>\n<thead><tr><th>").append(a.spec().isGameLever() ? "Game" : "Model")
                .append("</th><th class=\"num\">Now</th><th>Answer</th><th class=\"num\">Threshold</th>")
                .append("<th class=\"num\">Just below</th><th class=\"num\">Just above</th>")
                .append("<th class=\"num\">Change needed</th><th class=\"num\">Crossings</th></tr></thead>\n<tbody>\n");
        for (LeverOutcome o : r.outcomes()) {
            Crossing c = o.nearest();
            String answer = Phrases.leverStatus(o.status());
            b.append("<tr><th scope=\"row\">").append(html(o.responderId())).append("</th><td class=\"num\">")
                    .append(html(reading(o.current()))).append("</td><td>").append(answer).append("</td><td class=\"num\">")
                    .append(c == null ? "\u2014" : Numbers.fixed(c.threshold(), 3)).append("</td><td class=\"num\">")
                    .append(c == null ? "\u2014" : html(reading(c.readingLow()))).append("</td><td class=\"num\">")
                    .append(c == null ? "\u2014" : html(reading(c.readingHigh()))).append("</td><td class=\"num\">");
            switch (o.status()) {
                case ALREADY_MET -> b.append("0").append(c == null
                        ? " <span class=\"unc\">(holds over the whole scanned range)</span>"
                        : " <span class=\"unc\">(margin " + Numbers.signed(c.change()) + ")</span>");
                case REACHABLE -> b.append(Numbers.signed(c.change())).append(" <span class=\"unc\">(to ")
                        .append(Numbers.fixed(c.reaching(), 3)).append(")</span>");
                case UNREACHABLE -> b.append("\u2014");
            }
            b.append("</td><td class=\"num\">").append(o.crossings().size()).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        LeverOutcome first = r.outcomes().isEmpty() ? null : r.outcomes().get(0);
        if (first != null) {
            b.append("<p class=\"note\">Scenario SHA-256 <code>").append(html(first.provenance().inputSha256()))
                    .append("</code>; search options <code>").append(html(r.options().asParameters().toString()))
                    .append("</code>. \u201cJust below\u201d and \u201cjust above\u201d are the responses at the ends ")
                    .append("of the final bracket around the threshold; the margin of a target already met is the ")
                    .append("change that would lose it.</p>\n");
        }
        b.append("</section>\n");
    }

    private static String reading(org.parley.analysis.levers.Reading r) {
        return Phrases.reading(r, Typography.UNICODE);
    }
}
