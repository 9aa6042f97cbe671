package org.parley.forecast.nash;

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
import org.parley.forecast.Agreement;
import org.parley.forecast.decision.AcceptableSet;
import org.parley.forecast.decision.DecisiveSlice;
import org.parley.scenario.DecisionStructure;
import org.parley.forecast.support.IssueLoop;
import org.parley.forecast.support.Params;
import org.parley.forecast.support.SliceChecks;
import org.parley.scenario.IssueSlice;
import org.parley.provenance.RunContext;
import org.parley.scenario.Scenario;

/**
 * The asymmetric (weighted) Nash bargaining solution of n actors on one issue:
 * <pre>
 *   x* = argmax_{x ∈ [L,H], u_i(x) ≥ d_i}  Σ_i w_i · ln(u_i(x) − d_i)
 * </pre>
 * with u_i(x) = −|x − x_i| (linear, default) or −(x − x_i)² (quadratic), weights w_i = c_i·s_i by default, and
 * disagreement utilities d_i = u_i(q) at the status quo q (default, when the issue has one) or
 * d_i = min(u_i(L), u_i(H)), the worst end of the scale for each actor.
 *
 * <p>Individual rationality cuts the scale to an interval I = ∩_i [x_i − ρ_i, x_i + ρ_i] ∩ [L, H], ρ_i the distance
 * from x_i to its disagreement outcome (same for both loss functions). With d = status quo, q lies on the boundary of
 * every actor's interval: if a weighted actor sits at q or weighted actors lie on both sides of q, I = {q} and the
 * solution is q (the veto degeneracy, flagged in the explanation). Otherwise f(x) = Σ w_i ln g_i(x) is strictly
 * concave on the interior of I (g_i = u_i − d_i) and its derivative f′ = Σ w_i u_i′/g_i is non-increasing; the
 * maximiser is found by bisection on the sign of the right derivative until the bracket is below
 * {@code tolerance}·(H − L). For linear loss a kink x_k inside the final bracket is returned exactly.
 * The search is limited to IR ∩ [min x_i, max x_i], which contains the maximiser. The IR interval is reported
 * as the forecast interval. Actors with zero weight do not take part.
 *
 * <p>References: Nash (1950) Econometrica 18(2); Kalai (1977) IJGT 6; Roth (1979) <i>Axiomatic Models of
 * Bargaining</i>; Achen (2006), Schneider, Finke &amp; Bailer (2010) for the salience-weighted use in EU studies.
 *
 * <p>Complexity O(n log((H − L)/tol)) per issue (≈ 30 bisection steps, each O(n)). Immutable and thread-safe.
 */
public final class NashBargainingModel implements BargainingModel {
    public static final ModelInfo INFO = new ModelInfo("nash", "Asymmetric Nash bargaining solution", "1.1",
            "Nash 1950; Kalai 1977; Roth 1979; Achen 2006");

    /** Actor utility over outcomes. */
    public enum Utility { LINEAR, QUADRATIC }

    /** Who bargains when the scenario says who decides. */
    public enum Bargainers {
        /** The decisive actors, with the reversion point as disagreement point. */
        DECISIVE,
        /** Every actor with a stance (decision structure ignored). */
        ALL
    }

    /** The disagreement point. */
    public enum Disagreement {
        /** d_i = u_i(status quo); issues without a status quo fall back to {@link #WORST_OUTCOME}. */
        STATUS_QUO,
        /** d_i = min(u_i(L), u_i(H)): no agreement is as bad as the worst end of the scale, for each actor. */
        WORST_OUTCOME
    }

    /**
     * @param weights      bargaining weights (exponents of the Nash product)
     * @param utility      linear or quadratic loss
     * @param disagreement status quo (default) or worst outcome
     * @param tolerance    bisection stops when the bracket is below tolerance × scale range; in (0, 1e-3]
     * @param bargainers   who bargains when the scenario says who decides: the decisive actors only (default; the
     *                     reversion point is then the disagreement point) or every actor with a stance (the
     *                     behaviour before decision rules existed). No effect without a decision structure
     * @param influence    with decisive bargainers: how strongly influencers pull the decisive actors' positions,
     *                     λ ∈ [0, 1] ({@link DecisiveSlice}); 0 ignores them
     */
    public record Options(WeightScheme weights, Utility utility, Disagreement disagreement, double tolerance,
                          Bargainers bargainers, double influence)
            implements ModelOptions {
        public static final Options DEFAULT = new Options(WeightScheme.CAPABILITY_TIMES_SALIENCE, Utility.LINEAR,
                Disagreement.STATUS_QUO, 1e-9);

        /** These options with the decisive actors bargaining and no influence. */
        public Options(WeightScheme weights, Utility utility, Disagreement disagreement, double tolerance) {
            this(weights, utility, disagreement, tolerance, Bargainers.DECISIVE, 0.0);
        }

        public Options {
            Objects.requireNonNull(weights, "weights must not be null");
            Objects.requireNonNull(utility, "utility must not be null");
            Objects.requireNonNull(disagreement, "disagreement must not be null");
            if (!(tolerance > 0 && tolerance <= 1e-3)) {
                throw new IllegalArgumentException("tolerance must be in (0, 1e-3], got " + tolerance);
            }
            Objects.requireNonNull(bargainers, "bargainers must not be null");
            if (!(influence >= 0 && influence <= 1)) {
                throw new IllegalArgumentException("influence must be in [0, 1], got " + influence);
            }
        }

        public Options withUtility(Utility u) {
            return new Options(weights, u, disagreement, tolerance, bargainers, influence);
        }

        public Options withDisagreement(Disagreement d) {
            return new Options(weights, utility, d, tolerance, bargainers, influence);
        }

        public Options withWeights(WeightScheme w) {
            return new Options(w, utility, disagreement, tolerance, bargainers, influence);
        }

        public Options withBargainers(Bargainers b, double lambda) {
            return new Options(weights, utility, disagreement, tolerance, b, lambda);
        }

        @Override
        public SortedMap<String, String> asParameters() {
            SortedMap<String, String> m = new TreeMap<>(Map.of("weights", weights.label(),
                    "utility", utility.name().toLowerCase(Locale.ROOT),
                    "disagreement", disagreement.name().toLowerCase(Locale.ROOT),
                    "tolerance", Double.toString(tolerance)));
            m.put("bargainers", bargainers.name().toLowerCase(Locale.ROOT));
            m.put("influence", Double.toString(influence));
            return m;
        }

        /** @throws IllegalArgumentException naming the offending field */
        public static Options fromParameters(Map<String, String> p) {
            Params r = Params.of(p, Set.of("weights", "utility", "disagreement", "tolerance", "bargainers",
                    "influence"), INFO.id());
            return new Options(r.parse("weights", DEFAULT.weights(), WeightScheme::parse),
                    r.parse("utility", DEFAULT.utility(), s -> Utility.valueOf(s.toUpperCase(Locale.ROOT))),
                    r.parse("disagreement", DEFAULT.disagreement(),
                            s -> Disagreement.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'))),
                    r.dbl("tolerance", DEFAULT.tolerance()),
                    r.parse("bargainers", DEFAULT.bargainers(), s -> Bargainers.valueOf(s.toUpperCase(Locale.ROOT))),
                    r.dbl("influence", DEFAULT.influence()));
        }
    }

    private final Options options;

    public NashBargainingModel() {
        this(Options.DEFAULT);
    }

    public NashBargainingModel(Options options) {
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
        return IssueLoop.forecast(scenario, context, INFO, options, this::forecastDecided);
    }

    /**
     * Forecast of one issue under its decision structure: with {@link Bargainers#DECISIVE} the Nash solution among
     * the decisive actors (positions pulled by influencers with strength {@code influence}), the reversion point as
     * the disagreement point, and the agreement status of the acceptable set; otherwise {@link #forecastIssue}.
     */
    public IssueForecast forecastDecided(IssueSlice slice) {
        if (!slice.hasDecision() || options.bargainers() == Bargainers.ALL) {
            return forecastIssue(slice);
        }
        DecisionStructure d = slice.decision();
        IssueSlice decisive = DecisiveSlice.of(slice, d, options.weights(), options.influence());
        if (!Double.isFinite(decisive.statusQuo())) {
            // no reversion point: the decisive actors bargain with the worst outcome as disagreement point
            IssueForecast f = forecastIssue(decisive);
            return new IssueForecast(slice.issue().id(), f.outcome(), f.interval(), f.actorIds(), f.path(), f.actors(),
                    f.explanation(), f.convergence());
        }
        AcceptableSet w = AcceptableSet.of(slice, d);
        IssueForecast f = new NashBargainingModel(options.withDisagreement(Disagreement.STATUS_QUO)).forecastIssue(decisive);
        double outcome = w.interval().clamp(f.outcome());
        List<Sentence> why = new ArrayList<>();
        Sentence.Builder bargainers = Sentence.builder().text("Bargainers: the decisive actors "
                + String.join(", ", d.decisiveActors()));
        if (options.influence() > 0) {
            bargainers.text(" (positions pulled by the influencers with strength ").number(options.influence())
                    .text(")");
        }
        why.add(bargainers.text("; the reversion point ").number(w.reversion()).text(" is the disagreement point.")
                .build());
        why.addAll(f.explanation());
        Agreement a = w.agreementAt(outcome);
        if (a.status() == Agreement.Status.NO_AGREEMENT) {
            why.add(Sentence.of("No agreement: the reversion point holds" + (a.blockers().isEmpty() ? "."
                    : " (blocked by " + String.join(", ", a.blockers()) + ").")));
        }
        IssueForecast.Interval iv = f.interval() == null ? null
                : new IssueForecast.Interval(w.interval().clamp(f.interval().low()), w.interval().clamp(f.interval().high()));
        return new IssueForecast(slice.issue().id(), outcome, iv, f.actorIds(), f.path(), f.actors(), why,
                f.convergence(), a);
    }

    /** Forecast of one issue. */
    public IssueForecast forecastIssue(IssueSlice slice) {
        double[] w = SliceChecks.weights(slice, options.weights(), INFO.name());
        double[] x = slice.positions();
        int n = x.length;
        double lower = slice.scale().min(), upper = slice.scale().max(), range = upper - lower;
        boolean useSq = options.disagreement() == Disagreement.STATUS_QUO && slice.hasStatusQuo();
        double q = slice.statusQuo();
        List<Sentence> why = new ArrayList<>();

        double[] rho = new double[n]; // distance from x_i to its disagreement outcome
        double lo = lower, hi = upper;
        for (int i = 0; i < n; i++) {
            rho[i] = useSq ? Math.abs(q - x[i]) : Math.max(Math.abs(lower - x[i]), Math.abs(upper - x[i]));
            if (w[i] > 0) {
                lo = Math.max(lo, x[i] - rho[i]);
                hi = Math.min(hi, x[i] + rho[i]);
            }
        }
        Sentence dText = useSq ? Sentence.builder().text("the status quo ").number(q).build()
                : Sentence.builder().text("each actor's worst end of the scale [").number(lower).text(", ")
                .number(upper).text("]").build();
        if (options.disagreement() == Disagreement.STATUS_QUO && !useSq) {
            why.add(Sentence.builder().text("The issue has no status quo, so the disagreement point is ")
                    .append(dText).text(".").build());
        }
        double tol = options.tolerance() * range;
        double outcome;
        IssueForecast.Convergence conv;
        if (hi - lo <= tol) {
            outcome = useSq ? q : 0.5 * (lo + hi);
            lo = Math.min(lo, outcome);
            hi = Math.max(hi, outcome);
            conv = new IssueForecast.Convergence(0, "individually rational set is a single point", 0.0);
            if (useSq) {
                why.add(Sentence.builder().text("Forecast ").number(outcome).text(" is the status quo because of the"
                        + " veto degeneracy: " + vetoReason(slice, w, q) + ", so any move away from the status quo"
                        + " makes some weighted actor worse off than no agreement, and the Nash solution stays at the"
                        + " status quo.").build());
            } else {
                why.add(Sentence.builder().text("Forecast ").number(outcome).text(": the individually rational set is"
                        + " a single point (positions outside the scale leave no room to bargain).").build());
            }
        } else {
            // the maximiser lies in the hull of the weighted positions too (outside it every gain grows towards
            // the hull), so search IR ∩ hull: this keeps the bisection error inside [min x_i, max x_i]
            double hullLo = Double.POSITIVE_INFINITY, hullHi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (w[i] > 0) {
                    hullLo = Math.min(hullLo, x[i]);
                    hullHi = Math.max(hullHi, x[i]);
                }
            }
            double a = Math.max(lo, hullLo), b = Math.min(hi, hullHi);
            double[] res = b - a <= tol ? new double[] {0.5 * (a + b), b - a, 0} : maximise(x, w, rho, a, b, tol);
            outcome = Math.max(a, Math.min(b, res[0]));
            // the tolerance is quoted as the option's text in the provenance parameters
            conv = new IssueForecast.Convergence(0, Sentence.builder().text("bisection bracket ").number(res[1])
                    .text(" <= " + options.asParameters().get("tolerance") + " x scale after " + (int) res[2]
                            + " steps").build(), res[1]);
            why.add(Sentence.builder().text("Forecast ").number(outcome).text(" maximises the Nash product"
                    + " Σ w_i·ln(u_i(x) − d_i) with " + options.utility().name().toLowerCase(Locale.ROOT)
                    + " utilities and weights " + options.weights().label() + "; the disagreement point is ")
                    .append(dText).text(".").build());
            why.add(Sentence.builder().text("Every outcome in [").number(lo).text(", ").number(hi).text("] leaves every"
                    + " actor at least as well off as no agreement (individually rational interval).").build());
        }
        why.add(Sentence.of("An actor with a large weight or a small gain from agreement pulls the solution towards"
                + " its position."));
        return new IssueForecast(slice.issue().id(), outcome, new IssueForecast.Interval(lo, hi), slice.actorIds(),
                List.of(), IssueLoop.staticActors(slice, w), why, conv);
    }

    private static String vetoReason(IssueSlice slice, double[] w, double q) {
        List<String> atQ = new ArrayList<>();
        boolean below = false, above = false;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                double xi = slice.position(i);
                if (xi == q) { // exact: the actor's stance is the status quo value itself
                    atQ.add(slice.actorIds().get(i));
                } else if (xi < q) {
                    below = true;
                } else {
                    above = true;
                }
            }
        }
        if (!atQ.isEmpty()) {
            return String.join(", ", atQ) + (atQ.size() == 1 ? " sits" : " sit") + " at the status quo";
        }
        if (below && above) {
            return "actors stand on both sides of the status quo";
        }
        return "the individually rational interval is narrower than the tolerance";
    }

    /** Returns {argmax, final bracket width, steps}. */
    private double[] maximise(double[] x, double[] w, double[] rho, double lo, double hi, double tol) {
        boolean linear = options.utility() == Utility.LINEAR;
        // Boundary maxima (possible only where no actor's gain vanishes, e.g. worst-outcome disagreement).
        if (derivative(x, w, rho, lo, true, linear) <= 0) {
            return new double[] {lo, 0, 0};
        }
        if (derivative(x, w, rho, hi, false, linear) >= 0) {
            return new double[] {hi, 0, 0};
        }
        double a = lo, b = hi;
        int steps = 0;
        while (b - a > tol) {
            double m = 0.5 * (a + b);
            if (derivative(x, w, rho, m, true, linear) > 0) {
                a = m;
            } else {
                b = m;
            }
            steps++;
        }
        double best = 0.5 * (a + b);
        if (linear) {
            // the maximiser of a linear-loss Nash product is often a kink (an actor's position): return it exactly
            double snap = Double.NaN;
            for (int i = 0; i < x.length; i++) {
                if (w[i] > 0 && x[i] >= a && x[i] <= b && (Double.isNaN(snap) || Math.abs(x[i] - best) < Math.abs(snap - best))) {
                    snap = x[i];
                }
            }
            if (!Double.isNaN(snap)) {
                best = snap;
            }
        }
        return new double[] {best, b - a, steps};
    }

    /**
     * One-sided derivative of Σ w_i ln g_i at x (right derivative if {@code right}, else left);
     * ±∞ where some g_i vanishes (the boundary of the IR interval).
     */
    private static double derivative(double[] x, double[] w, double[] rho, double at, boolean right, boolean linear) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            if (!(w[i] > 0)) {
                continue;
            }
            double dist = at - x[i];
            double slope, gain;
            if (linear) {
                boolean towards = right ? at < x[i] : at <= x[i]; // moving in the chosen direction approaches x_i
                slope = towards ? 1 : -1;
                gain = rho[i] - Math.abs(dist);
            } else {
                slope = -2 * dist;
                gain = rho[i] * rho[i] - dist * dist;
            }
            if (!(gain > 0)) {
                if (slope == 0) {
                    continue;
                }
                return slope > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            }
            sum += w[i] * slope / gain;
        }
        return sum;
    }
}
