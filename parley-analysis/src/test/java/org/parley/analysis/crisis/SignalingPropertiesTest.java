package org.parley.analysis.crisis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parley.games.numeric.Rational;
import org.parley.scenario.CrisisTemplate;

/** Seeded random two-type crises checked by structural verifiers and against the closed forms of §5.3. */
class SignalingPropertiesTest {
    private static Rational r(SplittableRandom rnd, int lo, int hi) {
        return Rational.of(rnd.nextInt(lo, hi), rnd.nextInt(1, 5));
    }

    @Property(tries = 60)
    void everyReportedEquilibriumIsVerifiedAndAProbabilityDistribution(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        TwoTypeCrisis c = new TwoTypeCrisis(Rational.of(rnd.nextInt(1, 20), 20), r(rnd, -10, 10), r(rnd, -10, 10),
                r(rnd, -10, 10), r(rnd, -10, 10), r(rnd, -10, 10), r(rnd, -10, 10), r(rnd, -10, 10), r(rnd, -10, 10),
                r(rnd, 0, 6), r(rnd, 0, 6), r(rnd, 0, 6));
        CrisisTemplate t = rnd.nextBoolean() ? CrisisTemplate.COERCION : CrisisTemplate.TYING_HANDS;
        CrisisResult res = SignalingGame.solve(c, t, "C", "D");
        assertFalse(res.equilibria().isEmpty());
        for (CrisisEquilibrium e : res.equilibria()) {
            assertTrue(e.isVerified(), () -> e.toString());
            assertEquals(Rational.ONE, e.exactOutcomes().values().stream().reduce(Rational.ZERO, Rational::add));
            for (Belief b : e.beliefs()) {
                assertTrue(b.low().signum() >= 0 && b.high().compareTo(Rational.ONE) <= 0);
            }
        }
    }

    @Property(tries = 60)
    void semiSeparatingClosedFormIsAmongTheEquilibria(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        // §5.3: pi <= mu*, k_H <= G_H, k_L < G_L, r G_H >= k_H → q = pi(1 − mu*)/((1 − pi) mu*), r = k_L / G_L
        SplittableRandom rnd = new SplittableRandom(seed);
        Rational uE = Rational.of(rnd.nextInt(-5, 3)), uS = uE.add(Rational.of(rnd.nextInt(1, 6)));
        Rational uB = uS.add(Rational.of(rnd.nextInt(1, 6)));
        Rational muStar = uB.subtract(uS).divide(uB.subtract(uE));
        Rational pi = muStar.multiply(Rational.of(rnd.nextInt(1, 10), 10));
        Rational vS = Rational.of(rnd.nextInt(2, 8)), vEH = vS.subtract(Rational.of(rnd.nextInt(1, 4)));
        Rational vBL = vS.subtract(Rational.of(rnd.nextInt(2, 6)));
        Rational gH = vS.subtract(vEH), gL = vS.subtract(vBL);
        Rational kL = gL.multiply(Rational.of(rnd.nextInt(1, 10), 10));
        Rational rr = kL.divide(gL);
        Rational kH = rr.multiply(gH).multiply(Rational.of(rnd.nextInt(0, 10), 10)); // r G_H >= k_H
        TwoTypeCrisis c = new TwoTypeCrisis(pi, uS, uE, uB, vS, vEH, vEH.subtract(Rational.ONE), vBL,
                vBL.subtract(Rational.ONE), kH, kL, Rational.ZERO);
        Rational q = pi.multiply(Rational.ONE.subtract(muStar)).divide(Rational.ONE.subtract(pi).multiply(muStar));
        CrisisResult res = SignalingGame.solve(c, CrisisTemplate.COERCION, "C", "D");
        boolean found = res.equilibria().stream().anyMatch(e -> e.profile().exactProbability(0, 0, 0).equals(Rational.ONE)
                && e.profile().exactProbability(0, 1, 0).equals(q) && e.profile().exactProbability(1, 0, 0).equals(rr)
                && e.exactOutcomes().get(TwoTypeOutcome.DEAL).equals(pi.add(Rational.ONE.subtract(pi).multiply(q)).multiply(rr))
                && e.exactOutcomes().get(TwoTypeOutcome.ESCALATION).equals(pi.multiply(Rational.ONE.subtract(rr))));
        if (q.compareTo(Rational.ONE) < 0) { // q = 1 is pooling on the signal, a different support pattern
            assertTrue(found, () -> "q = " + q + ", r = " + rr + " not among " + res.equilibria());
        }
    }
}
