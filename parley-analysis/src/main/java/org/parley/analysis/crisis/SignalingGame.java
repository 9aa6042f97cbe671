package org.parley.analysis.crisis;

import java.util.ArrayList;
import java.util.List;
import org.parley.games.BehaviorProfileValues;
import org.parley.games.ExtensiveGame;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.signaling.BeliefSet;
import org.parley.games.solve.signaling.PerfectBayesianEquilibrium;
import org.parley.games.solve.signaling.PerfectBayesianEquilibriumSolver;
import org.parley.games.solve.signaling.SignalingForm;
import org.parley.games.solve.signaling.SignalingSolution;
import org.parley.provenance.RunContext;
import org.parley.scenario.CrisisTemplate;

/**
 * The two-type crisis templates — costly signalling (sinking costs) and tying hands (audience costs) — as extensive
 * games with chance, solved for <b>all</b> perfect Bayesian equilibria exactly by the engine.
 *
 * <p>Tree: chance draws the challenger's type (resolved w.p. π); the challenger signals or not; the defender, seeing
 * only the signal (two information sets), shifts or holds; after hold the challenger escalates or backs down
 * (singleton sets). Payoffs in {@link TwoTypeCrisis}. References: Fearon (1994) APSR 88(3); Fearon (1997) JCR 41(1);
 * Banks (1990) AJPS 34(3); models/README §5.3–5.4 for the closed forms this reproduces.
 *
 * <p>Method: the engine's {@link PerfectBayesianEquilibriumSolver} (method {@code pbe}) reads the tree as a
 * sender–receiver game (the final escalate/back-down choices by backward induction, a tie resolved toward escalation
 * and noted here), enumerates the 81 support patterns exactly, flags continua, evaluates the intuitive criterion and
 * D1, and verifies every assessment (exact regret, Bayes consistency, sequential rationality). This class only
 * builds the tree, reads the equilibria as crisis outcomes and selects the forecast.
 */
public final class SignalingGame {
    private static final int H = 0, L = 1, SIG = 0, NO = 1, SHIFT = 0, HOLD = 1;

    private SignalingGame() {
    }

    private static String signalLabel(CrisisTemplate t) {
        return t == CrisisTemplate.TYING_HANDS ? "commit" : "signal";
    }

    private static String noSignalLabel(CrisisTemplate t) {
        return t == CrisisTemplate.TYING_HANDS ? "no commitment" : "no signal";
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
                int deal = gb.addOutcome(TwoTypeOutcome.DEAL.label(), c.vShift().subtract(cost), c.uShift()); // challenger first
                us.get(0).outcome(deal);
                var fin = us.get(1).label(tn + ", " + (m == SIG ? sig : no) + ", held")
                        .personal(0, 3 + 2 * t + m, tn + " after " + (m == SIG ? sig : no) + " and hold",
                                List.of("escalate", "back down"));
                Rational vE = (t == H ? c.vEscalateResolved() : c.vEscalateIrresolute()).subtract(cost);
                Rational vB = (t == H ? c.vBackDownResolved() : c.vBackDownIrresolute()).subtract(cost)
                        .subtract(m == SIG ? c.audienceCost() : Rational.ZERO);
                fin.get(0).outcome(gb.addOutcome(TwoTypeOutcome.ESCALATION.label(), vE, c.uEscalation()));
                boolean called = m == SIG && c.audienceCost().signum() > 0;
                fin.get(1).outcome(gb.addOutcome(called ? TwoTypeOutcome.BLUFF_CALLED.label() : TwoTypeOutcome.STATUS_QUO.label(), vB, c.uBackDown()));
            }
        }
        return gb.build();
    }

    /** Solves with parameters recorded as given, provenance from the game. */
    public static CrisisResult solve(TwoTypeCrisis c, CrisisTemplate template, String challenger, String defender) {
        return solve(c, template, challenger, defender, c.asParams("given"), List.of(), null);
    }

    /**
     * Every perfect Bayesian equilibrium (one per support pattern; continua flagged), from the engine, and the one
     * selected as the forecast ({@link SelectionRule#D1_ISOLATED_CHALLENGER_PREFERRED}): among those that survive D1,
     * isolated equilibria before continua, then the one the challenger prefers (highest prior-weighted payoff), then
     * the first found.
     *
     * @param run the run whose scenario the parameters came from, or null for parameters given directly
     * @throws IllegalArgumentException if the template is not a two-type template
     */
    public static CrisisResult solve(TwoTypeCrisis c, CrisisTemplate template, String challenger, String defender,
                                     List<Param> params, List<String> notes, RunContext run) {
        if (template != CrisisTemplate.COERCION && template != CrisisTemplate.TYING_HANDS) {
            throw new IllegalArgumentException("template must be coercion or tying-hands, got " + template.id());
        }
        ExtensiveGame g = game(c, template, challenger, defender);
        SignalingSolution sol = new PerfectBayesianEquilibriumSolver().solveAssessments(g);
        SignalingForm form = sol.form();
        List<String> ns = new ArrayList<>(notes);
        for (int t = H; t <= L; t++) {
            for (int m = SIG; m <= NO; m++) {
                if (!form.continuation(t, m, HOLD).indifferences().isEmpty()) {
                    ns.add((t == H ? "resolved" : "irresolute") + " type is indifferent between escalating and backing"
                            + " down after " + (m == SIG ? signalLabel(template) : noSignalLabel(template))
                            + " and hold; taken as escalating (other choices give further equilibria not listed)");
                }
            }
        }
        List<PerfectBayesianEquilibrium> all = new ArrayList<>(sol.equilibria());
        all.addAll(sol.rejected()); // never expected; kept visible (flagged as failing) rather than dropped
        if (all.isEmpty()) {
            throw new IllegalStateException("no perfect Bayesian equilibrium found; a finite game always has one");
        }
        List<CrisisEquilibrium> eqs = new ArrayList<>();
        List<Rational> senderValue = new ArrayList<>();
        Rational[] prior = {c.prior(), Rational.ONE.subtract(c.prior())};
        for (PerfectBayesianEquilibrium e : all) {
            eqs.add(equilibrium(e));
            senderValue.add(prior[H].multiply(e.senderPayoffs().get(H)).add(prior[L].multiply(e.senderPayoffs().get(L))));
        }
        int best = -1;
        for (int i = 0; i < eqs.size(); i++) {
            if (best < 0 || better(eqs.get(i), senderValue.get(i), eqs.get(best), senderValue.get(best))) {
                best = i;
            }
        }
        return new CrisisResult(template, g, params, eqs, best, SelectionRule.D1_ISOLATED_CHALLENGER_PREFERRED, ns,
                CrisisProvenance.of(run, template, params, g), sol.result().provenance());
    }

    private static boolean better(CrisisEquilibrium a, Rational va, CrisisEquilibrium b, Rational vb) {
        if (a.isVerified() != b.isVerified()) {
            return a.isVerified();
        }
        if (a.d1() != b.d1()) {
            return a.d1();
        }
        if (a.continuum() != b.continuum()) {
            return !a.continuum();
        }
        return va.compareTo(vb) > 0;
    }

    private static final java.util.function.Function<String, TemplateOutcome> LABELS = TwoTypeOutcome::ofLabel;

    /** The engine's assessment read as a crisis equilibrium. */
    private static CrisisEquilibrium equilibrium(PerfectBayesianEquilibrium e) {
        BehaviorProfileValues v = BehaviorProfileValues.of(e.profile());
        List<Belief> beliefs = new ArrayList<>();
        for (BeliefSet b : e.beliefs()) {
            beliefs.add(new Belief(b.infoset().label(), b.onPath(), b.lowest(H), b.highest(H)));
        }
        SignalingChoices choices = new SignalingChoices(e.profile().exactProbability(0, H, SIG),
                e.profile().exactProbability(0, L, SIG), e.profile().exactProbability(1, SIG, SHIFT),
                e.profile().exactProbability(1, NO, SHIFT), e.pattern());
        return new CrisisEquilibrium(SolutionConcept.PERFECT_BAYESIAN, e.profile(), beliefs,
                ProfileOutcomes.probabilities(v, LABELS), ProfileOutcomes.exactProbabilities(v, LABELS),
                ProfileOutcomes.path(v, LABELS), choices, e.continuum(), e.intuitiveCriterion(), e.d1(), e.nash(),
                e.violations(), Double.NaN, Double.NaN);
    }
}
