package org.parley.sweep;

import org.parley.analysis.crisis.CrisisAnalysis;

/** The three outcome categories of every crisis template, in the order the crisis analysis reports them. */
public enum CrisisOutcome {
    DEAL(CrisisAnalysis.DEAL), ESCALATION(CrisisAnalysis.ESCALATION), STATUS_QUO(CrisisAnalysis.STATUS_QUO);

    private final String category;

    CrisisOutcome(String category) {
        this.category = category;
    }

    /** The category name used by the crisis analysis ({@code deal}, {@code escalation}, {@code status quo}). */
    public String category() {
        return category;
    }

    /**
     * The outcome named by a label: the category name, or the enum name in any case ({@code status_quo}).
     *
     * @throws IllegalArgumentException naming the accepted labels
     */
    public static CrisisOutcome parse(String label) {
        String t = label == null ? "" : label.trim();
        for (CrisisOutcome o : values()) {
            if (o.category.equalsIgnoreCase(t) || o.name().equalsIgnoreCase(t.replace('-', '_'))) {
                return o;
            }
        }
        throw new IllegalArgumentException("expected deal, escalation or status_quo, got '" + label + "'");
    }
}
