package org.parley.views.text;

import org.parley.views.format.Escaping;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.parley.analysis.crisis.CrisisAnalysis.CrisisReport;
import org.parley.analysis.crisis.CrisisAnalysis.StanceOutcome;
import org.parley.analysis.crisis.CrisisEquilibrium;
import org.parley.scenario.CrisisTemplate;
import org.parley.views.format.CrisisWording;
import org.parley.views.format.Numbers;
import org.parley.views.format.Phrases;
import org.parley.views.format.Typography;

/** The terminal text of crisis games (plain ASCII, aligned columns). */
public final class CrisisText {
    /** The one-line note printed under every crisis game. */
    public static final String MAPPING_NOTE = "parameters come from the documented scenario mapping "
            + "(docs/analysis/crisis-templates.md, section 5), a judgment shown in the report so it can be disputed";

    private CrisisText() {
    }

    /**
     * Per game: the template and pair, a row per stance with P(deal), P(escalation), P(status quo), the most likely
     * outcome and the selected equilibrium; the mapping note and whether every equilibrium was verified.
     */
    public static void crises(PrintWriter raw, List<CrisisReport> reports) {
        PrintWriter out = Escaping.terminal(raw); // user strings must not reach the terminal raw
        for (CrisisReport r : reports) {
            var g = r.spec();
            out.println();
            out.println("Crisis game " + g.id() + ": " + g.template().id()
                    + (g.template() == CrisisTemplate.IIG_LOGIT
                    ? " (lambda " + num(g.lambda()) + ")" : "")
                    + ", challenger " + g.challenger() + ", defender " + g.defender() + ", issue " + g.issue());
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("stance", "position", "P(deal)", "P(escalation)", "P(status quo)", "most likely outcome",
                    "selected equilibrium"));
            for (StanceOutcome so : r.stances()) {
                CrisisEquilibrium e = so.result().selectedEquilibrium();
                rows.add(List.of(so.name(), num(so.position()), num(so.pDeal(), 3),
                        num(so.pEscalation(), 3), num(so.pStatusQuo(), 3), Phrases.mostLikely(e, Typography.ASCII),
                        CrisisWording.kind(so.result().template(), e) + "; " + so.result().equilibria().size()
                                + " equilibri"
                                + (so.result().equilibria().size() == 1 ? "um" : "a") + " found"));
            }
            TextTable.table(out, "    ", rows);
            String overrides = g.parameters().isEmpty() ? "no overrides"
                    : "overridden: " + String.join(", ", g.parameters().keySet());
            out.println("    " + MAPPING_NOTE + "; " + overrides + ".");
            out.println("    " + (r.isVerified() ? "every equilibrium verified on the game tree"
                    : "WARNING: some equilibrium failed its check on the game tree (see the JSON output)"));
        }
        out.flush();
    }

    private static String num(double x) {
        return Numbers.fixed(x, Typography.ASCII);
    }

    private static String num(double x, int decimals) {
        return Numbers.fixed(x, decimals, Typography.ASCII);
    }
}
