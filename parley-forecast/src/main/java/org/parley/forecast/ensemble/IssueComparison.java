package org.parley.forecast.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.scenario.Issue;
import org.parley.scenario.IssueSlice;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;

/**
 * One issue compared across models (the comparison the report and the command line show): each model's forecast, the ensemble spread, and which actors gain or lose
 * against the status quo.
 *
 * <p>Definitions. Let q be the status quo, f<sub>1..k</sub> the models' forecasts and m their median (the mean of
 * the two middle values when k is even). The ensemble spread is [min f, max f], as in
 * {@link EnsembleSummary}. Actor i with position x<sub>i</sub>
 * <em>gains</em> from an outcome y by
 * <pre>  gain_i(y) = |q − x_i| − |y − x_i|</pre>
 * i.e. by how much y lies closer to i's position than the status quo does (linear loss on the issue's scale).
 * The headline verdict uses y = m: the median is robust to a single outlying model (e.g. a Nash bargaining
 * solution stuck at the status quo by a veto), so one model alone cannot turn a winner into a loser. The gain
 * under each model is kept as well. A gain whose absolute value is at most {@link #NEUTRAL_FRACTION} of the
 * scale's range counts as {@link Verdict#UNCHANGED}; without a status quo no gains are computed.
 *
 * <p>Complexity: O(k log k + n·k) per issue for k models and n actors.
 *
 * @param issueId     the issue
 * @param label       its label
 * @param scale       its scale
 * @param statusQuo   status quo point value, NaN when the issue has none
 * @param outcomes    the forecast of each model that covers the issue, in the order the forecasts were given
 * @param min         smallest forecast (NaN when no model covers the issue)
 * @param max         largest forecast (NaN when none)
 * @param median      median forecast (NaN when none)
 * @param neutralBand |gain| at or below this counts as unchanged ({@link #NEUTRAL_FRACTION} × scale range)
 * @param gains       one entry per actor with a stance on the issue, in scenario order
 */
public record IssueComparison(String issueId, String label, Scale scale, double statusQuo, List<ModelForecast> outcomes,
                           double min, double max, double median, double neutralBand, List<ActorGain> gains) {

    /** Fraction of the scale's range within which a gain or loss counts as no change (half a point on 0–100). */
    public static final double NEUTRAL_FRACTION = 0.005;

    public IssueComparison {
        Objects.requireNonNull(issueId, "issueId");
        Objects.requireNonNull(scale, "scale");
        outcomes = List.copyOf(outcomes);
        gains = List.copyOf(gains);
    }

    /** Whether the issue has a status quo, i.e. whether gains are defined. */
    public boolean hasStatusQuo() {
        return !Double.isNaN(statusQuo);
    }

    /**
     * One model's forecast for the issue.
     *
     * @param interval the model's interval of equally valid outcomes, or null
     */
    public record ModelForecast(String modelId, String modelName, double outcome, IssueForecast.Interval interval) {
        public ModelForecast {
            Objects.requireNonNull(modelId, "modelId");
            Objects.requireNonNull(modelName, "modelName");
        }
    }

    /** Whether an actor is better or worse off than under the status quo. */
    public enum Verdict {
        /** The gain exceeds the neutral band. */
        GAINS,
        /** The loss exceeds the neutral band. */
        LOSES,
        /** The gain lies within the neutral band. */
        UNCHANGED,
        /** The issue has no status quo: gains are not defined. */
        NO_STATUS_QUO,
        /** No model forecast the issue. */
        NO_FORECAST
    }

    /**
     * One actor's gain against the status quo.
     *
     * @param position    the actor's position in the scenario
     * @param weight      capability × salience
     * @param gain        gain under the ensemble median (NaN without status quo or forecasts)
     * @param verdict     what the gain means, with the neutral band applied
     * @param gainByModel gain under each model, in the order of {@link IssueComparison#outcomes()}
     */
    public record ActorGain(String actorId, String actorName, double position, double weight, double gain,
                            Verdict verdict, List<Double> gainByModel) {
        public ActorGain {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(verdict, "verdict");
            gainByModel = List.copyOf(gainByModel);
        }
    }

    /** {@code |q − x| − |y − x|}: how much closer outcome y lies to position x than status quo q does. */
    public static double gain(double statusQuo, double position, double outcome) {
        return Math.abs(statusQuo - position) - Math.abs(outcome - position);
    }

    /** Median of the values (mean of the two middle ones for an even count); NaN for none. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    }

    /**
     * Summarises every issue of the scenario, in scenario order.
     *
     * @throws IllegalArgumentException if the forecasts come from different scenarios (different hashes)
     */
    public static List<IssueComparison> of(Scenario scenario, List<Forecast> forecasts) {
        List<IssueComparison> out = new ArrayList<>();
        for (Issue issue : scenario.issues()) {
            out.add(of(scenario, issue.id(), forecasts));
        }
        return List.copyOf(out);
    }

    /**
     * Summarises one issue.
     *
     * @throws IllegalArgumentException if the issue id is unknown, or the forecasts come from different scenarios
     */
    public static IssueComparison of(Scenario scenario, String issueId, List<Forecast> forecasts) {
        IssueSlice slice = scenario.slice(issueId);
        Issue issue = slice.issue();
        List<ModelForecast> outcomes = new ArrayList<>();
        for (Forecast f : forecasts) {
            f.issue(issueId).ifPresent(fi -> outcomes.add(
                    new ModelForecast(f.model().id(), f.model().name(), fi.outcome(), fi.interval())));
        }
        double[] ys = outcomes.stream().mapToDouble(ModelForecast::outcome).toArray();
        // the spread is the forecast module's definition (EnsembleSummary), which also rejects mixed scenarios
        var spread = forecasts.isEmpty() ? Optional.<EnsembleSummary.IssueSummary>empty()
                : EnsembleSummary.of(forecasts).issue(issueId);
        double min = spread.map(EnsembleSummary.IssueSummary::min).orElse(Double.NaN);
        double max = spread.map(EnsembleSummary.IssueSummary::max).orElse(Double.NaN);
        double median = median(ys);
        double q = slice.statusQuo();
        double band = NEUTRAL_FRACTION * issue.scale().range();
        List<ActorGain> gains = new ArrayList<>();
        for (int i = 0; i < slice.size(); i++) {
            String id = slice.actorIds().get(i);
            String name = scenario.actor(id).map(a -> a.name()).orElse(id);
            double x = slice.position(i);
            double w = slice.capability(i) * slice.salience(i);
            List<Double> byModel = new ArrayList<>();
            for (double y : ys) {
                byModel.add(slice.hasStatusQuo() ? gain(q, x, y) : Double.NaN);
            }
            double g = slice.hasStatusQuo() && ys.length > 0 ? gain(q, x, median) : Double.NaN;
            gains.add(new ActorGain(id, name, x, w, g, verdict(g, slice.hasStatusQuo(), band), byModel));
        }
        return new IssueComparison(issueId, issue.label(), issue.scale(), q, outcomes, min, max, median, band, gains);
    }

    /** The verdict for a gain with the given neutral band. */
    public static Verdict verdict(double gain, boolean hasStatusQuo, double neutralBand) {
        if (!hasStatusQuo) {
            return Verdict.NO_STATUS_QUO;
        }
        if (Double.isNaN(gain)) {
            return Verdict.NO_FORECAST;
        }
        if (gain > neutralBand) {
            return Verdict.GAINS;
        }
        if (gain < -neutralBand) {
            return Verdict.LOSES;
        }
        return Verdict.UNCHANGED;
    }
}
