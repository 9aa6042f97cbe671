package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.parley.analysis.crisis.CrisisAnalysis.CrisisReport;
import org.parley.analysis.crisis.CrisisAnalysis.StanceOutcome;
import org.parley.analysis.crisis.CrisisEquilibrium;
import org.parley.analysis.crisis.TemplateOutcome;
import org.parley.analysis.levers.Crossing;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.LeverResult;
import org.parley.analysis.levers.Reading;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.views.report.CrisisWording;
import org.parley.views.report.LeverText;

/** The terminal text for crisis games and levers (plain ASCII, aligned columns), shared by analyze and levers. */
final class AnalysisText {
    /** The one-line note printed under every crisis game. */
    static final String MAPPING_NOTE = "parameters come from the documented scenario mapping "
            + "(docs/analysis/crisis-templates.md, section 5), a judgment shown in the report so it can be disputed";

    private AnalysisText() {
    }

    static void crises(PrintWriter out, List<CrisisReport> reports) {
        for (CrisisReport r : reports) {
            var g = r.spec();
            out.println();
            out.println("Crisis game " + g.id() + ": " + g.template().id()
                    + (g.template() == org.parley.scenario.CrisisTemplate.IIG_LOGIT
                    ? " (lambda " + TextOutput.num(g.lambda()) + ")" : "")
                    + ", challenger " + g.challenger() + ", defender " + g.defender() + ", issue " + g.issue());
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("stance", "position", "P(deal)", "P(escalation)", "P(status quo)", "most likely outcome",
                    "selected equilibrium"));
            for (StanceOutcome so : r.stances()) {
                CrisisEquilibrium e = so.result().selectedEquilibrium();
                rows.add(List.of(so.name(), TextOutput.num(so.position()), TextOutput.num(so.pDeal(), 3),
                        TextOutput.num(so.pEscalation(), 3), TextOutput.num(so.pStatusQuo(), 3), mostLikely(e),
                        CrisisWording.kind(so.result().template(), e) + "; " + so.result().equilibria().size() + " equilibri"
                                + (so.result().equilibria().size() == 1 ? "um" : "a") + " found"));
            }
            TextOutput.table(out, "    ", rows);
            String overrides = g.parameters().isEmpty() ? "no overrides"
                    : "overridden: " + String.join(", ", g.parameters().keySet());
            out.println("    " + MAPPING_NOTE + "; " + overrides + ".");
            out.println("    " + (r.isVerified() ? "every equilibrium verified on the game tree"
                    : "WARNING: some equilibrium failed its check on the game tree (see the JSON output)"));
        }
        out.flush();
    }

    static void levers(PrintWriter out, List<LeverAnswer> answers) {
        for (LeverAnswer a : answers) {
            LeverResult r = a.result();
            var q = r.query();
            out.println();
            out.println("What would it take: " + LeverText.question(a.spec()));
            out.println("    " + q.actorId() + " " + q.attribute().label() + " on " + q.issueId() + ", now "
                    + TextOutput.num(r.currentValue()) + "; target " + (a.spec().isGameLever()
                    ? "game " + a.spec().game().id() + (a.spec().stance() == null ? " (stance = " + a.spec().game()
                    .defender() + "'s position)" : " at stance " + a.spec().stance()) + ": " : "forecast ")
                    + q.target() + "; scanned " + TextOutput.num(r.domain().low()) + " .. "
                    + TextOutput.num(r.domain().high()));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(a.spec().isGameLever() ? "game" : "model", "now", "answer", "threshold",
                    "below | above", "change"));
            for (LeverOutcome o : r.outcomes()) {
                Crossing c = o.nearest();
                String answer = switch (o.status()) {
                    case ALREADY_MET -> "already met";
                    case REACHABLE -> "reachable";
                    case UNREACHABLE -> "unreachable";
                };
                String threshold = c == null ? "-" : TextOutput.num(c.threshold(), 3);
                String sides = c == null ? "-" : reading(c.readingLow()) + " | " + reading(c.readingHigh());
                String change = switch (o.status()) {
                    case ALREADY_MET -> "0" + (c == null ? " (the target holds over the whole scanned range)"
                            : " (margin " + TextOutput.signed(c.change()) + ")");
                    case REACHABLE -> TextOutput.signed(c.change()) + " (to " + TextOutput.num(c.reaching(), 3) + ")"
                            + (c.converged() ? "" : " [bracket not converged]");
                    case UNREACHABLE -> "no value on the scanned range reaches the target";
                };
                rows.add(List.of(o.responderId(), reading(o.current()), answer, threshold, sides, change
                        + (o.crossings().size() > 1 ? "; " + o.crossings().size() + " crossings" : "")));
            }
            TextOutput.table(out, "    ", rows);
        }
        out.flush();
    }

    /** The selected equilibrium's most likely outcome label, with its probability when below 1. */
    static String mostLikely(CrisisEquilibrium e) {
        TemplateOutcome best = null;
        for (var o : e.outcomes().entrySet()) {
            if (best == null || o.getValue() > e.outcomes().get(best)) {
                best = o.getKey();
            }
        }
        if (best == null) {
            return "-";
        }
        double p = e.outcomes().get(best);
        return best.label() + (p < 1 - 1e-12 ? " (" + TextOutput.num(p, 3) + ")" : "");
    }

    static String reading(Reading r) {
        if (r == null) {
            return "-";
        }
        String v = Double.isNaN(r.value()) ? "" : TextOutput.num(r.value(), 3);
        if (r.label() == null) {
            return v;
        }
        return v.isEmpty() ? r.label() : v + " (" + r.label() + ")";
    }
}
