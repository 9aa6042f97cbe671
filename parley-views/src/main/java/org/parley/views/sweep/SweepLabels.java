package org.parley.views.sweep;

import java.util.Locale;
import org.parley.sweep.OutputId;
import org.parley.sweep.OutputKind;
import org.parley.sweep.sample.InputId;

/** Names of sweep inputs and outputs as the reports show them, and number formatting. */
final class SweepLabels {
    private SweepLabels() {
    }

    /** e.g. {@code eu · sequencing}, {@code us-dprk · hold · P(deal)}. */
    static String output(OutputId id) {
        return switch (id.kind()) {
            case FORECAST -> id.model() + " · " + id.issue();
            case AGREEMENT -> id.model() + " · " + id.issue() + " · agreement";
            case P_DEAL -> id.game() + " · " + id.stance() + " · P(deal)";
            case P_ESCALATION -> id.game() + " · " + id.stance() + " · P(escalation)";
            case P_STATUS_QUO -> id.game() + " · " + id.stance() + " · P(status quo)";
            case MODAL_OUTCOME -> id.game() + " · " + id.stance() + " · most likely outcome";
        };
    }

    /** The input's command-line key, e.g. {@code dprk.sequencing.salience}. */
    static String input(InputId id) {
        return id.key();
    }

    /** A column name for CSV, e.g. {@code p_deal}. */
    static String kind(OutputKind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }

    /** Up to {@code decimals} decimals, trailing zeros dropped; "–" for NaN. */
    static String num(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "–";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }

    /** A probability as a percentage with one decimal, e.g. {@code 42.5%}. */
    static String pct(double p) {
        return Double.isNaN(p) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
