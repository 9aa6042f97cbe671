package org.parley.views.format;

import java.util.ArrayList;
import java.util.List;
import org.parley.analysis.crisis.CrisisEquilibrium;
import org.parley.analysis.crisis.TemplateOutcome;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.Reading;
import org.parley.analysis.plan.LeverSpec;
import org.parley.forecast.Agreement;
import org.parley.forecast.Sentence;
import org.parley.forecast.ensemble.IssueComparison;
import org.parley.scenario.DecisionStructure;
import org.parley.scenario.VotingBody;
import org.parley.scenario.VotingRule;

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

    /** "agreement", "no agreement (blocked by a, b)", or "" when the model does not say. */
    public static String agreement(Agreement a) {
        return switch (a.status()) {
            case AGREEMENT -> "agreement";
            case NO_AGREEMENT -> "no agreement" + (a.blockers().isEmpty() ? "" : " (blocked by "
                    + String.join(", ", a.blockers()) + ")");
            case NOT_MODELLED -> "";
        };
    }

    /**
     * Who decides, in a few words: "bilateral deal: usa and dprk (each holds a veto); agenda setter c; reversion 5"
     * or, for general structures, each body's rule and members ("qualified majority (255 of 345 votes) of de, fr, …").
     */
    public static String decision(DecisionStructure d) {
        List<String> parts = new ArrayList<>();
        boolean bilateral = d.bodies().size() == 2 && d.bodies().stream().allMatch(b -> b.rule() == VotingRule.SINGLE);
        if (bilateral) {
            parts.add(d.bodies().get(0).votes().keySet().iterator().next() + " and "
                    + d.bodies().get(1).votes().keySet().iterator().next() + " (each holds a veto)");
        } else {
            for (VotingBody b : d.bodies()) {
                String members = String.join(", ", b.votes().keySet());
                parts.add(switch (b.rule()) {
                    case SINGLE -> members + " alone";
                    case UNANIMITY -> "unanimity of " + members;
                    case MAJORITY -> "majority of " + members;
                    case QUALIFIED_MAJORITY -> "qualified majority (" + Numbers.significant(b.threshold()) + " of "
                            + Numbers.significant(b.totalVotes()) + " votes) of " + members;
                });
            }
        }
        String text = (d.procedure().isEmpty() ? "" : d.procedure() + ": ") + String.join("; and ", parts);
        if (d.agendaSetter() != null) {
            text += "; agenda setter " + d.agendaSetter();
        }
        return text;
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
