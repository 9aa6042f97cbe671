package org.parley.forecast.eu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Forecast;
import org.parley.forecast.ScenarioNotAnalysableException;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.ModelInfo;
import org.parley.forecast.ModelOptions;
import org.parley.forecast.Sentence;
import org.parley.forecast.RoundState;
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
 * Bueno de Mesquita's expected-utility ("challenge") model of group decisions, as reconstructed by Scholz, Calbert
 * &amp; Smith (2011).
 *
 * <p>Each round: μ = c·s-weighted median; with every risk exponent at 1, the threat to each actor
 * S_i = Σ_{j≠i} E^j(U_ji) gives r_i = (1 − R_i/3)/(1 + R_i/3), R_i = (2S_i − max S − min S)/(max S − min S);
 * then for every ordered pair the expected utility of challenging
 * <pre>
 *   E^i(U_ij) = s_j [P_i U^s_i + (1 − P_i) U^f_i] + (1 − s_j) U^s_i − Q U^sq_i − (1 − Q)[T U^b_i + (1 − T) U^w_i]
 * </pre>
 * with U = 2 − 4(0.5 ∓ …)^{r_i} of normalised distances δ = |a − b|/R and P_i the c·s-weighted vote share of i's
 * supporters, places j's offer to i in BDM's quadrant chart (conflict, compromise, capitulation); each actor accepts
 * at most one offer, and all moves happen at once. The forecast is the c·s-weighted median of the final positions
 * (midpoint of a tie interval); the final weighted mean is reported in the explanation and the path.
 *
 * <p>Variants ({@link Variant}) resolve the literature's ambiguities differently: {@code scholz2011} reproduces the
 * published 10-round EC car-emissions run to 1e-12; {@code bdm-clean} follows the printed equations. The table of
 * ambiguities is in docs/models/expected-utility.md.
 *
 * <p>References: Bueno de Mesquita (1985) APSR 79(1); (1994) in Bueno de Mesquita &amp; Stokman (eds.),
 * <i>European Community Decision Making</i>, 71–104; (2002) <i>Predicting Politics</i>; Scholz, Calbert &amp; Smith
 * (2011) J. Theoretical Politics 23(4), doi:10.1177/0951629811418142.
 *
 * <p>Complexity: O(n²) time per round for n actors. The probability of every ordered pair, an O(n) vote when summed
 * literally (O(n³) per round up to version 2.0), is a difference of prefix sums over the actors in position order,
 * because a voter supports the nearer of two positions (proof in {@code EuEngine.fillProbabilities}); the
 * {@code scholz2011} all-pairs normaliser is O(n²) per phase. Memory: O(n²) per forecast (three n × n arrays,
 * 24 MB at 1,000 actors, allocated once per issue, not per round); the path keeps O(n) per round. Version 2.1
 * (the O(n²) votes) differs from 2.0 only by rounding: at most 3.7e-13 in any position and 5.7e-14 in any forecast
 * on the examples and the DEU III development cases, with the same moves (docs/PERFORMANCE.md). Immutable and
 * thread-safe.
 */
public final class ExpectedUtilityModel implements BargainingModel {
    public static final ModelInfo INFO = new ModelInfo("eu", "Expected-utility model (Bueno de Mesquita)", "2.1",
            "Bueno de Mesquita 1994; Scholz, Calbert & Smith 2011 (doi:10.1177/0951629811418142)");

    /** Which reading of the literature to run. */
    public enum Variant {
        /** Reproduces the published Scholz et al. run (all-pairs normaliser, perceived r, no capitulation…). */
        SCHOLZ2011("scholz2011"),
        /** The printed equations taken literally (P_i + P_j = 1, own r, capitulation active, smallest move). */
        BDM_CLEAN("bdm-clean");

        private final String id;

        Variant(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** @throws IllegalArgumentException naming the accepted ids */
        public static Variant parse(String text) {
            for (Variant v : values()) {
                if (v.id.equalsIgnoreCase(text) || v.name().equalsIgnoreCase(text)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("variant: expected scholz2011 or bdm-clean, got '" + text + "'");
        }
    }

    /** The length R that distances are divided by. */
    public enum DistanceScale {
        /** max − min of the initial positions, fixed over the rounds (reproduces the published run). */
        INITIAL_RANGE,
        /** the issue scale H − L (or the position range, if positions stray outside the scale and span more). */
        ISSUE_SCALE
    }

    /**
     * Early stopping (Parley's rule; the literature runs a fixed number of rounds).
     *
     * @param enabled whether to stop early
     * @param epsilon stop when the forecast (weighted median) moves by at most epsilon·R ...
     * @param rounds  ... in this many consecutive rounds; a repeated position vector (cycle) also stops
     */
    /**
     * What the forecast is when the positions cycle: the deterministic round map makes the path periodic as soon as
     * a position vector repeats, and a snapshot at the last round is then an accident of {@code maxRounds}.
     */
    public enum CycleRule {
        /** Stop at {@code maxRounds} (or the early stop) and report the median of the last round, cycle or not. */
        SNAPSHOT,
        /**
         * Stop as soon as a position vector repeats and report the mean of the weighted medians over one period of
         * the cycle (the long-run average of the round forecasts); without a cycle as {@link #SNAPSHOT}.
         */
        PERIOD_MEAN
    }

    public record EarlyStop(boolean enabled, double epsilon, int rounds) {
        public static final EarlyStop OFF = new EarlyStop(false, 0.001, 2);
        public static final EarlyStop DEFAULT = new EarlyStop(true, 0.001, 2);

        public EarlyStop {
            if (!(epsilon >= 0 && epsilon < 1)) {
                throw new IllegalArgumentException("earlyStop.epsilon must be in [0, 1), got " + epsilon);
            }
            if (rounds < 1) {
                throw new IllegalArgumentException("earlyStop.rounds must be >= 1, got " + rounds);
            }
        }
    }

    /**
     * @param variant         reading of the model
     * @param q               Q, probability that nothing changes if i does not challenge, in [0, 1]
     * @param t               T, probability that an unprovoked change is for the better, in [0, 1]
     * @param maxRounds       maximum number of rounds, 1..10000
     * @param earlyStop       early stopping rule
     * @param distanceScale   what distances are normalised by
     * @param salienceDivisor data salience is divided by this to give the probability s_i ∈ [0, 1] (100 for 0–100)
     * @param tieTolerance    absolute tolerance for comparing expected utilities (O(1) numbers): differences within
     *                        it count as ties, so that actor order and rounding cannot decide a move; in [0, 1e-6]
     * @param decision        how the scenario's decision structure is read ({@link DecisionStage}); no effect without one
     */
    public record Options(Variant variant, double q, double t, int maxRounds, EarlyStop earlyStop,
                          DistanceScale distanceScale, double salienceDivisor, double tieTolerance,
                          DecisionReading decision, CycleRule cycle)
            implements ModelOptions {

        /** These options with the decision rule respected. */
        public Options(Variant variant, double q, double t, int maxRounds, EarlyStop earlyStop,
                       DistanceScale distanceScale, double salienceDivisor, double tieTolerance) {
            this(variant, q, t, maxRounds, earlyStop, distanceScale, salienceDivisor, tieTolerance, DecisionReading.RULE,
                    CycleRule.PERIOD_MEAN);
        }

        public Options {
            Objects.requireNonNull(variant, "variant must not be null");
            if (!(q >= 0 && q <= 1)) {
                throw new IllegalArgumentException("q must be in [0, 1], got " + q);
            }
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException("t must be in [0, 1], got " + t);
            }
            if (maxRounds < 1 || maxRounds > 10_000) {
                throw new IllegalArgumentException("maxRounds must be in 1..10000, got " + maxRounds);
            }
            Objects.requireNonNull(earlyStop, "earlyStop must not be null");
            Objects.requireNonNull(distanceScale, "distanceScale must not be null");
            if (!(salienceDivisor > 0) || Double.isInfinite(salienceDivisor)) {
                throw new IllegalArgumentException("salienceDivisor must be finite and > 0, got " + salienceDivisor);
            }
            if (!(tieTolerance >= 0 && tieTolerance <= 1e-6)) {
                throw new IllegalArgumentException("tieTolerance must be in [0, 1e-6], got " + tieTolerance);
            }
            Objects.requireNonNull(decision, "decision must not be null");
            Objects.requireNonNull(cycle, "cycle must not be null");
        }

        public Options withCycle(CycleRule rule) {
            return new Options(variant, q, t, maxRounds, earlyStop, distanceScale, salienceDivisor, tieTolerance, decision,
                    rule);
        }

        public Options withDecision(DecisionReading reading) {
            return new Options(variant, q, t, maxRounds, earlyStop, distanceScale, salienceDivisor, tieTolerance, reading, cycle);
        }

        /** scholz2011, Q = T = 1, 10 rounds, no early stop, initial range, salience / 100, tie tolerance 1e-12, decision
         * rule respected, cycles summarised by their period mean. */
        public static final Options DEFAULT = defaults(Variant.SCHOLZ2011);

        /** The defaults of a variant; {@code bdm-clean} turns Parley's early stop on (ε = 0.001, k = 2). */
        public static Options defaults(Variant variant) {
            return new Options(variant, 1.0, 1.0, 10,
                    variant == Variant.SCHOLZ2011 ? EarlyStop.OFF : EarlyStop.DEFAULT,
                    DistanceScale.INITIAL_RANGE, 100.0, 1e-12);
        }

        public Options withQ(double newQ, double newT) {
            return new Options(variant, newQ, newT, maxRounds, earlyStop, distanceScale, salienceDivisor, tieTolerance, decision, cycle);
        }

        public Options withMaxRounds(int rounds) {
            return new Options(variant, q, t, rounds, earlyStop, distanceScale, salienceDivisor, tieTolerance, decision, cycle);
        }

        public Options withEarlyStop(EarlyStop stop) {
            return new Options(variant, q, t, maxRounds, stop, distanceScale, salienceDivisor, tieTolerance, decision, cycle);
        }

        public Options withDistanceScale(DistanceScale scale) {
            return new Options(variant, q, t, maxRounds, earlyStop, scale, salienceDivisor, tieTolerance, decision, cycle);
        }

        public Options withSalienceDivisor(double divisor) {
            return new Options(variant, q, t, maxRounds, earlyStop, distanceScale, divisor, tieTolerance, decision, cycle);
        }

        private static final Set<String> NAMES = Set.of("variant", "q", "t", "maxRounds", "earlyStop",
                "earlyStop.epsilon", "earlyStop.rounds", "distanceScale", "salienceDivisor", "tieTolerance", "decision", "cycle");

        @Override
        public SortedMap<String, String> asParameters() {
            SortedMap<String, String> m = new TreeMap<>();
            m.put("variant", variant.id());
            m.put("q", Double.toString(q));
            m.put("t", Double.toString(t));
            m.put("maxRounds", Integer.toString(maxRounds));
            m.put("earlyStop", Boolean.toString(earlyStop.enabled()));
            m.put("earlyStop.epsilon", Double.toString(earlyStop.epsilon()));
            m.put("earlyStop.rounds", Integer.toString(earlyStop.rounds()));
            m.put("distanceScale", distanceScale.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            m.put("salienceDivisor", Double.toString(salienceDivisor));
            m.put("tieTolerance", Double.toString(tieTolerance));
            m.put("decision", decision.id());
            m.put("cycle", cycle.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            return m;
        }

        /**
         * Reads options from {@link #asParameters()}-style text; absent names take the defaults of the variant given
         * (scholz2011 when absent).
         *
         * @throws IllegalArgumentException naming the offending field
         */
        public static Options fromParameters(Map<String, String> p) {
            Params r = Params.of(p, NAMES, INFO.id());
            Options d = defaults(r.parse("variant", Variant.SCHOLZ2011, Variant::parse));
            EarlyStop es = new EarlyStop(r.bool("earlyStop", d.earlyStop().enabled()),
                    r.dbl("earlyStop.epsilon", d.earlyStop().epsilon()),
                    r.integer("earlyStop.rounds", d.earlyStop().rounds()));
            return new Options(d.variant(), r.dbl("q", d.q()), r.dbl("t", d.t()),
                    r.integer("maxRounds", d.maxRounds()), es,
                    r.parse("distanceScale", d.distanceScale(),
                            s -> DistanceScale.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'))),
                    r.dbl("salienceDivisor", d.salienceDivisor()), r.dbl("tieTolerance", d.tieTolerance()),
                    r.parse("decision", d.decision(), DecisionReading::parse),
                    r.parse("cycle", d.cycle(), x -> CycleRule.valueOf(x.toUpperCase(Locale.ROOT).replace('-', '_'))));
        }
    }

    private final Options options;

    /** The default model: {@link Options#DEFAULT} (scholz2011). */
    public ExpectedUtilityModel() {
        this(Options.DEFAULT);
    }

    public ExpectedUtilityModel(Options options) {
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

    /**
     * Checks the inputs of one issue (weights, saliences as probabilities) and returns s_i.
     *
     * @throws ScenarioNotAnalysableException naming the first actor, in the slice's order, that fails a check
     */
    private double[] checkedSaliences(IssueSlice slice) {
        int n = SliceChecks.weights(slice, WeightScheme.CAPABILITY_TIMES_SALIENCE, INFO.name()).length;
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = slice.salience(i) / options.salienceDivisor();
            if (s[i] > 1) {
                throw new ScenarioNotAnalysableException("issue " + slice.issue().id() + ", actor "
                        + slice.actorIds().get(i) + ": salience " + slice.salience(i) + " / salienceDivisor "
                        + options.salienceDivisor() + " = " + s[i] + " is not a probability (must be <= 1)");
            }
        }
        return s;
    }

    /** Builds the engine for one issue: checks the inputs and fixes s_i and R. */
    EuEngine engine(IssueSlice slice) {
        double[] s = checkedSaliences(slice);
        double[] x = slice.positions();
        double lo = Arrays.stream(x).min().orElseThrow(), hi = Arrays.stream(x).max().orElseThrow();
        double spread = hi - lo, scale = slice.scale().range();
        double range = options.distanceScale() == DistanceScale.ISSUE_SCALE ? Math.max(scale, spread)
                : spread > 0 ? spread : scale; // unanimous start: nothing can move, any R will do
        return new EuEngine(slice.actorIds().toArray(new String[0]), slice.capabilities(), s, range, options);
    }

    /**
     * Forecast of one issue: runs the rounds and summarises them. The actors are taken in the order of their ids
     * and the result is given back in the slice's order: the rounds are a discontinuous map (an offer is taken or
     * not), so the last bits of a sum taken in file order could grow into a different path; in id order the
     * forecast does not depend on the order of the actors in the file at all.
     */
    public IssueForecast forecastIssue(IssueSlice slice) {
        checkedSaliences(slice); // problems are reported in the file's order
        List<String> ids = slice.actorIds();
        int n = ids.size();
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> ids.get(a).compareTo(ids.get(b)));
        boolean sorted = true;
        for (int k = 0; k < n && sorted; k++) {
            sorted = order[k] == k;
        }
        if (sorted) {
            return forecastInIdOrder(slice);
        }
        double[] x = new double[n], sal = new double[n], cap = new double[n], risk = new double[n];
        List<String> byId = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int i = order[k];
            byId.add(ids.get(i));
            x[k] = slice.positions()[i];
            sal[k] = slice.saliences()[i];
            cap[k] = slice.capabilities()[i];
            risk[k] = slice.riskAttitudes()[i];
        }
        IssueForecast f = forecastInIdOrder(new IssueSlice(slice.issue(), byId, x, sal, cap, risk, slice.statusQuo(),
                slice.decision()));
        return inSliceOrder(f, slice, order);
    }

    /** A forecast made with the actors in id order, with its per-actor lists put back into the slice's order. */
    private static IssueForecast inSliceOrder(IssueForecast f, IssueSlice slice, Integer[] order) {
        int n = order.length;
        int[] rank = new int[n]; // rank[i]: where actor i of the slice stands in id order
        for (int k = 0; k < n; k++) {
            rank[order[k]] = k;
        }
        Map<String, Integer> place = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            place.put(slice.actorIds().get(i), i);
        }
        List<RoundState> path = new ArrayList<>();
        for (RoundState r : f.path()) {
            List<RoundState.Move> moves = new ArrayList<>(r.moves());
            moves.sort(java.util.Comparator.comparingInt(m -> place.get(m.actorId())));
            path.add(new RoundState(r.round(), reorder(r.positions(), rank), reorder(r.riskExponents(), rank),
                    r.forecast(), r.weightedMean(), moves));
        }
        return new IssueForecast(f.issueId(), f.outcome(), f.interval(), slice.actorIds(), path,
                reorder(f.actors(), rank), f.explanation(), f.convergence());
    }

    private static <T> List<T> reorder(List<T> byId, int[] rank) {
        if (byId.isEmpty()) {
            return byId;
        }
        List<T> out = new ArrayList<>(rank.length);
        for (int r : rank) {
            out.add(byId.get(r));
        }
        return out;
    }

    private IssueForecast forecastInIdOrder(IssueSlice slice) {
        EuEngine eng = engine(slice);
        double[] x0 = slice.positions();
        double[] x = x0.clone();
        List<RoundState> path = new ArrayList<>();
        path.add(new RoundState(0, boxed(x), List.of(), eng.median(x), Weighted.mean(x, eng.w), List.of()));
        Map<List<Double>, Integer> seen = new LinkedHashMap<>();
        seen.put(boxed(x), 0);
        String stop = "max rounds (" + options.maxRounds() + ")";
        String cycle = null;
        int cycleStart = -1;
        int stable = 0, moves = 0, conflicts = 0, compromises = 0, capitulations = 0;
        double lastChange = 0;
        int t = 0;
        while (t < options.maxRounds()) {
            t++;
            EuEngine.Round round = eng.advance(x);
            double before = round.median(); // the round's μ is the median of these positions
            x = round.next();
            double after = eng.median(x);
            lastChange = Math.abs(after - before);
            path.add(new RoundState(t, boxed(x), boxed(round.risk()), after, Weighted.mean(x, eng.w),
                    round.moves()));
            for (RoundState.Move m : round.moves()) {
                moves++;
                switch (m.kind()) {
                    case CONFLICT -> conflicts++;
                    case COMPROMISE -> compromises++;
                    case CAPITULATION -> capitulations++;
                    default -> { }
                }
            }
            if (round.moves().isEmpty()) {
                // positions unchanged ⇒ every later round is identical: a fixed point, stopping changes nothing
                stop = "no actor moved in round " + t + " (fixed point)";
                break;
            }
            // a repeated position vector: the map positions → positions is deterministic, so the path is periodic
            Integer earlier = seen.putIfAbsent(boxed(x), t);
            if (earlier != null && cycle == null) {
                cycle = "cycle of length " + (t - earlier) + " (positions after round " + t
                        + " repeat those after round " + earlier + ")";
                cycleStart = earlier;
                if (options.earlyStop().enabled() || options.cycle() == CycleRule.PERIOD_MEAN) {
                    stop = cycle;
                    break;
                }
            }
            stable = lastChange <= options.earlyStop().epsilon() * eng.range ? stable + 1 : 0;
            if (options.earlyStop().enabled() && stable >= options.earlyStop().rounds()) {
                // epsilon is quoted as the option's text in the provenance parameters
                stop = "forecast moved by at most " + options.asParameters().get("earlyStop.epsilon") + "·R for "
                        + options.earlyStop().rounds() + " consecutive rounds";
                break;
            }
        }
        Weighted.MedianInterval med = Weighted.median(x, eng.w);
        double outcome = med.midpoint();
        boolean periodMean = options.cycle() == CycleRule.PERIOD_MEAN && cycleStart >= 0;
        if (periodMean) {
            // rounds cycleStart+1 .. t form one period (the state after round t equals that after round cycleStart)
            double sum = 0;
            for (int k = cycleStart + 1; k <= t; k++) {
                sum += path.get(k).forecast();
            }
            outcome = sum / (t - cycleStart);
        }
        double mean = Weighted.mean(x, eng.w);
        List<IssueForecast.ActorDetail> actors = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            actors.add(new IssueForecast.ActorDetail(eng.ids[i], x0[i], x[i], eng.w[i]));
        }
        List<Sentence> why = new ArrayList<>();
        why.add(Sentence.builder().text("Forecast ").number(outcome).text(" is the capability × salience weighted"
                + " median of the positions after " + t + " round" + (t == 1 ? "" : "s") + " of challenges ("
                + options.variant().id() + " variant); the weighted mean of those positions is ").number(mean)
                .text(".").build());
        if (periodMean) {
            why.add(Sentence.of("The positions cycle with period " + (t - cycleStart) + " from round "
                    + (cycleStart + 1) + ", so the forecast is the mean of the weighted medians over one period"
                    + " (cycle rule period-mean)."));
        } else if (!med.isPoint()) {
            why.add(Sentence.builder().text("The final weighted median is a tie interval [").number(med.low())
                    .text(", ").number(med.high()).text("]; the forecast is its midpoint.").build());
        }
        why.add(Sentence.builder().text("Moves: " + moves + " in all (" + conflicts + " conflict losses, "
                + compromises + " compromises, " + capitulations + " capitulations); the median moved from ")
                .number(path.get(0).forecast()).text(" to ").number(outcome).text(".").build());
        why.add(Sentence.of("Stopped: " + stop + (cycle != null && !stop.equals(cycle) ? "; the positions follow a "
                + cycle : "") + ". The model need not converge: each round's median is in the path."));
        return new IssueForecast(slice.issue().id(), outcome,
                periodMean || med.isPoint() ? null : new IssueForecast.Interval(med.low(), med.high()), slice.actorIds(), path,
                actors, why, new IssueForecast.Convergence(t, stop, lastChange));
    }

    private static List<Double> boxed(double[] v) {
        return Arrays.stream(v).boxed().toList();
    }
}
