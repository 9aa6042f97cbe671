package org.parley.analysis.crisis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.games.BehaviorProfileValues;
import org.parley.games.ExtensiveGame;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.UnverifiedEquilibriumException;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.Equilibrium;
import org.parley.games.solve.QreResult;
import org.parley.games.solve.tree.BackwardInductionSolver;
import org.parley.games.solve.tree.TreeLogitQreSolver;
import org.parley.games.verify.SequentialRationality;
import org.parley.games.verify.Tolerance;
import org.parley.provenance.RunContext;
import org.parley.scenario.CrisisTemplate;

/**
 * The International Interaction Game (Bueno de Mesquita &amp; Lalman, <i>War and Reason</i>, Yale UP 1992, ch. 3) as
 * an extensive game, solved by backward induction under complete information, and its statistical-strategic
 * variant with logit choice at every node (Signorino, "Strategic interaction and the statistical analysis of
 * international conflict", APSR 93(2), 1999).
 *
 * <p>Tree (A = challenger, player 1; B = defender, player 2):
 * <pre>
 * A: demand?            no  -> B: demand?        no  -> SQ
 *                                                yes -> A: acquiesce -> ACQ_A
 *                                                       A: counter   -> B: force?  no  -> A: force? no -> NEG
 *                                                                                                 yes -> B: capitulate -> CAP_B / fight -> WAR_A
 *                                                                              yes -> A: capitulate -> CAP_A / fight -> WAR_B
 *                       yes -> B: acquiesce -> ACQ_B
 *                              B: counter   -> A: force?  no  -> B: force? no -> NEG
 *                                                                          yes -> A: capitulate -> CAP_A / fight -> WAR_B
 *                                                         yes -> B: capitulate -> CAP_B / fight -> WAR_A
 * </pre>
 * 12 decision nodes, 13 terminal nodes, 8 outcomes ({@link IigOutcome}). Both variants are solved by the engine:
 * backward induction ({@link BackwardInductionSolver}, method {@code spe}; its regret and one-shot-deviation checks,
 * and {@link SequentialRationality}) and the agent logit QRE ({@link TreeLogitQreSolver}, method {@code qre},
 * certified by its logit residual). O(nodes) each.
 */
public final class InteractionGame {
    private InteractionGame() {
    }

    /** Builds the tree with the given utilities and player labels. */
    public static ExtensiveGame game(IigUtilities u, String aLabel, String bLabel) {
        ExtensiveGame.Builder gb = ExtensiveGame.builder().title("International Interaction Game")
                .comment("Bueno de Mesquita & Lalman (1992), War and Reason, ch. 3").player(aLabel).player(bLabel);
        int[] out = new int[IigOutcome.values().length];
        for (IigOutcome o : IigOutcome.values()) {
            out[o.ordinal()] = gb.addOutcome(o.label(), u.a().get(o), u.b().get(o));
        }
        // infoset numbers: A 1..6, B 1..6 (every node its own set: complete information)
        var root = gb.root().label("1");
        List<ExtensiveGame.Builder.Draft> n1 = root.personal(0, 1, "A: demand?", List.of("no demand", "demand"));
        // left: A makes no demand
        var n2 = n1.get(0).label("2").personal(1, 1, "B: demand?", List.of("no demand", "demand"));
        n2.get(0).outcome(out[IigOutcome.SQ.ordinal()]);
        var n4 = n2.get(1).label("4").personal(0, 2, "A: respond to B's demand", List.of("acquiesce", "counter-demand"));
        n4.get(0).outcome(out[IigOutcome.ACQ_A.ordinal()]);
        var n6 = n4.get(1).label("6").personal(1, 2, "B: use force?", List.of("no force", "force"));
        var n8 = n6.get(0).label("8").personal(0, 3, "A: use force?", List.of("negotiate", "force"));
        n8.get(0).outcome(out[IigOutcome.NEG.ordinal()]);
        var n12 = n8.get(1).label("12").personal(1, 3, "B: attacked by A", List.of("capitulate", "fight"));
        n12.get(0).outcome(out[IigOutcome.CAP_B.ordinal()]);
        n12.get(1).outcome(out[IigOutcome.WAR_A.ordinal()]);
        var n11 = n6.get(1).label("11").personal(0, 4, "A: attacked by B", List.of("capitulate", "fight"));
        n11.get(0).outcome(out[IigOutcome.CAP_A.ordinal()]);
        n11.get(1).outcome(out[IigOutcome.WAR_B.ordinal()]);
        // right: A demands
        var n3 = n1.get(1).label("3").personal(1, 4, "B: respond to A's demand", List.of("acquiesce", "counter-demand"));
        n3.get(0).outcome(out[IigOutcome.ACQ_B.ordinal()]);
        var n5 = n3.get(1).label("5").personal(0, 5, "A: use force?", List.of("no force", "force"));
        var n7 = n5.get(0).label("7").personal(1, 5, "B: use force?", List.of("negotiate", "force"));
        n7.get(0).outcome(out[IigOutcome.NEG.ordinal()]);
        var n10 = n7.get(1).label("10").personal(0, 6, "A: attacked by B", List.of("capitulate", "fight"));
        n10.get(0).outcome(out[IigOutcome.CAP_A.ordinal()]);
        n10.get(1).outcome(out[IigOutcome.WAR_B.ordinal()]);
        var n9 = n5.get(1).label("9").personal(1, 6, "B: attacked by A", List.of("capitulate", "fight"));
        n9.get(0).outcome(out[IigOutcome.CAP_B.ordinal()]);
        n9.get(1).outcome(out[IigOutcome.WAR_A.ordinal()]);
        return gb.build();
    }

    /** The utilities as parameters (source "given"). */
    public static List<Param> parameters(IigUtilities u) {
        List<Param> ps = new ArrayList<>();
        for (IigOutcome o : IigOutcome.values()) {
            ps.add(new Param("u_a_" + o.name().toLowerCase(java.util.Locale.ROOT), u.a().get(o), "given"));
        }
        for (IigOutcome o : IigOutcome.values()) {
            ps.add(new Param("u_b_" + o.name().toLowerCase(java.util.Locale.ROOT), u.b().get(o), "given"));
        }
        return ps;
    }

    /** Backward induction with complete information; parameters recorded as given, provenance from the game. */
    public static CrisisResult solve(IigUtilities u, String aLabel, String bLabel) {
        return solve(u, aLabel, bLabel, parameters(u), List.of(), null);
    }

    /**
     * The subgame-perfect equilibrium by the engine's backward induction ({@code spe}; ties go to the first action in
     * the tree's order and are listed in the notes), verified by the engine's regret and sequential-rationality checks.
     *
     * @param run the run whose scenario the parameters came from, or null for parameters given directly
     */
    public static CrisisResult solve(IigUtilities u, String aLabel, String bLabel, List<Param> params,
                                     List<String> notes, RunContext run) {
        ExtensiveGame g = game(u, aLabel, bLabel);
        BackwardInductionSolver.Solution s = new BackwardInductionSolver().solveTree(g);
        if (!s.isVerified()) {
            throw new UnverifiedEquilibriumException("backward induction on the International Interaction Game failed "
                    + "its checks: " + s.result().rejected());
        }
        BackwardInductionSolver.Equilibrium spe = s.equilibria().get(0);
        MixedBehaviorProfile p = spe.profile();
        BehaviorProfileValues v = BehaviorProfileValues.of(p);
        CrisisEquilibrium e = new CrisisEquilibrium(SolutionConcept.SUBGAME_PERFECT, p, List.of(),
                ProfileOutcomes.probabilities(v, LABELS), ProfileOutcomes.exactProbabilities(v, LABELS),
                ProfileOutcomes.path(v, LABELS), null, false, true, true, s.result().equilibria().get(0),
                SequentialRationality.violations(p, Map.of()), Double.NaN, Double.NaN);
        List<String> ns = new ArrayList<>(notes);
        List<BackwardInductionSolver.Indifference> ties = new ArrayList<>(spe.indifferences());
        java.util.Collections.reverse(ties); // leaves up, as backward induction meets them
        for (BackwardInductionSolver.Indifference tie : ties) {
            ns.add(tie.node().player().label() + " is indifferent at '" + tie.node().infoset().label() + "' between "
                    + tie.chosen().label() + " and " + tie.alsoOptimal().get(0).label() + "; took " + tie.chosen().label());
        }
        return new CrisisResult(CrisisTemplate.IIG, g, params, List.of(e), 0, SelectionRule.UNIQUE_SUBGAME_PERFECT, ns,
                CrisisProvenance.of(run, CrisisTemplate.IIG, params, g), s.result().provenance());
    }

    /** Logit variant at precision lambda; parameters recorded as given, provenance from the game. */
    public static CrisisResult solveLogit(IigUtilities u, String aLabel, String bLabel, double lambda) {
        return solveLogit(u, aLabel, bLabel, lambda, parameters(u), List.of(), null);
    }

    /**
     * The statistical-strategic variant: logit choice at every node with precision lambda, the agent QRE computed by
     * the engine ({@code qre}, {@link TreeLogitQreSolver}) and certified by its logit residual.
     *
     * @param run the run whose scenario the parameters came from, or null for parameters given directly
     * @throws IllegalArgumentException if lambda is negative or not finite
     */
    public static CrisisResult solveLogit(IigUtilities u, String aLabel, String bLabel, double lambda,
                                          List<Param> params, List<String> notes, RunContext run) {
        ExtensiveGame g = game(u, aLabel, bLabel);
        QreResult q = new TreeLogitQreSolver(TreeLogitQreSolver.Options.at(lambda)).solve(g);
        MixedBehaviorProfile p = q.profile();
        BehaviorProfileValues v = BehaviorProfileValues.of(p);
        List<Param> ps = new ArrayList<>(params);
        ps.add(new Param("lambda", Rational.of(lambda), "given"));
        // a QRE is not a Nash equilibrium: its regret is recorded (it shrinks as lambda grows), not required to be 0
        CrisisEquilibrium e = new CrisisEquilibrium(SolutionConcept.AGENT_LOGIT_QRE, p, List.of(),
                ProfileOutcomes.probabilities(v, LABELS), Map.of(), ProfileOutcomes.path(v, LABELS), null, false, true,
                true, Equilibrium.check(p, Tolerance.DEFAULT), List.of(), lambda, q.residual());
        return new CrisisResult(CrisisTemplate.IIG_LOGIT, g, ps, List.of(e), 0, SelectionRule.UNIQUE_AGENT_QRE, notes,
                CrisisProvenance.of(run, CrisisTemplate.IIG_LOGIT, ps, g), q.provenance());
    }

    private static final java.util.function.Function<String, TemplateOutcome> LABELS = IigOutcome::valueOf;
}
