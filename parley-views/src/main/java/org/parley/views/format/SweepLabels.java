package org.parley.views.format;

import java.util.Locale;
import org.parley.sweep.OutputId;

/** Names of sweep outputs as the reports show them, and probabilities as percentages. */
public final class SweepLabels {
    private SweepLabels() {
    }

    /** e.g. {@code eu · sequencing}, {@code us-dprk · hold · P(deal)} (with " / " between the parts in ASCII). */
    public static String output(OutputId id, Typography t) {
        String sep = t == Typography.ASCII ? " / " : " · ";
        String head = id.isCrisis() ? id.game() + sep + id.stance() : id.model() + sep + id.issue();
        return head + switch (id.kind()) {
            case FORECAST -> "";
            case AGREEMENT -> sep + "agreement";
            case P_DEAL -> sep + "P(deal)";
            case P_ESCALATION -> sep + "P(escalation)";
            case P_STATUS_QUO -> sep + "P(status quo)";
            case MODAL_OUTCOME -> sep + "most likely outcome";
        };
    }




    /** A probability as a percentage with one decimal, e.g. {@code 42.5%}. */
    public static String pct(double p, Typography t) {
        return Double.isNaN(p) ? t.missing() : String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    /** A share with its Monte Carlo standard error, e.g. {@code 42.5% ± 0.2%}; the missing mark when nothing was valid. */
    public static String share(org.parley.sweep.stats.Share s, Typography t) {
        return s.valid() == 0 ? t.missing() : pct(s.proportion(), t) + (t == Typography.ASCII ? " +- " : " ± ") + pct(s.standardError(), t);
    }

}
