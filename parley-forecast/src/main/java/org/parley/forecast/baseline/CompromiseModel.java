package org.parley.forecast.baseline;

import java.util.ArrayList;
import java.util.List;
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
 * The compromise model: the forecast of an issue is the weighted mean of the actors' positions,
 * x̂ = Σ w_i x_i / Σ w_i with w_i = c_i·s_i by default (options: c_i, s_i or 1).
 *
 * <p>References: van den Bos (1991), <i>Dutch EC Policy Making</i>; Achen (2006), "Institutional realism and
 * bargaining models", in Thomson et al. (eds.), <i>The European Union Decides</i>, ch. 4 (the weighted mean as the
 * quadratic Nash bargaining solution with equal gains).
 *
 * <p>Always inside [min x_i, max x_i]. Complexity O(n) per issue. Immutable and thread-safe.
 *
 */
public final class CompromiseModel implements BargainingModel {
    public static final ModelInfo INFO = new ModelInfo("compromise", "Compromise model (weighted mean)", "1.1",
            "van den Bos 1991; Achen 2006 (The European Union Decides, ch. 4)");

    /**
     * Options of the compromise model.
     *
     * @param weights  how capability and salience make an actor's weight
     * @param decision how the scenario's decision structure is read ({@link DecisionStage}); no effect without one
     */
    public record Options(WeightScheme weights, DecisionReading decision) implements ModelOptions {
        public static final Options DEFAULT = new Options(WeightScheme.CAPABILITY_TIMES_SALIENCE, DecisionReading.RULE);

        public Options {
            Objects.requireNonNull(weights, "weights must not be null");
            Objects.requireNonNull(decision, "decision must not be null");
        }

        /** These weights, with the decision rule respected. */
        public Options(WeightScheme weights) {
            this(weights, DecisionReading.RULE);
        }

        @Override
        public SortedMap<String, String> asParameters() {
            return new TreeMap<>(Map.of("weights", weights.label(), "decision", decision.id()));
        }

        /**
         * Reads options from {@link #asParameters()}-style text; absent names take their defaults.
         *
         * @throws IllegalArgumentException naming the offending field
         */
        public static Options fromParameters(Map<String, String> p) {
            Params r = Params.of(p, Set.of("weights", "decision"), INFO.id());
            return new Options(r.parse("weights", DEFAULT.weights(), WeightScheme::parse),
                    r.parse("decision", DEFAULT.decision(), DecisionReading::parse));
        }
    }

    private final Options options;

    /** The model with default options (w = c·s). */
    public CompromiseModel() {
        this(Options.DEFAULT);
    }

    public CompromiseModel(Options options) {
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

    /** Forecast of one issue from every actor's position (the influence stage; no decision rule applied). */
    public IssueForecast forecastIssue(IssueSlice slice) {
        double[] w = SliceChecks.weights(slice, options.weights(), INFO.name());
        double[] x = slice.positions();
        double mean = Weighted.mean(x, w);
        double total = 0;
        int top = 0;
        for (int i = 0; i < w.length; i++) {
            total += w[i];
            if (w[i] > w[top]) {
                top = i;
            }
        }
        List<Sentence> why = new ArrayList<>();
        why.add(Sentence.builder().text("Forecast ").number(mean).text(" is the mean of the " + x.length
                + " positions weighted by " + describe(options.weights()) + ".").build());
        why.add(Sentence.builder().text("The heaviest actor is " + slice.actorIds().get(top) + " (position ")
                .number(x[top]).text(", ").number(100 * w[top] / total).text("% of the total weight).").build());
        why.add(Sentence.of("Every actor pulls the outcome towards its position in proportion to its weight; nobody "
                + "can block."));
        return new IssueForecast(slice.issue().id(), mean, null, slice.actorIds(), List.of(),
                IssueLoop.staticActors(slice, w), why, IssueForecast.Convergence.CLOSED_FORM);
    }

    static String describe(WeightScheme s) {
        return switch (s) {
            case CAPABILITY_TIMES_SALIENCE -> "capability × salience";
            case CAPABILITY -> "capability";
            case SALIENCE -> "salience";
            case EQUAL -> "equal weights";
        };
    }
}
