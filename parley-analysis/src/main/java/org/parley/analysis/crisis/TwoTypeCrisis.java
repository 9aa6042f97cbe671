package org.parley.analysis.crisis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.games.numeric.Rational;

/**
 * Parameters of the two-type crisis templates (costly signalling and tying hands; models/README §5.3–5.4).
 * The challenger D is resolved (H) with probability {@code prior}; it may send a signal (coercion: a costly display,
 * cost k_t paid at once; tying hands: a public commitment that costs a only if D later backs down); the defender
 * (the US) then shifts (small deal) or holds; after hold, D escalates or backs down.
 *
 * <p>Payoffs (defender, challenger type t, signal s ∈ {0,1}): shift (U_S, V_S − s·k_t); hold then escalate
 * (U_E, V_E^t − s·k_t); hold then back down (U_B, V_B^t − s·k_t − s·a).
 *
 * @param prior               π = P(resolved), in (0, 1)
 * @param uShift              U_S, defender's payoff of the small deal
 * @param uEscalation         U_E, defender's payoff if D escalates after hold
 * @param uBackDown           U_B, defender's payoff if D backs down after hold
 * @param vShift              V_S, challenger's payoff of the small deal (both types)
 * @param vEscalateResolved   V_E^H
 * @param vBackDownResolved   V_B^H (the resolved type's payoff of backing down; below V_E^H for a resolved type)
 * @param vBackDownIrresolute V_B^L
 * @param vEscalateIrresolute V_E^L (below V_B^L for an irresolute type)
 * @param costResolved        k_H ≥ 0, signal cost of the resolved type
 * @param costIrresolute      k_L ≥ 0, signal cost of the irresolute type
 * @param audienceCost        a ≥ 0, cost of backing down after a signal/commitment
 */
public record TwoTypeCrisis(Rational prior, Rational uShift, Rational uEscalation, Rational uBackDown,
                            Rational vShift, Rational vEscalateResolved, Rational vBackDownResolved,
                            Rational vBackDownIrresolute, Rational vEscalateIrresolute, Rational costResolved,
                            Rational costIrresolute, Rational audienceCost) {

    /** Parameter names, in record order, as used in the {@code games:} section. */
    public static final List<String> NAMES = List.of("prior_resolve", "u_shift", "u_escalation", "u_back_down",
            "v_shift", "v_escalate_resolved", "v_back_down_resolved", "v_back_down_irresolute",
            "v_escalate_irresolute", "signal_cost_resolved", "signal_cost_irresolute", "audience_cost");

    public TwoTypeCrisis {
        Objects.requireNonNull(prior, "prior_resolve");
        if (prior.signum() <= 0 || prior.compareTo(Rational.ONE) >= 0) {
            throw new IllegalArgumentException("prior_resolve must be in (0, 1), got " + prior);
        }
        List<Rational> all = List.of(uShift, uEscalation, uBackDown, vShift, vEscalateResolved, vBackDownResolved,
                vBackDownIrresolute, vEscalateIrresolute, costResolved, costIrresolute, audienceCost);
        for (int i = 0; i < all.size(); i++) {
            Objects.requireNonNull(all.get(i), NAMES.get(i + 1));
        }
        if (costResolved.signum() < 0 || costIrresolute.signum() < 0 || audienceCost.signum() < 0) {
            throw new IllegalArgumentException("signal_cost_resolved, signal_cost_irresolute and audience_cost must be >= 0");
        }
    }

    /** Values in {@link #NAMES} order. */
    public List<Rational> values() {
        return List.of(prior, uShift, uEscalation, uBackDown, vShift, vEscalateResolved, vBackDownResolved,
                vBackDownIrresolute, vEscalateIrresolute, costResolved, costIrresolute, audienceCost);
    }

    /** From values in {@link #NAMES} order. */
    public static TwoTypeCrisis of(List<Rational> v) {
        if (v.size() != NAMES.size()) {
            throw new IllegalArgumentException("need " + NAMES.size() + " values, got " + v.size());
        }
        return new TwoTypeCrisis(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7),
                v.get(8), v.get(9), v.get(10), v.get(11));
    }

    /** The threshold belief μ* = (U_B − U_S)/(U_B − U_E) above which the defender shifts (when D's types behave as usual). */
    public Rational muStar() {
        return uBackDown.subtract(uShift).divide(uBackDown.subtract(uEscalation));
    }

    /** Parameters with a common source text. */
    public List<Param> asParams(String source) {
        List<Param> ps = new ArrayList<>();
        List<Rational> v = values();
        for (int i = 0; i < v.size(); i++) {
            ps.add(new Param(NAMES.get(i), v.get(i), source));
        }
        return ps;
    }
}
