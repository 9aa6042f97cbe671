package org.parley.forecast.decision;

import java.util.ArrayList;
import java.util.List;
import org.parley.forecast.WeightScheme;
import org.parley.scenario.DecisionStructure;
import org.parley.scenario.IssueSlice;

/**
 * The decisive actors of an issue as a slice of their own, for models that bargain among the decisive actors only
 * (the Nash bargaining reading of a decision structure): the reversion point becomes the slice's status quo, and the
 * influencers (actors with a stance who decide nothing) act on the decisive actors' positions by a documented rule.
 *
 * <p>Influence rule (Parley's, in the spirit of the influence stage of Stokman &amp; Van den Bos 1992): with strength
 * λ ∈ [0, 1] and weights w = the model's weight scheme, each decisive actor i moves to
 * x_i' = (w_i x_i + λ Σ_j w_j x_j) / (w_i + λ Σ_j w_j), the sum over influencers j. λ = 0 ignores influencers;
 * λ = 1 lets them pull as hard as in the compromise model of i and the influencers together.
 */
public final class DecisiveSlice {
    private DecisiveSlice() {
    }

    /**
     * The decisive actors' slice (scenario order), with the structure's reversion point as status quo.
     *
     * @throws IllegalArgumentException if a decisive actor takes no stance on the issue
     */
    public static IssueSlice of(IssueSlice slice, DecisionStructure d, WeightScheme weights, double influence) {
        if (!(influence >= 0 && influence <= 1)) {
            throw new IllegalArgumentException("influence must be in [0, 1], got " + influence);
        }
        for (String id : d.decisiveActors()) {
            if (slice.indexOf(id) < 0) {
                throw new IllegalArgumentException("issue " + slice.issue().id() + ": decisive actor " + id
                        + " takes no stance on it");
            }
        }
        double pull = 0, pullWeight = 0;
        for (int j = 0; j < slice.size(); j++) {
            if (!d.isDecisive(slice.actorIds().get(j))) {
                double w = weights.weight(slice.capability(j), slice.salience(j));
                pull += w * slice.position(j);
                pullWeight += w;
            }
        }
        List<String> ids = new ArrayList<>();
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < slice.size(); i++) {
            if (d.isDecisive(slice.actorIds().get(i))) {
                ids.add(slice.actorIds().get(i));
                keep.add(i);
            }
        }
        int n = keep.size();
        double[] x = new double[n], s = new double[n], c = new double[n], r = new double[n];
        for (int k = 0; k < n; k++) {
            int i = keep.get(k);
            double wi = weights.weight(slice.capability(i), slice.salience(i));
            double denominator = wi + influence * pullWeight;
            x[k] = influence == 0 || denominator == 0 ? slice.position(i)
                    : (wi * slice.position(i) + influence * pull) / denominator;
            s[k] = slice.salience(i);
            c[k] = slice.capability(i);
            r[k] = slice.riskAttitudes()[i];
        }
        return new IssueSlice(slice.issue(), ids, x, s, c, r, d.reversion(slice.statusQuo()), d);
    }
}
