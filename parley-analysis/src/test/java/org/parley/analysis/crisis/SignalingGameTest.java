package org.parley.analysis.crisis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.parley.games.solve.signaling.SenderPattern;
import org.junit.jupiter.api.Test;
import org.parley.games.numeric.Rational;
import org.parley.scenario.CrisisTemplate;

/**
 * Known answers of models/README §5.3 (costly signalling) and §5.4 (tying hands), [SELF] computed there with
 * crisis.py in exact fractions: U_S = 5, U_E = 0, U_B = 10, V_S = 6, V_E^H = 4, V_B^L = 1 (μ* = 1/2, G_H = 2, G_L = 5).
 * The resolved type's back-down payoff (0) and the irresolute type's escalation payoff (−5, §5.4) are not in §5.3's
 * closed form, which assumes H escalates and L backs down; any values keeping those choices strict give the same
 * equilibria.
 */
class SignalingGameTest {
    static Rational q(long p, long d) {
        return Rational.of(p, d);
    }

    static TwoTypeCrisis coercion(Rational pi, long kH, long kL) {
        return new TwoTypeCrisis(pi, q(5, 1), q(0, 1), q(10, 1), q(6, 1), q(4, 1), q(0, 1), q(1, 1), q(-5, 1),
                q(kH, 1), q(kL, 1), Rational.ZERO);
    }

    static TwoTypeCrisis tyingHands(long a) {
        return new TwoTypeCrisis(q(3, 10), q(5, 1), q(0, 1), q(10, 1), q(6, 1), q(4, 1), q(0, 1), q(1, 1), q(-5, 1),
                Rational.ZERO, Rational.ZERO, q(a, 1));
    }

    static CrisisResult solve(TwoTypeCrisis c, CrisisTemplate t) {
        CrisisResult r = SignalingGame.solve(c, t, "DPRK", "USA");
        assertTrue(r.isVerified(), () -> "every equilibrium must pass regret and sequential rationality: " + r.equilibria());
        for (CrisisEquilibrium e : r.equilibria()) {
            assertEquals(Rational.ZERO, e.nash().exactMaxRegret());
            Rational sum = e.exactOutcomes().values().stream().reduce(Rational.ZERO, Rational::add);
            assertEquals(Rational.ONE, sum);
        }
        return r;
    }

    private static CrisisEquilibrium only(List<CrisisEquilibrium> es, Predicate<CrisisEquilibrium> kind, String what) {
        List<CrisisEquilibrium> m = es.stream().filter(kind).toList();
        assertEquals(1, m.size(), () -> "exactly one " + what + " equilibrium expected in " + es);
        return m.get(0);
    }

    /** The resolved type signals, the irresolute does not. */
    static boolean separatingResolvedSignals(CrisisEquilibrium e) {
        return e.signaling().pattern() == SenderPattern.SEPARATING && e.signaling().signalIfResolved().equals(Rational.ONE);
    }

    /** Both types pool on the message given (true: the signal or commitment; false: none). */
    static boolean pooling(CrisisEquilibrium e, boolean onSignal) {
        return e.signaling().pattern() == SenderPattern.POOLING
                && e.signaling().signalIfResolved().equals(onSignal ? Rational.ONE : Rational.ZERO);
    }

    static boolean semiSeparating(CrisisEquilibrium e) {
        return e.signaling().pattern() == SenderPattern.SEMI_SEPARATING;
    }

    @Test
    void separating() {
        // π = 3/10, k_H = 1, k_L = 6 → separating: H signals, L does not; US shifts iff signal
        CrisisResult r = solve(coercion(q(3, 10), 1, 6), CrisisTemplate.COERCION);
        CrisisEquilibrium e = r.selectedEquilibrium();
        assertTrue(separatingResolvedSignals(e), e.toString());
        assertEquals(q(3, 10), e.exactOutcomes().get(TwoTypeOutcome.DEAL));
        assertEquals(q(7, 10), e.exactOutcomes().get(TwoTypeOutcome.STATUS_QUO));
        assertEquals(Rational.ZERO, e.exactOutcomes().get(TwoTypeOutcome.ESCALATION));
        assertEquals(q(1, 1), e.beliefs().get(0).low()); // after a signal: resolved for sure
        assertEquals(q(0, 1), e.beliefs().get(1).low());
        assertTrue(e.d1() && e.intuitiveCriterion());
        // the pooling equilibria with pessimistic off-path beliefs exist but fail both refinements
        for (CrisisEquilibrium p : r.equilibria()) {
            if (pooling(p, false)) {
                assertFalse(p.intuitiveCriterion());
                assertFalse(p.d1());
            }
        }
    }

    @Test
    void semiSeparating() {
        // π = 3/10, k_H = 1, k_L = 3 → q = 3/7, r = 3/5, P(deal) = 9/25, P(escalation) = 3/25
        CrisisResult r = solve(coercion(q(3, 10), 1, 3), CrisisTemplate.COERCION);
        CrisisEquilibrium e = only(r.equilibria(), SignalingGameTest::semiSeparating, "semi-separating");
        assertEquals(r.selectedEquilibrium(), e, "D1 selects the semi-separating equilibrium");
        assertFalse(e.continuum());
        assertEquals(Rational.ONE, e.profile().exactProbability(0, 0, 0));   // resolved signals
        assertEquals(q(3, 7), e.profile().exactProbability(0, 1, 0));        // irresolute signals w.p. q
        assertEquals(q(3, 5), e.profile().exactProbability(1, 0, 0));        // US shifts after a signal w.p. r
        assertEquals(Rational.ZERO, e.profile().exactProbability(1, 1, 0));  // holds after none
        assertEquals(q(9, 25), e.exactOutcomes().get(TwoTypeOutcome.DEAL));
        assertEquals(q(3, 25), e.exactOutcomes().get(TwoTypeOutcome.ESCALATION));
        assertEquals(q(1, 2), e.beliefs().get(0).low()); // posterior kept at μ*
        // pooling on no signal (US holds) is also a PBE and passes the intuitive criterion, but not D1
        CrisisEquilibrium pool = r.equilibria().stream().filter(x -> pooling(x, false)
                && !x.continuum()).findFirst().orElseThrow();
        assertTrue(pool.intuitiveCriterion());
        assertFalse(pool.d1());
        assertEquals(q(3, 10), pool.exactOutcomes().get(TwoTypeOutcome.ESCALATION));
    }

    @Test
    void priorAboveThresholdUsShiftsWithoutSignals() {
        // π = 3/5 > μ* = 1/2 → nobody signals, the US shifts anyway
        CrisisResult r = solve(coercion(q(3, 5), 1, 3), CrisisTemplate.COERCION);
        CrisisEquilibrium e = r.selectedEquilibrium();
        assertTrue(pooling(e, false), e.toString());
        assertEquals(Rational.ONE, e.exactOutcomes().get(TwoTypeOutcome.DEAL));
        assertTrue(e.d1());
        // not in §5.3's list: an isolated semi-separating PBE also exists here (both messages on the path, so every
        // refinement keeps it): H signals w.p. 1/3, the US shifts after a signal and mixes 1/2 after none
        // (posterior exactly μ* = 1/2); P(deal) = 3/5, P(escalation) = 1/5. The selection prefers the pooling one,
        // which both types of challenger like better.
        CrisisEquilibrium semi = only(r.equilibria(), SignalingGameTest::semiSeparating, "semi-separating");
        assertEquals(q(1, 3), semi.profile().exactProbability(0, 0, 0));
        assertEquals(q(1, 2), semi.profile().exactProbability(1, 1, 0));
        assertEquals(q(3, 5), semi.exactOutcomes().get(TwoTypeOutcome.DEAL));
        assertEquals(q(1, 5), semi.exactOutcomes().get(TwoTypeOutcome.ESCALATION));
        assertTrue(semi.d1() && !semi.continuum());
    }

    @Test
    void costlySignalTooExpensiveNobodySignalsUsHolds() {
        // π = 3/10, k_H = 3, k_L = 6 → no signals, US holds: H escalates, L backs down
        CrisisResult r = solve(coercion(q(3, 10), 3, 6), CrisisTemplate.COERCION);
        CrisisEquilibrium e = r.selectedEquilibrium();
        assertTrue(pooling(e, false), e.toString());
        assertEquals(q(3, 10), e.exactOutcomes().get(TwoTypeOutcome.ESCALATION));
        assertEquals(q(7, 10), e.exactOutcomes().get(TwoTypeOutcome.STATUS_QUO));
        assertEquals(Rational.ZERO, e.exactOutcomes().get(TwoTypeOutcome.DEAL));
        assertTrue(e.d1() && e.intuitiveCriterion());
        assertTrue(r.equilibria().stream().noneMatch(x -> x.signaling().pattern() == SenderPattern.SEPARATING));
    }

    @Test
    void tyingHandsWithModestAudienceCost() {
        // a = 3: r = 3/8, P(deal) = 9/40, P(escalation) = 3/16, P(bluff called) = 3/16
        CrisisResult r = solve(tyingHands(3), CrisisTemplate.TYING_HANDS);
        CrisisEquilibrium e = r.selectedEquilibrium();
        assertTrue(semiSeparating(e), e.toString());
        assertEquals(q(3, 7), e.profile().exactProbability(0, 1, 0));
        assertEquals(q(3, 8), e.profile().exactProbability(1, 0, 0));
        assertEquals(q(9, 40), e.exactOutcomes().get(TwoTypeOutcome.DEAL));
        assertEquals(q(3, 16), e.exactOutcomes().get(TwoTypeOutcome.ESCALATION));
        assertEquals(q(3, 16), e.exactOutcomes().get(TwoTypeOutcome.BLUFF_CALLED));
        assertEquals(q(4, 10), e.exactOutcomes().get(TwoTypeOutcome.STATUS_QUO)); // L, no commitment, backs down
    }

    @Test
    void tyingHandsWithLargeAudienceCostCommitmentWorks() {
        // a = 7 ≥ V_B^L − V_E^L = 6: committing turns the irresolute type into an escalator; both commit, US shifts
        CrisisResult r = solve(tyingHands(7), CrisisTemplate.TYING_HANDS);
        assertEquals(Rational.ONE, r.selectedEquilibrium().exactOutcomes().get(TwoTypeOutcome.DEAL));
        CrisisEquilibrium pool = r.equilibria().stream().filter(x -> pooling(x, true)
                && !x.continuum() && x.profile().exactProbability(1, 1, 0).isZero()).findFirst().orElseThrow();
        assertEquals(Rational.ONE, pool.exactOutcomes().get(TwoTypeOutcome.DEAL));
        assertEquals(q(3, 10), pool.beliefs().get(0).low()); // commitment tells the US nothing, yet it shifts
        assertTrue(pool.d1());
        // every equilibrium that survives D1 ends in a deal: commitment works
        for (CrisisEquilibrium x : r.equilibria()) {
            if (x.d1()) {
                assertEquals(Rational.ONE, x.exactOutcomes().get(TwoTypeOutcome.DEAL), x.toString());
            }
        }
    }

    @Test
    void screeningThresholdOfSection52() {
        // §5.2 two-type screening: the US changes stance iff π > π* = (w_H − w_L)/(1 − w_L − d_P) = 3/4 with
        // w_H = 1/2, w_L = 1/5, d_P = 2/5. As this game: shift gives 1 − w_H, hold gives 1 − w_L against the
        // irresolute type (who accepts) and d_P against the resolved (breakdown); no signal is affordable.
        for (Rational pi : List.of(q(2, 5), q(3, 4), q(4, 5))) {
            TwoTypeCrisis c = new TwoTypeCrisis(pi, q(1, 2), q(2, 5), q(4, 5), q(1, 2), q(0, 1), q(-1, 1), q(1, 5),
                    q(-1, 1), q(10, 1), q(10, 1), Rational.ZERO);
            assertEquals(q(3, 4), c.muStar());
            CrisisResult r = solve(c, CrisisTemplate.COERCION);
            CrisisEquilibrium e = r.selectedEquilibrium();
            Rational deal = e.exactOutcomes().get(TwoTypeOutcome.DEAL);
            if (pi.compareTo(q(3, 4)) > 0) {
                assertEquals(Rational.ONE, deal, "π = 4/5: small deal");
            } else if (pi.equals(q(2, 5))) {
                assertEquals(Rational.ZERO, deal, "π = 2/5: hold");
                assertEquals(pi, e.exactOutcomes().get(TwoTypeOutcome.ESCALATION), "breakdown probability = π");
            }
        }
    }
}
