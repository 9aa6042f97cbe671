package org.parley.forecast.decision;

import java.util.ArrayList;
import java.util.List;
import org.parley.forecast.Agreement;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.Sentence;
import org.parley.scenario.IssueSlice;

/**
 * The decision stage of the two-stage reading ({@link DecisionReading#RULE}): influence first (the model's own
 * forecast y), then decision under the rule. The decisive actors accept y if it lies in the acceptable set
 * [left, right] ({@link AcceptableSet}); otherwise the outcome is the acceptable point nearest to y (the closest
 * proposal that still beats the reversion point for every body), and the reversion point — no agreement — when
 * only the reversion point is acceptable. This follows the two-stage view of Stokman &amp; Van den Bos (1992)
 * (influence, then decision by the formally decisive actors) with the win-set of Tsebelis (2002) as the decision
 * rule; the projection onto the acceptable set is Parley's documented choice (docs/models/decision-rules.md).
 *
 * <p>Stateless. O(n log n) per issue on top of the model.
 */
public final class DecisionStage {
    private DecisionStage() {
    }

    /**
     * The forecast after the decision stage; unchanged when the slice has no decision structure, no reversion point
     * (neither the structure nor the issue gives one), or the reading is IGNORE.
     */
    public static IssueForecast apply(IssueSlice slice, IssueForecast influence, DecisionReading reading) {
        if (reading == DecisionReading.IGNORE || !slice.hasDecision()
                || !Double.isFinite(slice.decision().reversion(slice.statusQuo()))) {
            return influence; // without a reversion point there is nothing to accept or refuse against
        }
        AcceptableSet w = AcceptableSet.of(slice, slice.decision());
        double y = influence.outcome();
        double outcome = w.interval().clamp(y);
        Agreement a = w.agreementAt(outcome);
        List<Sentence> why = new ArrayList<>(influence.explanation());
        why.add(sentence(w, y, outcome, a));
        IssueForecast.Interval iv = influence.interval();
        if (iv != null) {
            iv = new IssueForecast.Interval(w.interval().clamp(iv.low()), w.interval().clamp(iv.high()));
        }
        return influence.decided(outcome, iv, why, a);
    }

    static Sentence sentence(AcceptableSet w, double y, double outcome, Agreement a) {
        Sentence.Builder b = Sentence.builder().text("Decision stage: the decisive actors accept ");
        if (w.isEmpty()) {
            b.text("only the reversion point ").number(w.reversion());
        } else {
            b.text("outcomes in [").number(w.left()).text(", ").number(w.right()).text("]");
        }
        if (a.status() == Agreement.Status.NO_AGREEMENT) {
            return b.text("; no agreement, the reversion point ").number(w.reversion()).text(" holds"
                    + (a.blockers().isEmpty() ? "" : " (blocked by " + String.join(", ", a.blockers()) + ")") + ".")
                    .build();
        }
        return y == outcome ? b.text(", which includes ").number(y).text(".").build()
                : b.text("; the influence-stage outcome ").number(y).text(" is moved to the nearest acceptable point ")
                .number(outcome).text(".").build();
    }
}
