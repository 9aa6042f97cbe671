package org.parley.analysis.crisis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.games.ExtensiveGame;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.numeric.Rational;
import org.parley.games.verify.Regret;
import org.parley.games.verify.Tolerance;
import org.parley.games.verify.Verification;
import org.parley.scenario.CrisisTemplate;

/**
 * The two-type crisis templates — costly signalling (sinking costs) and tying hands (audience costs) — as extensive
 * games with chance, solved for <b>all</b> perfect Bayesian equilibria exactly.
 *
 * <p>Tree: chance draws the challenger's type (resolved w.p. π); the challenger signals or not; the defender, seeing
 * only the signal (two information sets), shifts or holds; after hold the challenger escalates or backs down
 * (singleton sets). Payoffs in {@link TwoTypeCrisis}. References: Fearon (1994) APSR 88(3); Fearon (1997) JCR 41(1);
 * Banks (1990) AJPS 34(3); models/README §5.3–5.4 for the closed forms this reproduces.
 *
 * <p>Method: the final escalate/back-down choices are fixed by sequential rationality (a tie is resolved toward
 * escalation and noted). The rest is a signalling game with strategies σ_t = P(signal | t) and
 * r_m = P(shift | m). For each of the 3⁴ = 81 support patterns (each of σ_H, σ_L, r_signal, r_none is 0, 1 or
 * strictly mixed), the equilibrium conditions split into a linear system in the mixed r's (the challenger's types
 * indifferent where they mix, not gaining by deviating where pure) and one in the mixed σ's (the defender indifferent
 * where it mixes on the path, its pure action optimal given Bayes' rule; off the path some belief must support its
 * action). Both are solved exactly in rationals ({@link SmallLinearSystem}); a solution set with more than one point
 * is reported once, at an interior point, flagged as a continuum. Each equilibrium is then checked on the tree: the
 * engine's exact regret ({@link Regret}) and {@link SequentialRationality} with the reported off-path beliefs; and
 * tested against the intuitive criterion (Cho &amp; Kreps 1987) and D1 (Banks &amp; Sobel 1987; Cho &amp; Kreps).
 * Cost: 81 tiny exact systems.
 */
public final class SignalingGame {
    /** Outcome labels. */
    public static final String DEAL = "deal", ESCALATION = "escalation", STATUS_QUO = "status quo",
            BLUFF_CALLED = "bluff called";

    private static final int H = 0, L = 1, SIG = 0, NO = 1;

    private SignalingGame() {
    }

    private static String signalLabel(CrisisTemplate t) {
        return t == CrisisTemplate.TYING_HANDS ? "commit" : "signal";
    }

    private static String noSignalLabel(CrisisTemplate t) {
        return t == CrisisTemplate.TYING_HANDS ? "no commitment" : "no signal";
    }

    /** Whether type t escalates after hold following message m (ties toward escalation). */
    private static boolean escalates(TwoTypeCrisis c, int t, int m) {
        Rational esc = t == H ? c.vEscalateResolved() : c.vEscalateIrresolute();
        Rational back = (t == H ? c.vBackDownResolved() : c.vBackDownIrresolute())
                .subtract(m == SIG ? c.audienceCost() : Rational.ZERO);
        return esc.compareTo(back) >= 0;
    }

    private static boolean tie(TwoTypeCrisis c, int t, int m) {
        Rational esc = t == H ? c.vEscalateResolved() : c.vEscalateIrresolute();
        Rational back = (t == H ? c.vBackDownResolved() : c.vBackDownIrresolute())
                .subtract(m == SIG ? c.audienceCost() : Rational.ZERO);
        return esc.equals(back);
    }

    /**
     * Builds the tree. Players: challenger (index 0), defender (index 1).
     *
     * @param template {@link CrisisTemplate#COERCION} or {@link CrisisTemplate#TYING_HANDS} (action labels only)
     */
    public static ExtensiveGame game(TwoTypeCrisis c, CrisisTemplate template, String challenger, String defender) {
        ExtensiveGame.Builder gb = ExtensiveGame.builder()
                .title(template == CrisisTemplate.TYING_HANDS ? "Tying hands (audience costs)" : "Costly signalling")
                .comment("Two-type crisis with private resolve; Fearon (1994, 1997); Parley models/README section 5")
                .player(challenger).player(defender);
        String sig = signalLabel(template), no = noSignalLabel(template);
        var types = gb.root().label("nature").chance(1, "type", List.of("resolved", "irresolute"),
                List.of(c.prior(), Rational.ONE.subtract(c.prior())));
        for (int t = H; t <= L; t++) {
            String tn = t == H ? "resolved" : "irresolute";
            var ms = types.get(t).label(tn).personal(0, t + 1, tn + ": " + sig + "?", List.of(sig, no));
            for (int m = SIG; m <= NO; m++) {
                Rational cost = m == SIG ? (t == H ? c.costResolved() : c.costIrresolute()) : Rational.ZERO;
                var us = ms.get(m).label(tn + ", " + (m == SIG ? sig : no))
                        .personal(1, m + 1, "after " + (m == SIG ? sig : no), List.of("shift", "hold"));
                int deal = gb.addOutcome(DEAL, c.vShift().subtract(cost), c.uShift()); // challenger first
                us.get(0).outcome(deal);
                var fin = us.get(1).label(tn + ", " + (m == SIG ? sig : no) + ", held")
                        .personal(0, 3 + 2 * t + m, tn + " after " + (m == SIG ? sig : no) + " and hold",
                                List.of("escalate", "back down"));
                Rational vE = (t == H ? c.vEscalateResolved() : c.vEscalateIrresolute()).subtract(cost);
                Rational vB = (t == H ? c.vBackDownResolved() : c.vBackDownIrresolute()).subtract(cost)
                        .subtract(m == SIG ? c.audienceCost() : Rational.ZERO);
                fin.get(0).outcome(gb.addOutcome(ESCALATION, vE, c.uEscalation()));
                boolean called = m == SIG && c.audienceCost().signum() > 0;
                fin.get(1).outcome(gb.addOutcome(called ? BLUFF_CALLED : STATUS_QUO, vB, c.uBackDown()));
            }
        }
        return gb.build();
    }

    /** Solves with parameters recorded as given. */
    public static CrisisResult solve(TwoTypeCrisis c, CrisisTemplate template, String challenger, String defender) {
        return solve(c, template, challenger, defender, c.asParams("given"), List.of(), null);
    }

    /**
     * Enumerates every perfect Bayesian equilibrium (one per support pattern; continua flagged) and selects one:
     * among those that survive D1, isolated equilibria before continua, then the one the challenger prefers (highest
     * prior-weighted payoff), then the first found.
     *
     * @throws IllegalArgumentException if the template is not a two-type template
     */
    public static CrisisResult solve(TwoTypeCrisis c, CrisisTemplate template, String challenger, String defender,
                                     List<Param> params, List<String> notes, String scenarioSha256) {
        if (template != CrisisTemplate.COERCION && template != CrisisTemplate.TYING_HANDS) {
            throw new IllegalArgumentException("template must be coercion or tying-hands, got " + template.id());
        }
        ExtensiveGame g = game(c, template, challenger, defender);
        List<String> ns = new ArrayList<>(notes);
        for (int t = H; t <= L; t++) {
            for (int m = SIG; m <= NO; m++) {
                if (tie(c, t, m)) {
                    ns.add((t == H ? "resolved" : "irresolute") + " type is indifferent between escalating and backing"
                            + " down after " + (m == SIG ? signalLabel(template) : noSignalLabel(template))
                            + " and hold; taken as escalating (other choices give further equilibria not listed)");
                }
            }
        }
        // reduced payoffs: [type][message]
        Rational[][] dShift = new Rational[2][2], dHold = new Rational[2][2], gain = new Rational[2][2];
        for (int t = H; t <= L; t++) {
            for (int m = SIG; m <= NO; m++) {
                Rational cost = m == SIG ? (t == H ? c.costResolved() : c.costIrresolute()) : Rational.ZERO;
                dShift[t][m] = c.vShift().subtract(cost);
                boolean esc = escalates(c, t, m);
                dHold[t][m] = esc ? (t == H ? c.vEscalateResolved() : c.vEscalateIrresolute()).subtract(cost)
                        : (t == H ? c.vBackDownResolved() : c.vBackDownIrresolute()).subtract(cost)
                        .subtract(m == SIG ? c.audienceCost() : Rational.ZERO);
                gain[t][m] = c.uShift().subtract(esc ? c.uEscalation() : c.uBackDown()); // defender: shift − hold
            }
        }
        Rational[] prior = {c.prior(), Rational.ONE.subtract(c.prior())};
        List<CrisisEquilibrium> eqs = new ArrayList<>();
        List<Rational> senderValue = new ArrayList<>();
        // support codes: 0 = pure 0, 1 = pure 1, 2 = mixed
        for (int sH = 0; sH < 3; sH++) {
            for (int sL = 0; sL < 3; sL++) {
                for (int rS = 0; rS < 3; rS++) {
                    for (int rN = 0; rN < 3; rN++) {
                        Candidate k = candidate(new int[] {sH, sL}, new int[] {rS, rN}, prior, dShift, dHold, gain);
                        if (k != null) {
                            eqs.add(equilibrium(g, c, template, k, prior, dShift, dHold, gain));
                            senderValue.add(prior[H].multiply(k.payoff[H]).add(prior[L].multiply(k.payoff[L])));
                        }
                    }
                }
            }
        }
        if (eqs.isEmpty()) {
            throw new IllegalStateException("no perfect Bayesian equilibrium found; a finite game always has one");
        }
        int best = -1;
        for (int i = 0; i < eqs.size(); i++) {
            if (best < 0 || better(eqs.get(i), senderValue.get(i), eqs.get(best), senderValue.get(best))) {
                best = i;
            }
        }
        String rule = "among equilibria surviving D1 (if any), isolated before continua, then the one with the highest"
                + " prior-weighted challenger payoff";
        return new CrisisResult(template, g, params, eqs, best, rule, ns, scenarioSha256);
    }

    private static boolean better(CrisisEquilibrium a, Rational va, CrisisEquilibrium b, Rational vb) {
        if (a.d1() != b.d1()) {
            return a.d1();
        }
        if (a.continuum() != b.continuum()) {
            return !a.continuum();
        }
        return va.compareTo(vb) > 0;
    }

    /** A solution of one support pattern. */
    private record Candidate(Rational[] sigma, Rational[] r, boolean continuum, boolean[] onPath,
                             Rational[][] beliefInterval, Rational[] payoff) {
    }

    private static Rational[] pick(int[] codes, Rational[] mixedValues) {
        Rational[] v = new Rational[codes.length];
        int k = 0;
        for (int i = 0; i < codes.length; i++) {
            v[i] = codes[i] == 0 ? Rational.ZERO : codes[i] == 1 ? Rational.ONE : mixedValues[k++];
        }
        return v;
    }

    private static Candidate candidate(int[] sc, int[] rc, Rational[] prior, Rational[][] dShift, Rational[][] dHold,
                                       Rational[][] gain) {
        // r-part: unknowns = mixed r's
        List<Integer> mixedR = new ArrayList<>();
        for (int m = 0; m < 2; m++) {
            if (rc[m] == 2) {
                mixedR.add(m);
            }
        }
        List<SmallLinearSystem.Constraint> rCons = new ArrayList<>();
        for (int t = H; t <= L; t++) {
            // delta_t(r) = payoff(signal) − payoff(no signal) = sum_m sign_m (dHold + r_m (dShift − dHold))
            Rational c0 = Rational.ZERO;
            Rational[] coef = TreeSolutions.zeros(mixedR.size());
            for (int m = 0; m < 2; m++) {
                Rational sign = m == SIG ? Rational.ONE : Rational.ONE.negate();
                Rational slope = dShift[t][m].subtract(dHold[t][m]);
                c0 = c0.add(sign.multiply(dHold[t][m]));
                if (rc[m] == 2) {
                    coef[mixedR.indexOf(m)] = sign.multiply(slope);
                } else if (rc[m] == 1) {
                    c0 = c0.add(sign.multiply(slope));
                }
            }
            if (sc[t] == 2) {
                rCons.add(SmallLinearSystem.eq(c0, coef));
            } else if (sc[t] == 1) {
                rCons.add(SmallLinearSystem.ge(c0, coef));
            } else {
                rCons.add(SmallLinearSystem.ge(c0.negate(), negate(coef)));
            }
        }
        box(rCons, mixedR.size());
        SmallLinearSystem.Region rr = SmallLinearSystem.solve(mixedR.size(), rCons);
        if (rr == null) {
            return null;
        }
        // sigma-part: unknowns = mixed sigmas
        List<Integer> mixedS = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            if (sc[t] == 2) {
                mixedS.add(t);
            }
        }
        boolean[] onPath = {sc[H] != 0 || sc[L] != 0, sc[H] != 1 || sc[L] != 1};
        List<SmallLinearSystem.Constraint> sCons = new ArrayList<>();
        Rational[][] beliefInterval = new Rational[2][];
        for (int m = 0; m < 2; m++) {
            if (onPath[m]) {
                // G_m(sigma) = sum_t prior_t * P(m | t) * gain[t][m], P(signal|t) = sigma_t, P(none|t) = 1 − sigma_t
                Rational c0 = Rational.ZERO;
                Rational[] coef = TreeSolutions.zeros(mixedS.size());
                for (int t = H; t <= L; t++) {
                    Rational w = prior[t].multiply(gain[t][m]);
                    if (sc[t] == 2) {
                        if (m == SIG) {
                            coef[mixedS.indexOf(t)] = w;
                        } else {
                            c0 = c0.add(w);
                            coef[mixedS.indexOf(t)] = w.negate();
                        }
                    } else {
                        boolean sends = (sc[t] == 1) == (m == SIG);
                        if (sends) {
                            c0 = c0.add(w);
                        }
                    }
                }
                if (rc[m] == 2) {
                    sCons.add(SmallLinearSystem.eq(c0, coef));
                } else if (rc[m] == 1) {
                    sCons.add(SmallLinearSystem.ge(c0, coef));
                } else {
                    sCons.add(SmallLinearSystem.ge(c0.negate(), negate(coef)));
                }
            } else {
                beliefInterval[m] = offPathBeliefs(gain[H][m], gain[L][m], rc[m]);
                if (beliefInterval[m] == null) {
                    return null;
                }
            }
        }
        box(sCons, mixedS.size());
        SmallLinearSystem.Region sr = SmallLinearSystem.solve(mixedS.size(), sCons);
        if (sr == null) {
            return null;
        }
        Rational[] sigma = pick(sc, sr.point());
        Rational[] r = pick(rc, rr.point());
        for (int m = 0; m < 2; m++) {
            if (onPath[m]) {
                Rational pm = Rational.ZERO, ph = Rational.ZERO;
                for (int t = H; t <= L; t++) {
                    Rational pt = prior[t].multiply(m == SIG ? sigma[t] : Rational.ONE.subtract(sigma[t]));
                    pm = pm.add(pt);
                    if (t == H) {
                        ph = pt;
                    }
                }
                Rational mu = ph.divide(pm);
                beliefInterval[m] = new Rational[] {mu, mu};
            }
        }
        Rational[] payoff = new Rational[2];
        for (int t = H; t <= L; t++) {
            Rational v = Rational.ZERO;
            for (int m = 0; m < 2; m++) {
                Rational pm = m == SIG ? sigma[t] : Rational.ONE.subtract(sigma[t]);
                v = v.add(pm.multiply(value(dShift[t][m], dHold[t][m], r[m])));
            }
            payoff[t] = v;
        }
        return new Candidate(sigma, r, rr.continuum() || sr.continuum(), onPath, beliefInterval, payoff);
    }

    private static Rational value(Rational shift, Rational hold, Rational r) {
        return hold.add(r.multiply(shift.subtract(hold)));
    }

    private static Rational[] negate(Rational[] v) {
        Rational[] o = new Rational[v.length];
        for (int i = 0; i < v.length; i++) {
            o[i] = v[i].negate();
        }
        return o;
    }

    private static void box(List<SmallLinearSystem.Constraint> cons, int d) {
        for (int j = 0; j < d; j++) {
            Rational[] e = TreeSolutions.zeros(d);
            e[j] = Rational.ONE;
            cons.add(SmallLinearSystem.gt(Rational.ZERO, e));          // x_j > 0
            cons.add(SmallLinearSystem.gt(Rational.ONE, negate(e)));   // 1 − x_j > 0
        }
    }

    /**
     * Beliefs μ = P(resolved) at an unreached defender set for which the defender's action code (0 hold, 1 shift,
     * 2 mix) is optimal: {lo, hi}, or null if none. Defender gain of shifting at μ: μ gH + (1 − μ) gL.
     */
    static Rational[] offPathBeliefs(Rational gH, Rational gL, int code) {
        // gain(mu) = gL + mu (gH − gL), linear on [0,1]
        Rational slope = gH.subtract(gL);
        if (code == 2) {
            if (slope.isZero()) {
                return gL.isZero() ? new Rational[] {Rational.ZERO, Rational.ONE} : null;
            }
            Rational mu = gL.negate().divide(slope);
            return mu.signum() >= 0 && mu.compareTo(Rational.ONE) <= 0 ? new Rational[] {mu, mu} : null;
        }
        // shift needs gain >= 0, hold needs gain <= 0
        int want = code == 1 ? 1 : -1;
        boolean at0 = gL.signum() * want >= 0, at1 = gH.signum() * want >= 0;
        if (at0 && at1) {
            return new Rational[] {Rational.ZERO, Rational.ONE};
        }
        if (!at0 && !at1) {
            return null;
        }
        Rational cross = gL.negate().divide(slope);
        return at0 ? new Rational[] {Rational.ZERO, cross} : new Rational[] {cross, Rational.ONE};
    }

    private static CrisisEquilibrium equilibrium(ExtensiveGame g, TwoTypeCrisis c, CrisisTemplate template,
                                                 Candidate k, Rational[] prior, Rational[][] dShift,
                                                 Rational[][] dHold, Rational[][] gain) {
        Rational[][][] p = TreeSolutions.emptyExact(g);
        for (int t = H; t <= L; t++) {
            p[0][t] = new Rational[] {k.sigma[t], Rational.ONE.subtract(k.sigma[t])};
            for (int m = SIG; m <= NO; m++) {
                boolean esc = escalates(c, t, m);
                p[0][2 + 2 * t + m] = new Rational[] {esc ? Rational.ONE : Rational.ZERO, esc ? Rational.ZERO : Rational.ONE};
            }
        }
        for (int m = SIG; m <= NO; m++) {
            p[1][m] = new Rational[] {k.r[m], Rational.ONE.subtract(k.r[m])};
        }
        MixedBehaviorProfile prof = MixedBehaviorProfile.ofExact(g, p);
        Map<Infoset, Rational[]> off = new HashMap<>();
        List<Belief> beliefs = new ArrayList<>();
        for (int m = SIG; m <= NO; m++) {
            Infoset h = g.infosets(1).get(m);
            Rational[] bi = k.beliefInterval[m];
            beliefs.add(new Belief(h.label(), k.onPath[m], bi[0], bi[1]));
            if (!k.onPath[m]) {
                off.put(h, new Rational[] {bi[0], Rational.ONE.subtract(bi[0])});
            }
        }
        Verification v = Regret.verify(prof, Tolerance.EXACT);
        List<String> viol = SequentialRationality.violations(prof, off);
        boolean ic = true, d1 = true;
        for (int m = SIG; m <= NO; m++) {
            if (!k.onPath[m]) {
                ic &= intuitive(m, k, dShift, dHold, gain);
                d1 &= d1(m, k, dShift, dHold, gain);
            }
        }
        String sig = signalLabel(template);
        String kind = kind(k.sigma, sig, noSignalLabel(template));
        StringBuilder d = new StringBuilder();
        d.append("P(").append(sig).append(" | resolved) = ").append(k.sigma[H])
                .append(", P(").append(sig).append(" | irresolute) = ").append(k.sigma[L])
                .append("; P(shift | ").append(sig).append(") = ").append(k.r[SIG])
                .append(k.onPath[SIG] ? "" : " (off path)")
                .append(", P(shift | ").append(noSignalLabel(template)).append(") = ").append(k.r[NO])
                .append(k.onPath[NO] ? "" : " (off path)");
        if (k.continuum) {
            d.append("; one point of a continuum of equilibria with these supports (mixing probabilities or"
                    + " off-path responses can vary)");
        }
        if (!viol.isEmpty()) {
            d.append("; CHECK FAILED: ").append(String.join("; ", viol));
        }
        return new CrisisEquilibrium(kind, prof, beliefs, TreeSolutions.outcomeProbabilities(prof),
                TreeSolutions.exactOutcomeProbabilities(prof), TreeSolutions.path(prof), k.continuum, d.toString(),
                ic, d1, v, viol.isEmpty(), Double.NaN);
    }

    private static String kind(Rational[] s, String sig, String noSig) {
        boolean h0 = s[H].isZero(), h1 = s[H].equals(Rational.ONE), l0 = s[L].isZero(), l1 = s[L].equals(Rational.ONE);
        if (h1 && l0) {
            return "separating (resolved " + sig + "s, irresolute does not)";
        }
        if (h0 && l1) {
            return "separating (irresolute " + sig + "s, resolved does not)";
        }
        if (h0 && l0) {
            return "pooling on " + noSig;
        }
        if (h1 && l1) {
            return "pooling on " + sig;
        }
        if ((h0 || h1) != (l0 || l1)) {
            return "semi-separating (" + ((h0 || h1) ? "irresolute" : "resolved") + " type mixes)";
        }
        return "hybrid (both types mix)";
    }

    /** The defender responses r ∈ [lo, hi] that are best responses to some belief in [muLo, muHi]. */
    private static Rational[] responses(Rational gH, Rational gL, Rational muLo, Rational muHi) {
        Rational a = gL.add(muLo.multiply(gH.subtract(gL))), b = gL.add(muHi.multiply(gH.subtract(gL)));
        boolean shift = a.signum() >= 0 || b.signum() >= 0, hold = a.signum() <= 0 || b.signum() <= 0;
        return new Rational[] {hold ? Rational.ZERO : Rational.ONE, shift ? Rational.ONE : Rational.ZERO};
    }

    /** Cho–Kreps intuitive criterion for the unsent message m. */
    private static boolean intuitive(int m, Candidate k, Rational[][] dShift, Rational[][] dHold, Rational[][] gain) {
        Rational[] all = responses(gain[H][m], gain[L][m], Rational.ZERO, Rational.ONE);
        boolean[] keep = new boolean[2];
        for (int t = H; t <= L; t++) {
            Rational best = value(dShift[t][m], dHold[t][m], all[0]).max(value(dShift[t][m], dHold[t][m], all[1]));
            keep[t] = best.compareTo(k.payoff[t]) >= 0; // not equilibrium-dominated
        }
        if (!keep[H] && !keep[L]) {
            return true;
        }
        Rational muLo = keep[L] ? Rational.ZERO : Rational.ONE, muHi = keep[H] ? Rational.ONE : Rational.ZERO;
        Rational[] br = responses(gain[H][m], gain[L][m], muLo, muHi);
        for (int t = H; t <= L; t++) {
            if (keep[t]) {
                Rational worst = value(dShift[t][m], dHold[t][m], br[0]).min(value(dShift[t][m], dHold[t][m], br[1]));
                if (worst.compareTo(k.payoff[t]) > 0) {
                    return false; // this type gains whatever the defender rationally believes
                }
            }
        }
        return true;
    }

    /**
     * D1 for the unsent message m: type t is pruned when every defender response that makes it weakly gain makes
     * the other type strictly gain; the equilibrium's off-path response must then be a best response to a belief
     * on the remaining types.
     */
    private static boolean d1(int m, Candidate k, Rational[][] dShift, Rational[][] dHold, Rational[][] gain) {
        Rational[] mbr = responses(gain[H][m], gain[L][m], Rational.ZERO, Rational.ONE);
        Interval[] weak = new Interval[2], strict = new Interval[2];
        for (int t = H; t <= L; t++) {
            // u_t(r) − u*_t = (dHold − u*) + r (dShift − dHold) on [mbr0, mbr1]
            Rational c0 = dHold[t][m].subtract(k.payoff[t]), c1 = dShift[t][m].subtract(dHold[t][m]);
            weak[t] = Interval.where(c0, c1, mbr[0], mbr[1], false);
            strict[t] = Interval.where(c0, c1, mbr[0], mbr[1], true);
        }
        boolean pruneH = weak[H].within(strict[L]), pruneL = weak[L].within(strict[H]);
        if (pruneH == pruneL) {
            return true; // no type (or both) pruned: beliefs unrestricted
        }
        Rational mu = pruneH ? Rational.ZERO : Rational.ONE;
        Rational[] bi = k.beliefInterval[m];
        return bi[0].compareTo(mu) <= 0 && bi[1].compareTo(mu) >= 0;
    }

    /** A subinterval of [lo, hi] with open or closed ends; empty when {@code empty}. */
    private record Interval(boolean empty, Rational lo, boolean loOpen, Rational hi, boolean hiOpen) {
        /** {r ∈ [a, b] : c0 + c1 r > 0 (strict) or ≥ 0}. */
        static Interval where(Rational c0, Rational c1, Rational a, Rational b, boolean strict) {
            if (c1.isZero()) {
                int s = c0.signum();
                return s > 0 || (!strict && s == 0) ? new Interval(false, a, false, b, false) : new Interval(true, a, false, a, false);
            }
            Rational root = c0.negate().divide(c1);
            Rational lo = a, hi = b;
            boolean loOpen = false, hiOpen = false;
            if (c1.signum() > 0) {
                if (root.compareTo(lo) >= 0) {
                    lo = root;
                    loOpen = strict;
                }
            } else if (root.compareTo(hi) <= 0) {
                hi = root;
                hiOpen = strict;
            }
            int cmp = lo.compareTo(hi);
            boolean empty = cmp > 0 || (cmp == 0 && (loOpen || hiOpen));
            return new Interval(empty, lo, loOpen, hi, hiOpen);
        }

        boolean within(Interval o) {
            if (empty) {
                return true;
            }
            if (o.empty) {
                return false;
            }
            int l = lo.compareTo(o.lo), h = hi.compareTo(o.hi);
            boolean loOk = l > 0 || (l == 0 && (loOpen || !o.loOpen));
            boolean hiOk = h < 0 || (h == 0 && (hiOpen || !o.hiOpen));
            return loOk && hiOk;
        }
    }
}
