package org.parley.forecast.support;

import org.parley.forecast.ScenarioNotAnalysableException;
import org.parley.forecast.WeightScheme;
import org.parley.scenario.IssueSlice;

/** Input checks and weights shared by the models. */
public final class SliceChecks {
    private SliceChecks() {
    }

    /**
     * Checks that the issue has actors with finite, non-negative capability and salience, and returns their weights.
     *
     * @throws ScenarioNotAnalysableException naming the issue (and actor) when the issue cannot be analysed
     */
    public static double[] weights(IssueSlice slice, WeightScheme scheme, String modelName) {
        String issue = slice.issue().id();
        if (slice.size() == 0) {
            throw new ScenarioNotAnalysableException("issue " + issue + ": no actor takes a stance, so " + modelName
                    + " has nothing to forecast");
        }
        double[] w = new double[slice.size()];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            double c = slice.capability(i), s = slice.salience(i), x = slice.position(i);
            String who = "issue " + issue + ", actor " + slice.actorIds().get(i);
            if (!(c >= 0) || !Double.isFinite(c)) {
                throw new ScenarioNotAnalysableException(who + ": capability must be finite and >= 0, got " + c);
            }
            if (!(s >= 0) || !Double.isFinite(s)) {
                throw new ScenarioNotAnalysableException(who + ": salience must be finite and >= 0, got " + s);
            }
            if (!Double.isFinite(x)) {
                throw new ScenarioNotAnalysableException(who + ": position must be finite, got " + x);
            }
            w[i] = scheme.weight(c, s);
            total += w[i];
        }
        if (!(total > 0) || !Double.isFinite(total)) {
            throw new ScenarioNotAnalysableException("issue " + issue + ": the actors' weights (" + scheme.label()
                    + ") sum to " + total + "; " + modelName + " needs a positive total");
        }
        return w;
    }
}
