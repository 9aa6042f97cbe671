package org.parley.forecast.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.ModelInfo;
import org.parley.forecast.ModelOptions;
import org.parley.forecast.Sentence;
import org.parley.forecast.WeightScheme;
import org.parley.forecast.decision.DecisionReading;
import org.parley.forecast.decision.DecisionStage;
import org.parley.forecast.support.IssueLoop;
import org.parley.forecast.support.Params;
import org.parley.forecast.support.SliceChecks;
import org.parley.forecast.support.Weighted;
import org.parley.scenario.IssueSlice;
import org.parley.provenance.RunContext;
import org.parley.scenario.Scenario;

/**
 * The weighted median ("median voter", Black 1948): the position x_k at which the cumulative weight
 * C(x) = Σ_{x_i ≤ x} w_i first exceeds half the total, w_i = c_i·s_i by default. In one dimension with linear loss it
 * minimises Σ w_i |x_i − a| and is the Condorcet winner of Bueno de Mesquita's intensity-weighted pairwise vote.
 *
 * <p>Ties: when C equals exactly W/2 at x_k (relative tolerance {@value Weighted#TIE_TOLERANCE}), every point of
 * [x_k, x_{k+1}] is a median; the forecast reports that interval and the point chosen by {@link TieRule}
 * (midpoint by default).
 *
 * <p>Reference: Black, D. (1948), "On the rationale of group decision-making", <i>J. Political Economy</i> 56(1).
 * Complexity O(n log n) per issue. Immutable and thread-safe.
 */
public final class WeightedMedianModel implements BargainingModel {
    public static final ModelInfo INFO = new ModelInfo("median", "Weighted median (median voter)", "1.1",
            "Black 1948; Bueno de Mesquita 1994 (median voter position)");

    /** Which point of a tie interval [x_k, x_{k+1}] is the point forecast. */
    public enum TieRule {
        LOWER, UPPER, MIDPOINT;

        public double pick(Weighted.MedianInterval m) {
            return switch (this) {
                case LOWER -> m.low();
                case UPPER -> m.high();
                case MIDPOINT -> m.midpoint();
            };
        }
    }

    /**
     * @param weights how capability and salience make an actor's weight
     * @param tie      the point forecast when the median is an interval
     * @param decision how the scenario's decision structure is read ({@link DecisionStage}); no effect without one
     */
    public record Options(WeightScheme weights, TieRule tie, DecisionReading decision) implements ModelOptions {
        public static final Options DEFAULT = new Options(WeightScheme.CAPABILITY_TIMES_SALIENCE, TieRule.MIDPOINT,
                DecisionReading.RULE);

        public Options {
            Objects.requireNonNull(weights, "weights must not be null");
            Objects.requireNonNull(tie, "tie must not be null");
            Objects.requireNonNull(decision, "decision must not be null");
        }

        /** These weights and tie rule, with the decision rule respected. */
        public Options(WeightScheme weights, TieRule tie) {
            this(weights, tie, DecisionReading.RULE);
        }

        @Override
        public SortedMap<String, String> asParameters() {
            return new TreeMap<>(Map.of("weights", weights.label(), "tie", tie.name().toLowerCase(Locale.ROOT),
                    "decision", decision.id()));
        }

        /** @throws IllegalArgumentException naming the offending field */
        public static Options fromParameters(Map<String, String> p) {
            Params r = Params.of(p, Set.of("weights", "tie", "decision"), INFO.id());
            return new Options(r.parse("weights", DEFAULT.weights(), WeightScheme::parse),
                    r.parse("tie", DEFAULT.tie(), s -> TieRule.valueOf(s.toUpperCase(Locale.ROOT))),
                    r.parse("decision", DEFAULT.decision(), DecisionReading::parse));
        }
    }

    private final Options options;

    public WeightedMedianModel() {
        this(Options.DEFAULT);
    }

    public WeightedMedianModel(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    public Options options() {
        return options;
    }

    @Override
    public Forecast forecast(Scenario scenario, RunContext context) {
        return IssueLoop.forecast(scenario, context, INFO, options,
                slice -> DecisionStage.apply(slice, forecastIssue(slice), options.decision()));
    }

    /** Forecast of one issue. */
    public IssueForecast forecastIssue(IssueSlice slice) {
        double[] w = SliceChecks.weights(slice, options.weights(), INFO.name());
        double[] x = slice.positions();
        Weighted.MedianInterval m = Weighted.median(x, w);
        double point = options.tie().pick(m);
        List<Sentence> why = new ArrayList<>();
        String weights = CompromiseModel.describe(options.weights());
        if (m.isPoint()) {
            why.add(Sentence.builder().text("Forecast ").number(point).text(" is the weighted median of the positions"
                    + " (weights: " + weights + "): actors at or below it hold more than half of the weight, and so do"
                    + " actors at or above it.").build());
        } else {
            why.add(Sentence.builder().text("The weighted median is not unique: actors at or below ").number(m.low())
                    .text(" hold exactly half of the weight (" + weights + "), so every point of [").number(m.low())
                    .text(", ").number(m.high()).text("] is a median.").build());
            why.add(Sentence.builder().text("The point forecast ").number(point).text(" is the "
                    + options.tie().name().toLowerCase(Locale.ROOT) + " of that interval (tie rule).").build());
        }
        why.add(Sentence.of("No coalition on one side of the median can move the outcome past it: a weighted majority"
                + " prefers it to any other position."));
        return new IssueForecast(slice.issue().id(), point,
                m.isPoint() ? null : new IssueForecast.Interval(m.low(), m.high()), slice.actorIds(), List.of(),
                IssueLoop.staticActors(slice, w), why, IssueForecast.Convergence.CLOSED_FORM);
    }
}
