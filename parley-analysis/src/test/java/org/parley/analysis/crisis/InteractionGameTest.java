package org.parley.analysis.crisis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.List;
import org.parley.games.numeric.Rational;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The International Interaction Game under complete information. Utilities are built from preference orders
 * (order: SQ, ACQ_A, ACQ_B, NEG, CAP_A, CAP_B, WAR_A, WAR_B); the expected outcomes are derived by hand by backward
 * induction in the comments, following the reasoning of War and Reason ch. 3.
 */
class InteractionGameTest {
    // A and B both "doves": NEG 4 > SQ 3 > own acquiescence 2; war and capitulation worst; first strike helps
    static final double[] DOVE_A = {3, 2, 5, 4, -2, 1.5, 0, -1};
    static final double[] DOVE_B = {3, 5, 2, 4, 1.5, -2, -1, 0};

    private static IigOutcome outcome(CrisisResult r) {
        Map<TemplateOutcome, Rational> m = r.selectedEquilibrium().exactOutcomes();
        IigOutcome found = null;
        for (IigOutcome o : IigOutcome.values()) {
            Rational p = m.getOrDefault(o, Rational.ZERO);
            if (p.equals(Rational.ONE)) {
                found = o;
            }
        }
        assertTrue(r.selectedEquilibrium().isVerified(), "backward induction must pass the engine's regret check");
        return found;
    }

    @Test
    void negotiationWhenBothPreferNegotiationToTheStatusQuoAndToWar() {
        // B counter-demands (NEG 4 > ACQ_B 2) and nobody uses force (NEG 4 > WAR 0) → NEG
        assertEquals(IigOutcome.NEG, outcome(InteractionGame.solve(IigUtilities.of(DOVE_A, DOVE_B), "A", "B")));
    }

    @Test
    void statusQuoWhenBothPreferItToNegotiation() {
        double[] a = DOVE_A.clone(), b = DOVE_B.clone();
        a[0] = 4.5;
        b[0] = 4.5;
        assertEquals(IigOutcome.SQ, outcome(InteractionGame.solve(IigUtilities.of(a, b), "A", "B")));
    }

    @Test
    void acquiescenceWhenTheTargetWouldCapitulateRatherThanFight() {
        // A prefers B's capitulation (4.5) to negotiation (4); B would capitulate (−2) rather than fight (−3),
        // so B's counter-demand leads to force and CAP_B; B acquiesces at once instead (ACQ_B 2 > CAP_B −2)
        double[] a = {3, 2, 5, 4, -2, 4.5, 0, -1};
        double[] b = {3, 5, 2, 4, 1.5, -2, -3, -2.5};
        CrisisResult r = InteractionGame.solve(IigUtilities.of(a, b), "A", "B");
        assertEquals(IigOutcome.ACQ_B, outcome(r));
        assertEquals(CrisisOutcome.DEAL, IigOutcome.ACQ_B.category());
    }

    @Test
    void warWhenTheInitiatorPrefersWarAndTheTargetFightsRatherThanYield() {
        // A: WAR_A 4.5 > NEG 4; B: WAR_B 3 > WAR_A 2.5 > ACQ_B 2 > CAP_B −2. After A's demand B counter-demands
        // (WAR_A 2.5 > ACQ_B 2), A uses force (4.5 > NEG 4), B fights → WAR_A
        double[] a = {3, 2, 5, 4, -2, 1.5, 4.5, -1};
        double[] b = {3, 5, 2, 4, 1.5, -2, 2.5, 3};
        CrisisResult r = InteractionGame.solve(IigUtilities.of(a, b), "A", "B");
        assertEquals(IigOutcome.WAR_A, outcome(r));
        assertTrue(r.selectedEquilibrium().path().get(0).action().contains("demand"));
    }

    /**
     * War and Reason: under complete information capitulation is never an equilibrium outcome when each side
     * prefers the status quo to acquiescing and acquiescing to capitulating (U_i(SQ) > U_i(ACQ_i) > U_i(CAP_i)).
     */
    @Property(tries = 200)
    void noCapitulationUnderCompleteInformation(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        double[] a = new double[8], b = new double[8];
        for (int i = 0; i < 8; i++) {
            a[i] = rnd.nextInt(-50, 50) + i / 16.0; // distinct values: no ties
            b[i] = rnd.nextInt(-50, 50) + i / 16.0 + 1 / 32.0;
        }
        order(a, 0, 1, 4); // A: SQ > ACQ_A > CAP_A
        order(b, 0, 2, 5); // B: SQ > ACQ_B > CAP_B
        IigOutcome o = outcome(InteractionGame.solve(IigUtilities.of(a, b), "A", "B"));
        assertTrue(o != IigOutcome.CAP_A && o != IigOutcome.CAP_B, () -> "capitulation reached: " + o);
    }

    private static void order(double[] u, int hi, int mid, int lo) {
        double[] v = {u[hi], u[mid], u[lo]};
        java.util.Arrays.sort(v);
        u[hi] = v[2];
        u[mid] = v[1];
        u[lo] = v[0];
    }

    @Test
    void logitVariantUniformAtZeroAndBackwardInductionInTheLimit() {
        IigUtilities u = IigUtilities.of(DOVE_A, DOVE_B);
        CrisisResult zero = InteractionGame.solveLogit(u, "A", "B", 0.0);
        Map<TemplateOutcome, Double> p0 = zero.outcomes();
        assertEquals(1.0, p0.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertEquals(0.25, p0.get(IigOutcome.SQ), 1e-12);     // two coin flips
        assertEquals(0.25, p0.get(IigOutcome.ACQ_B), 1e-12);
        assertEquals(0.125, p0.get(IigOutcome.ACQ_A), 1e-12);
        assertEquals(1.0 / 32 + 1.0 / 16, p0.get(IigOutcome.NEG), 1e-12); // depth 5 after B's demand, depth 4 after A's
        assertTrue(zero.selectedEquilibrium().isVerified());
        double previous = 0;
        for (double lambda : new double[] {0.5, 2, 8, 40}) {
            CrisisResult r = InteractionGame.solveLogit(u, "A", "B", lambda);
            double neg = r.outcomes().get(IigOutcome.NEG);
            assertEquals(1.0, r.outcomes().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
            assertTrue(neg > previous, "P(NEG) rises toward the backward-induction outcome as lambda grows");
            assertTrue(r.selectedEquilibrium().qreResidual() <= CrisisEquilibrium.QRE_TOLERANCE);
            previous = neg;
        }
        assertTrue(previous > 0.999, "lambda 40: P(NEG) = " + previous);
    }
}
