package org.parley.forecast.procedural;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.forecast.Agreement;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.ModelInfo;
import org.parley.forecast.ModelOptions;
import org.parley.forecast.WeightScheme;
import org.parley.forecast.decision.AcceptableSet;
import org.parley.forecast.Sentence;
import org.parley.forecast.support.IssueLoop;
import org.parley.forecast.support.Params;
import org.parley.forecast.support.Weighted;
import org.parley.provenance.RunContext;
import org.parley.scenario.DecisionStructure;
import org.parley.scenario.IssueSlice;
import org.parley.scenario.Scenario;
import org.parley.scenario.VotingBody;
import org.parley.scenario.VotingRule;

/**
 * The procedural (agenda-setter, win-set) model of one issue. With reversion point q and acceptable set
 * W̄ = [left, right] ∋ q of the decisive bodies ({@link AcceptableSet}):
 * <ul>
 *   <li>with an agenda setter A (ideal x_A): A proposes the point of W̄ nearest to x_A (Romer &amp; Rosenthal 1978;
 *       Tsebelis 2002). Under {@link Amendment#UNANIMOUS_CORE}, a first body that decides by (qualified) majority can
 *       still amend the proposal by unanimity, so A must also stay within that body's unanimity core
 *       [min x_i, max x_i] (Crombez 1996 on the EU consultation procedure; Steunenberg 1994);</li>
 *   <li>without a setter: the decisive actors' vote-weighted median ideal, moved into W̄ (Black's median among
 *       the deciders, as far as the rule allows);</li>
 *   <li>W̄ = {q}: no agreement; the reversion point holds and the actors whose veto blocks every move are named.</li>
 * </ul>
 * Without a decision structure every actor with a stance votes in one body by simple majority with weights from
 * {@code weights} (capability by default) and nobody sets the agenda: the forecast is the weighted median, and the
 * agreement status is not modelled.
 *
 * <p>The bounds of W̄ other than q are limits of open sets (an actor indifferent between x and q does not accept x);
 * a setter at or beyond a bound is reported at the bound (the supremum), as the explanation says.
 *
 * <p>References: Romer &amp; Rosenthal (1978) Public Choice 33(4); Tsebelis (2002) <i>Veto Players</i>; Steunenberg
 * (1994) JITE 150(4); Crombez (1996) EJPR 29(2), (1997) Legislative Studies Quarterly 22(1); Thomson et al. (2006)
 * <i>The European Union Decides</i>, chs. on procedural models. Complexity O(n log n) per issue. Immutable and
 * thread-safe.
 */
public final class ProceduralModel implements BargainingModel {
    public static final ModelInfo INFO = new ModelInfo("procedural", "Procedural model (agenda setter and win-set)",
            "1.0", "Romer & Rosenthal 1978; Tsebelis 2002; Steunenberg 1994; Crombez 1996");

    /** Whether a majority body can amend the setter's proposal by unanimity. */
    public enum Amendment {
        /** No amendment: the setter proposes anywhere in the acceptable set. */
        NONE,
        /** The first body, when it decides by (qualified) majority, amends by unanimity: the proposal stays in its core. */
        UNANIMOUS_CORE
    }

    /**
     * @param amendment the amendment rule
     * @param weights   vote weights when the scenario gives no decision structure (one majority body of everyone)
     */
    public record Options(Amendment amendment, WeightScheme weights) implements ModelOptions {
        public static final Options DEFAULT = new Options(Amendment.UNANIMOUS_CORE, WeightScheme.CAPABILITY);

        public Options {
            Objects.requireNonNull(amendment, "amendment must not be null");
            Objects.requireNonNull(weights, "weights must not be null");
        }

        @Override
        public SortedMap<String, String> asParameters() {
            return new TreeMap<>(Map.of("amendment", amendment.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "weights", weights.label()));
        }

        /** @throws IllegalArgumentException naming the offending field */
        public static Options fromParameters(Map<String, String> p) {
            Params r = Params.of(p, Set.of("amendment", "weights"), INFO.id());
            return new Options(r.parse("amendment", DEFAULT.amendment(),
                    s -> Amendment.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'))),
                    r.parse("weights", DEFAULT.weights(), WeightScheme::parse));
        }
    }

    private final Options options;

    public ProceduralModel() {
        this(Options.DEFAULT);
    }

    public ProceduralModel(Options options) {
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
        return IssueLoop.forecast(scenario, context, INFO, options, this::forecastIssue);
    }

    /** Forecast of one issue. */
    public IssueForecast forecastIssue(IssueSlice slice) {
        if (slice.size() == 0) {
            throw new org.parley.forecast.ScenarioNotAnalysableException("issue " + slice.issue().id()
                    + ": no actor takes a stance, so the " + INFO.name() + " has nothing to work with");
        }
        List<Sentence> why = new ArrayList<>();
        double[] w = new double[slice.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = options.weights().weight(slice.capability(i), slice.salience(i));
        }
        if (!slice.hasDecision()) {
            double m = Weighted.median(slice.positions(), w).midpoint();
            why.add(Sentence.builder().text("No decision structure: every actor votes by simple majority with weights "
                    + options.weights().label() + " and nobody sets the agenda, so the forecast ").number(m)
                    .text(" is the weighted median (Black 1948).").build());
            return new IssueForecast(slice.issue().id(), m, null, slice.actorIds(), List.of(),
                    IssueLoop.staticActors(slice, w), why, IssueForecast.Convergence.CLOSED_FORM);
        }
        DecisionStructure d = slice.decision();
        if (!Double.isFinite(d.reversion(slice.statusQuo()))) {
            return withoutReversion(slice, d, w, why);
        }
        AcceptableSet set = AcceptableSet.of(slice, d);
        double q = set.reversion();
        double lo = set.left(), hi = set.right();
        why.add(set.isEmpty()
                ? Sentence.builder().text("Against the reversion point ").number(q)
                .text(" the decisive actors accept no move.").build()
                : Sentence.builder().text("Against the reversion point ").number(q)
                .text(" the decisive actors accept outcomes in [").number(lo).text(", ").number(hi).text("].").build());
        double[] core = amendmentCore(slice, d);
        if (core != null) {
            double coreLo = core[0], coreHi = core[1];
            // the core meets [lo, hi] (see the class comment); keep q reachable when it lies inside the core
            double newLo = Math.max(lo, Math.min(coreLo, q)), newHi = Math.min(hi, Math.max(coreHi, q));
            if (newLo > lo || newHi < hi) {
                why.add(Sentence.builder().text("The first body can amend by unanimity, so the proposal stays within"
                        + " its members' range [").number(coreLo).text(", ").number(coreHi).text("].").build());
            }
            lo = newLo;
            hi = newHi;
        }
        IssueForecast.Interval bounds = new IssueForecast.Interval(lo, hi);
        double outcome = propose(slice, d, bounds, why);
        Agreement agreement = set.agreementAt(outcome);
        if (agreement.status() == Agreement.Status.NO_AGREEMENT) {
            why.add(Sentence.builder().text("No agreement: the reversion point ").number(q).text(" holds"
                    + (agreement.blockers().isEmpty() ? " (the proposal is the reversion point itself)."
                    : "; blocked by " + String.join(", ", agreement.blockers()) + ".")).build());
        }
        return new IssueForecast(slice.issue().id(), outcome, null, slice.actorIds(), List.of(),
                IssueLoop.staticActors(slice, w), why, IssueForecast.Convergence.CLOSED_FORM, agreement);
    }

    /**
     * Without a reversion point every proposal beats no decision: the setter proposes its ideal (within the
     * amendment core), or without a setter the deciders' median ideal; the agreement status is not modelled.
     */
    private IssueForecast withoutReversion(IssueSlice slice, DecisionStructure d, double[] w, List<Sentence> why) {
        why.add(Sentence.of("The issue has no reversion point, so any proposal beats no decision."));
        double[] core = amendmentCore(slice, d);
        IssueForecast.Interval bounds = core == null ? new IssueForecast.Interval(slice.scale().min(), slice.scale().max())
                : new IssueForecast.Interval(core[0], core[1]);
        if (core != null) {
            why.add(Sentence.builder().text("The first body can amend by unanimity, so the proposal stays within its"
                    + " members' range [").number(core[0]).text(", ").number(core[1]).text("].").build());
        }
        double outcome = propose(slice, d, bounds, why);
        return new IssueForecast(slice.issue().id(), outcome, null, slice.actorIds(), List.of(),
                IssueLoop.staticActors(slice, w), why, IssueForecast.Convergence.CLOSED_FORM);
    }

    /** The first body's unanimity core [min x_i, max x_i] when it binds the setter (see {@link Amendment}), else null. */
    private double[] amendmentCore(IssueSlice slice, DecisionStructure d) {
        VotingBody first = d.bodies().get(0);
        if (options.amendment() != Amendment.UNANIMOUS_CORE || first.rule() == VotingRule.UNANIMITY
                || first.rule() == VotingRule.SINGLE || d.agendaSetter() == null) {
            return null;
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (String m : first.votes().keySet()) {
            int i = slice.indexOf(m);
            if (i < 0) {
                throw new org.parley.forecast.ScenarioNotAnalysableException("issue " + slice.issue().id()
                        + ": decisive actor " + m + " takes no stance on it");
            }
            lo = Math.min(lo, slice.position(i));
            hi = Math.max(hi, slice.position(i));
        }
        return new double[] {lo, hi};
    }

    /** The setter's proposal within {@code bounds}, or without a setter the deciders' vote-weighted median, moved in. */
    private static double propose(IssueSlice slice, DecisionStructure d, IssueForecast.Interval bounds,
                                  List<Sentence> why) {
        double outcome;
        double q = d.reversion(slice.statusQuo());
        if (d.agendaSetter() != null) {
            int a = slice.indexOf(d.agendaSetter());
            if (a < 0) {
                throw new org.parley.forecast.ScenarioNotAnalysableException("issue " + slice.issue().id()
                        + ": the agenda setter " + d.agendaSetter() + " takes no stance on it");
            }
            double ideal = slice.position(a);
            outcome = bounds.clamp(ideal);
            why.add(Sentence.builder().text("The agenda setter " + d.agendaSetter() + " (ideal ").number(ideal)
                    .text(") proposes ").number(outcome).text(outcome == ideal ? ", its own ideal."
                            : outcome == q ? ", the reversion point." : ", the acceptable point nearest its ideal (the"
                            + " supremum of an open set: a proposal just inside wins).").build());
        } else {
            Map<String, Double> votes = new LinkedHashMap<>();
            for (VotingBody b : d.bodies()) {
                b.votes().forEach((id, v) -> votes.merge(id, v, Double::sum));
            }
            double[] x = new double[votes.size()], v = new double[votes.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : votes.entrySet()) {
                x[k] = slice.position(slice.indexOf(e.getKey()));
                v[k++] = e.getValue();
            }
            double m = Weighted.median(x, v).midpoint();
            outcome = bounds.clamp(m);
            Sentence.Builder b = Sentence.builder().text("No agenda setter: the decisive actors' vote-weighted median"
                    + " ideal ").number(m);
            why.add(outcome == m ? b.text(" is acceptable.").build()
                    : b.text(" is moved to the nearest acceptable point ").number(outcome).text(".").build());
        }
        return outcome;
    }
}
