package org.parley.views.format;

import org.parley.analysis.crisis.CrisisEquilibrium;
import org.parley.analysis.crisis.TemplateOutcome;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.Reading;
import org.parley.analysis.plan.LeverSpec;
import org.parley.forecast.Sentence;
import org.parley.forecast.ensemble.IssueComparison;

/**
 * The words every view uses for the same things (a verdict, a lever's question and answer, a crisis outcome, a
 * reading, a model's sentence), so that the terminal, the report and the CSV never describe one result in two ways;
 * crisis equilibria are worded by {@link CrisisWording}. Markup escaping is the caller's.
 */
public final class Phrases {
    /** The definition of an actor's gain, as printed under the terminal summary and put into the JSON. */
    public static final String GAIN_DEFINITION = "gain of an actor = |status quo - position| - |y - position|, with y "
            + "the median of the models' forecasts (robust to one outlying model); positive: the outcome moves "
            + "towards the actor's position. |gain| <= "
            + Numbers.fixed(IssueComparison.NEUTRAL_FRACTION * 100, 3) + "% of the scale's range counts as unchanged.";

    private Phrases() {
    }

    /** A model's sentence with its numbers to six significant digits ({@link Numbers#significant}). */
    public static String sentence(Sentence s) {
        StringBuilder b = new StringBuilder();
        for (Sentence.Part p : s.parts()) {
            b.append(p instanceof Sentence.Words w ? w.text() : Numbers.significant(((Sentence.Quantity) p).value()));
        }
        return b.toString();
    }

    /** "gains", "loses", "unchanged", "n/a (no status quo)", "n/a (no forecast)". */
    public static String verdict(IssueComparison.Verdict v) {
        return switch (v) {
            case GAINS -> "gains";
            case LOSES -> "loses";
            case UNCHANGED -> "unchanged";
            case NO_STATUS_QUO -> "n/a (no status quo)";
            case NO_FORECAST -> "n/a (no forecast)";
        };
    }

    /** "already met", "reachable", "unreachable". */
    public static String leverStatus(LeverOutcome.Status s) {
        return switch (s) {
            case ALREADY_MET -> "already met";
            case REACHABLE -> "reachable";
            case UNREACHABLE -> "unreachable";
        };
    }

    /**
     * The equilibrium's most likely outcome, with its probability (3 decimals) when below 1; the typography's
     * missing mark when it has no outcome.
     */
    public static String mostLikely(CrisisEquilibrium e, Typography t) {
        TemplateOutcome best = null;
        for (var o : e.outcomes().entrySet()) {
            if (best == null || o.getValue() > e.outcomes().get(best)) {
                best = o.getKey();
            }
        }
        if (best == null) {
            return t.missing();
        }
        double p = e.outcomes().get(best);
        return best.label() + (p < 1 - 1e-12 ? " (" + Numbers.fixed(p, 3, t) + ")" : "");
    }

    /**
     * A black box's response: its number (3 decimals), its label, or "number (label)"; the typography's missing
     * mark for none.
     */
    public static String reading(Reading r, Typography t) {
        if (r == null) {
            return t.missing();
        }
        String v = Double.isNaN(r.value()) ? "" : Numbers.fixed(r.value(), 3, t);
        if (r.label() == null) {
            return v;
        }
        return v.isEmpty() ? r.label() : v + " (" + r.label() + ")";
    }

    /**
     * A lever question in words: the analyst's text when the scenario gives one, else one built from the query, e.g.
     * {@code usa position on sequencing: what change makes the forecast >= 45?} or
     * {@code ... what change makes game us-dprk (hold): p_deal >= 0.5?}.
     */
    public static String leverQuestion(LeverSpec spec) {
        if (!spec.question().question().isBlank()) {
            return spec.question().question();
        }
        var q = spec.query();
        return q.actorId() + " " + q.attribute().label() + " on " + q.issueId() + ": what change makes "
                + (spec.game() == null ? "the forecast " : "game " + spec.game().id()
                + (spec.stance() == null ? "" : " (" + spec.stance() + ")") + ": ") + q.target() + "?";
    }
}
