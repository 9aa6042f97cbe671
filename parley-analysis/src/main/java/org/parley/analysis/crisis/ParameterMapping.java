package org.parley.analysis.crisis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.analysis.InvalidAnalysisInputException;
import org.parley.games.numeric.Rational;
import org.parley.scenario.CrisisTemplate;
import org.parley.scenario.GameSpec;
import org.parley.scenario.IssueSlice;
import org.parley.scenario.Scenario;

/**
 * Parley's mapping from a scenario to crisis-template parameters — a documented judgment, shown in every result so an
 * analyst can disagree with it and override any number (see {@code docs/analysis/crisis-templates.md}).
 *
 * <p>On the game's issue with scale range R, actor i has position x_i, salience s_i (data value / 100) and
 * capability c_i. C is the challenger, D the defender, σ the defender stance analysed.
 * <ul>
 *   <li>Value of an outcome y: u_i(y) = s_i (1 − |y − x_i| / R) — salience-weighted closeness.</li>
 *   <li>Backers: the listed ones; else, when the issue has a reversion point q (the decision's, or the status quo),
 *       every other actor on the same side of q as x_C backs C and every other actor backs D (it defends q or wants a
 *       move the other way), so no stance of the defender can move a third party between the sides (issue 8);
 *       without q, the actors nearer x_C than x_D (C's side) or nearer x_D (D's side). Strength
 *       K_C = c_C s_C + Σ_C-side c_j s_j, K_D likewise.</li>
 *   <li>{@code win_probability} p = K_C / (K_C + K_D): chance that escalation ends at x_C rather than at σ.</li>
 *   <li>Escalation costs from relative capability: e_C = κ c_D/(c_C + c_D), e_D = κ c_C/(c_C + c_D),
 *       κ = {@code escalation_cost_scale} (0.5).</li>
 *   <li>{@code prior_resolve} π = s_C · p, clipped to [0.02, 0.98]: being resolved takes both a high stake and a
 *       coalition able to prevail.</li>
 *   <li>Two-type templates: the small deal is d = σ + δ (x_C − σ), δ = {@code concession} (0.5).
 *       U_S = u_D(d), V_S = u_C(d); U_B = u_D(σ), V_B^H = V_B^L = u_C(σ);
 *       lottery L_i = p u_i(x_C) + (1 − p) u_i(σ); U_E = L_D − e_D; V_E^H = L_C − θ_H e_C, V_E^L = L_C − θ_L e_C with
 *       θ_H = {@code resolved_cost_factor} (0.5), θ_L = {@code irresolute_cost_factor} (2). Coercion: signal costs
 *       k_t = ψ θ_t e_C, ψ = {@code signal_cost_scale} (0.5), no audience cost. Tying hands: no signal cost,
 *       audience cost a = s_C / 2.</li>
 *   <li>International Interaction Game (A = C demanding x_C, B = D demanding σ): SQ at the issue's status quo
 *       ({@code status_quo}; σ if none); ACQ_A at σ; ACQ_B at x_C; NEG at p x_C + (1 − p) σ; WAR_A the lottery with
 *       p + f, WAR_B with p − f (f = {@code first_strike}, 0.05), each side paying its e_i; CAP_A at σ with A paying
 *       φ e_A and B paying τ e_B, CAP_B at x_C with B paying φ e_B and A paying τ e_A (φ =
 *       {@code attacked_cost_factor} 0.5, τ = {@code attack_cost_factor} 0.25). These follow the components of
 *       War and Reason's utilities (value of demands, probability of winning, costs of war, first-strike advantage,
 *       costs of being attacked and of attacking) but are Parley's own functional forms.</li>
 * </ul>
 * Numbers are computed in doubles, rounded to 6 significant digits and converted exactly to rationals. Cost O(actors).
 */
public final class ParameterMapping {
    private ParameterMapping() {
    }

    static final List<String> TWO_TYPE_KNOBS = List.of("win_probability", "escalation_cost_scale", "concession",
            "resolved_cost_factor", "irresolute_cost_factor", "signal_cost_scale");
    static final List<String> IIG_KNOBS = List.of("win_probability", "escalation_cost_scale", "status_quo",
            "first_strike", "attacked_cost_factor", "attack_cost_factor");
    private static final Map<String, Double> DEFAULTS = Map.of("escalation_cost_scale", 0.5, "concession", 0.5,
            "resolved_cost_factor", 0.5, "irresolute_cost_factor", 2.0, "signal_cost_scale", 0.5, "first_strike", 0.05,
            "attacked_cost_factor", 0.5, "attack_cost_factor", 0.25);

    /** What the mapping produced for one stance. */
    public record Mapped(List<Param> parameters, List<Param> inputs, TwoTypeCrisis twoType, IigUtilities iig,
                         List<String> notes) {
        public Mapped {
            parameters = List.copyOf(parameters);
            inputs = List.copyOf(inputs);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Every parameter the mapping produces for the template, i.e. every name that may be overridden under
     * {@code parameters:}; the scenario module lists the same names ({@link CrisisTemplate#overridableParameters()},
     * checked by a test) to validate overrides when a file is read.
     */
    public static List<String> parameterNames(CrisisTemplate t) {
        List<String> names = new ArrayList<>();
        if (t == CrisisTemplate.IIG || t == CrisisTemplate.IIG_LOGIT) {
            for (String who : new String[] {"a", "b"}) {
                for (IigOutcome o : IigOutcome.values()) {
                    names.add("u_" + who + "_" + o.name().toLowerCase(Locale.ROOT));
                }
            }
            names.addAll(IIG_KNOBS);
        } else {
            names.addAll(TwoTypeCrisis.NAMES);
            names.addAll(TWO_TYPE_KNOBS);
        }
        return names;
    }

    /**
     * Maps the scenario to the template's parameters at one defender stance.
     *
     * @throws InvalidAnalysisInputException if actors, issue or stances are missing (a spec read with the scenario
     *                                       never triggers this)
     */
    public static Mapped map(Scenario scenario, GameSpec spec, String stanceName, double stance) {
        IssueSlice sl = scenario.slice(spec.issue());
        int ci = sl.actorIds().indexOf(spec.challenger()), di = sl.actorIds().indexOf(spec.defender());
        if (ci < 0 || di < 0) {
            throw new InvalidAnalysisInputException("game " + spec.id() + ": challenger and defender need stances on "
                    + spec.issue());
        }
        double range = sl.scale().range();
        double xC = sl.position(ci), xD = sl.position(di);
        double sC = sl.salience(ci) / 100, sD = sl.salience(di) / 100;
        double cC = sl.capability(ci), cD = sl.capability(di);
        List<Param> inputs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Double> o = spec.parameters();
        // coalitions
        double reversion = sl.decision() != null ? sl.decision().reversion(sl.statusQuo()) : sl.statusQuo();
        double kC = cC * sC, kD = cD * sD;
        List<String> cSide = new ArrayList<>(), dSide = new ArrayList<>();
        for (int j = 0; j < sl.size(); j++) {
            if (j == ci || j == di) {
                continue;
            }
            String id = sl.actorIds().get(j);
            double w = sl.capability(j) * sl.salience(j) / 100;
            boolean toC, toD;
            if (spec.backers() != null) {
                toC = spec.backers().contains(id);
                toD = !toC;
            } else if (Double.isFinite(reversion)) {
                // sides from the reversion point, which no stance of the defender moves: an actor that wants the
                // outcome moved the challenger's way backs the challenger, any other defends the reversion point
                double xj = sl.position(j);
                toC = Math.signum(xj - reversion) == Math.signum(xC - reversion) && xj != reversion;
                toD = !toC;
            } else {
                toC = Math.abs(sl.position(j) - xC) < Math.abs(sl.position(j) - xD);
                toD = Math.abs(sl.position(j) - xD) < Math.abs(sl.position(j) - xC);
            }
            if (toC) {
                kC += w;
                cSide.add(id);
            } else if (toD) {
                kD += w;
                dSide.add(id);
            }
        }
        inputs.add(param("challenger_strength", kC, "c×s of " + spec.challenger() + " + backers " + cSide));
        inputs.add(param("defender_strength", kD, "c×s of " + spec.defender() + " + backers " + dSide));
        double p = pick(o, "win_probability", kC / (kC + kD), "K_C/(K_C+K_D)", inputs);
        double kappa = knob(o, "escalation_cost_scale", inputs);
        double eC = kappa * cD / (cC + cD), eD = kappa * cC / (cC + cD);
        // the source names its inputs (each listed with its value) rather than printing their numbers
        inputs.add(param("escalation_cost_challenger", eC, "κ·c_D/(c_C+c_D) with κ = escalation_cost_scale and c_C, "
                + "c_D the capabilities of " + spec.challenger() + " and " + spec.defender()));
        inputs.add(param("escalation_cost_defender", eD, "κ·c_C/(c_C+c_D)"));
        inputs.add(param("stance", stance, "defender stance '" + stanceName + "'"));
        Utility uC = y -> sC * (1 - Math.abs(y - xC) / range), uD = y -> sD * (1 - Math.abs(y - xD) / range);
        List<Param> params = new ArrayList<>();
        if (spec.template() == CrisisTemplate.COERCION || spec.template() == CrisisTemplate.TYING_HANDS) {
            double delta = knob(o, "concession", inputs);
            double deal = stance + delta * (xC - stance);
            inputs.add(param("deal_position", deal, "σ + δ(x_C − σ)"));
            double thH = knob(o, "resolved_cost_factor", inputs), thL = knob(o, "irresolute_cost_factor", inputs);
            double lotC = p * uC.at(xC) + (1 - p) * uC.at(stance), lotD = p * uD.at(xC) + (1 - p) * uD.at(stance);
            boolean coercion = spec.template() == CrisisTemplate.COERCION;
            double psi = coercion ? knob(o, "signal_cost_scale", inputs) : 0;
            double[] derived = {
                Math.min(0.98, Math.max(0.02, sC * p)), uD.at(deal), lotD - eD, uD.at(stance), uC.at(deal),
                lotC - thH * eC, uC.at(stance), uC.at(stance), lotC - thL * eC, psi * thH * eC, psi * thL * eC,
                coercion ? 0 : sC / 2};
            String[] why = {"s_C·p clipped to [0.02, 0.98]", "u_D(deal)", "p·u_D(x_C) + (1−p)·u_D(σ) − e_D",
                "u_D(σ)", "u_C(deal)", "lottery − θ_H·e_C", "u_C(σ)", "u_C(σ)", "lottery − θ_L·e_C",
                coercion ? "ψ·θ_H·e_C" : "none (tying hands)", coercion ? "ψ·θ_L·e_C" : "none (tying hands)",
                coercion ? "none (coercion)" : "s_C/2"};
            List<Rational> vals = new ArrayList<>();
            for (int i = 0; i < derived.length; i++) {
                String n = TwoTypeCrisis.NAMES.get(i);
                Param pr = o.containsKey(n) ? param(n, o.get(n), "override") : param(n, derived[i], why[i]);
                params.add(pr);
                vals.add(pr.value());
            }
            TwoTypeCrisis c = TwoTypeCrisis.of(vals);
            if (!(c.uBackDown().compareTo(c.uShift()) > 0 && c.uShift().compareTo(c.uEscalation()) > 0)) {
                notes.add("defender's payoffs are not ordered U_B > U_S > U_E (back down > deal > escalation); the"
                        + " equilibria are still exact, but the usual reading of section 5.3 does not apply");
            }
            if (c.vEscalateResolved().compareTo(c.vBackDownResolved()) <= 0) {
                notes.add("the 'resolved' type does not prefer escalating to backing down with these numbers");
            }
            return new Mapped(params, inputs, c, null, notes);
        }
        // International Interaction Game
        double q = sl.hasStatusQuo() ? sl.statusQuo() : stance;
        q = pick(o, "status_quo", q, sl.hasStatusQuo() ? "issue status quo" : "stance (issue has no status quo)", inputs);
        double f = knob(o, "first_strike", inputs), phi = knob(o, "attacked_cost_factor", inputs),
                tau = knob(o, "attack_cost_factor", inputs);
        double pA = Math.min(1, p + f), pB = Math.max(0, p - f);
        double yNeg = p * xC + (1 - p) * stance;
        inputs.add(param("negotiated_position", yNeg, "p·x_C + (1−p)·σ"));
        Map<IigOutcome, Double> ua = new LinkedHashMap<>(), ub = new LinkedHashMap<>();
        Map<IigOutcome, String> why = new LinkedHashMap<>();
        ua.put(IigOutcome.SQ, uC.at(q));
        ub.put(IigOutcome.SQ, uD.at(q));
        why.put(IigOutcome.SQ, "u(status quo)");
        ua.put(IigOutcome.ACQ_A, uC.at(stance));
        ub.put(IigOutcome.ACQ_A, uD.at(stance));
        why.put(IigOutcome.ACQ_A, "u(σ)");
        ua.put(IigOutcome.ACQ_B, uC.at(xC));
        ub.put(IigOutcome.ACQ_B, uD.at(xC));
        why.put(IigOutcome.ACQ_B, "u(x_C)");
        ua.put(IigOutcome.NEG, uC.at(yNeg));
        ub.put(IigOutcome.NEG, uD.at(yNeg));
        why.put(IigOutcome.NEG, "u(p·x_C + (1−p)·σ)");
        ua.put(IigOutcome.CAP_A, uC.at(stance) - phi * eC);
        ub.put(IigOutcome.CAP_A, uD.at(stance) - tau * eD);
        why.put(IigOutcome.CAP_A, "u(σ) − φ·e_A (A), − τ·e_B (B)");
        ua.put(IigOutcome.CAP_B, uC.at(xC) - tau * eC);
        ub.put(IigOutcome.CAP_B, uD.at(xC) - phi * eD);
        why.put(IigOutcome.CAP_B, "u(x_C) − τ·e_A (A), − φ·e_B (B)");
        ua.put(IigOutcome.WAR_A, pA * uC.at(xC) + (1 - pA) * uC.at(stance) - eC);
        ub.put(IigOutcome.WAR_A, pA * uD.at(xC) + (1 - pA) * uD.at(stance) - eD);
        why.put(IigOutcome.WAR_A, "lottery at p + f, minus e_i");
        ua.put(IigOutcome.WAR_B, pB * uC.at(xC) + (1 - pB) * uC.at(stance) - eC);
        ub.put(IigOutcome.WAR_B, pB * uD.at(xC) + (1 - pB) * uD.at(stance) - eD);
        why.put(IigOutcome.WAR_B, "lottery at p − f, minus e_i");
        Map<IigOutcome, Rational> ra = new LinkedHashMap<>(), rb = new LinkedHashMap<>();
        for (int side = 0; side < 2; side++) {
            for (IigOutcome oc : IigOutcome.values()) {
                String n = "u_" + (side == 0 ? "a" : "b") + "_" + oc.name().toLowerCase(Locale.ROOT);
                double v = (side == 0 ? ua : ub).get(oc);
                Param pr = o.containsKey(n) ? param(n, o.get(n), "override") : param(n, v, why.get(oc));
                params.add(pr);
                (side == 0 ? ra : rb).put(oc, pr.value());
            }
        }
        return new Mapped(params, inputs, null, new IigUtilities(ra, rb), notes);
    }

    private interface Utility {
        double at(double y);
    }

    private static double knob(Map<String, Double> o, String name, List<Param> inputs) {
        return pick(o, name, DEFAULTS.get(name), "default", inputs);
    }

    private static double pick(Map<String, Double> o, String name, double derived, String why, List<Param> inputs) {
        if (o.containsKey(name)) {
            inputs.add(param(name, o.get(name), "override"));
            return o.get(name);
        }
        inputs.add(param(name, derived, why));
        return derived;
    }

    private static Param param(String name, double v, String source) {
        // derived numbers are judgments: 6 significant digits keep the exact arithmetic readable (0.1 → 1/10)
        return new Param(name, Rational.of(java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(6))), source);
    }
}
