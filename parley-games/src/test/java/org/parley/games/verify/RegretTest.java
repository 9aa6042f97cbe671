package org.parley.games.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.games.TestGames.r;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.MixedStrategyProfile;
import org.parley.games.StrategicGame;
import org.parley.games.TestGames;
import org.parley.games.UnverifiedEquilibriumException;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.Equilibrium;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.NoOptions;
import org.parley.games.solve.Representation;

class RegretTest {
    private static final Rational HALF = Rational.of(1, 2);

    @Test
    void matchingPenniesExact() {
        StrategicGame g = TestGames.matchingPennies();
        MixedStrategyProfile eq = MixedStrategyProfile.uniform(g, Arithmetic.EXACT);
        Verification v = Regret.verify(eq, Tolerance.EXACT);
        assertTrue(v.verified());
        assertEquals(Rational.ZERO, v.exactMaxRegret());
        // pure (H,H): player 2 gains 2 by switching to T
        assertEquals(r(2), Regret.exactMaxRegret(MixedStrategyProfile.pure(g, new int[] {0, 0})));
        MixedStrategyProfile skew = MixedStrategyProfile.ofExactFlat(g, List.of(Rational.of(3, 4), Rational.of(1, 4), HALF, HALF));
        // P2: u(H)=-(3/4-1/4)=-1/2, u(T)=1/2, mix 0 -> regret 1/2
        assertEquals(HALF, Regret.exactMaxRegret(skew));
    }

    @Test
    void doubleToleranceAndDistributionCheck() {
        StrategicGame g = TestGames.matchingPennies();
        MixedStrategyProfile near = MixedStrategyProfile.ofDouble(g, new double[][] {{0.5 + 1e-12, 0.5 - 1e-12}, {0.5, 0.5}});
        assertTrue(Regret.verify(near, Tolerance.DEFAULT).verified());
        assertFalse(Regret.verify(near, Tolerance.of(0)).verified());
        MixedStrategyProfile notDistribution = MixedStrategyProfile.ofDouble(g, new double[][] {{0.5, 0.6}, {0.5, 0.5}});
        Verification v = Regret.verify(notDistribution, Tolerance.DEFAULT);
        assertFalse(v.verified());
        assertEquals(0.1, v.distributionError(), 1e-12);
    }

    @Test
    void behaviourRegretOnTree() {
        ExtensiveGame g = TestGames.e04();
        MixedBehaviorProfile eq = MixedBehaviorProfile.ofExactFlat(g, List.of(r(1), r(0), r(0), Rational.of(3, 5), Rational.of(2, 5)));
        assertTrue(Regret.verify(eq, Tolerance.EXACT).verified());
        // (A, L) is not an equilibrium: player 1 gets 3 by L instead of 0
        MixedBehaviorProfile al = MixedBehaviorProfile.ofExactFlat(g, List.of(r(1), r(0), r(0), r(0), r(1)));
        assertEquals(r(3), Regret.exactMaxRegret(al));
        assertEquals(List.of(r(0), r(0)), Regret.exactExpectedPayoffs(al));
        assertEquals(3.0, Regret.maxRegret(al), 0);
    }

    @Test
    void allZeroVectorsOnlyWhereOwnPlayExcludesTheInformationSet() {
        var b = ExtensiveGame.builder().players(List.of("A", "B"));
        int z = b.addOutcome("z", r(1), r(0));
        var k = b.root().personal(0, 1, "", List.of("out", "in"));
        k.get(0).outcome(z);
        var k2 = k.get(1).personal(1, 1, "", List.of("l", "r"));
        k2.get(0).personal(0, 2, "", List.of("u", "d"));
        k2.get(1).personal(0, 2, null, null);
        ExtensiveGame g = b.build();
        var ok = MixedBehaviorProfile.ofExactFlat(g, List.of(r(1), r(0), r(0), r(0), r(1), r(0)));
        assertEquals(Rational.ZERO, Regret.exactMaxRegret(ok));
        assertTrue(Regret.verify(ok, Tolerance.EXACT).verified());
        var bad = MixedBehaviorProfile.ofExactFlat(g, List.of(r(0), r(1), r(0), r(0), r(1), r(0)));
        assertFalse(Regret.verify(bad, Tolerance.EXACT).verified());
    }

    @Test
    void resultEnvelopeKeepsUnverifiedApart() {
        StrategicGame g = TestGames.matchingPennies();
        var good = MixedStrategyProfile.uniform(g, Arithmetic.EXACT);
        var bad = MixedStrategyProfile.pure(g, new int[] {0, 0});
        EquilibriumResult r = EquilibriumResult.of(g, "test", Arithmetic.EXACT, Representation.STRATEGIC, NoOptions.INSTANCE,
                List.of(good, bad), Tolerance.EXACT, new Diagnostics(0, Map.of()));
        assertEquals(1, r.equilibria().size());
        assertEquals(1, r.rejected().size());
        assertFalse(r.isVerified());
        assertEquals(g.hash(), r.gameHash());
        Equilibrium unverified = Equilibrium.check(bad, Tolerance.EXACT);
        assertThrows(UnverifiedEquilibriumException.class, () -> new EquilibriumResult(g, g.hash(), "test", Arithmetic.EXACT,
                Representation.STRATEGIC, NoOptions.INSTANCE, List.of(unverified), List.of(), Tolerance.EXACT, new Diagnostics(0, Map.of()),
                r.provenance()));
    }
}
