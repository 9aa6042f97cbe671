package org.parley.views.report;

import org.parley.analysis.plan.LeverSpec;

/** The words of a lever question, shared by the terminal text, the JSON form and the HTML report. */
public final class LeverText {
    private LeverText() {
    }

    /**
     * The question in words: the analyst's text when the scenario gives one, else one built from the query, e.g.
     * {@code usa position on sequencing: what change makes the forecast >= 45?} or
     * {@code ... what change makes game us-dprk (hold): p_deal >= 0.5?}.
     */
    public static String question(LeverSpec spec) {
        if (!spec.question().question().isBlank()) {
            return spec.question().question();
        }
        var q = spec.query();
        return q.actorId() + " " + q.attribute().label() + " on " + q.issueId() + ": what change makes "
                + (spec.game() == null ? "the forecast " : "game " + spec.game().id()
                + (spec.stance() == null ? "" : " (" + spec.stance() + ")") + ": ") + q.target() + "?";
    }
}
