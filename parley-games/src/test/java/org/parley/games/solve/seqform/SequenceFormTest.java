package org.parley.games.solve.seqform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.games.ExtensiveGame;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.UnsupportedGameException;
import org.parley.games.numeric.Rational;
import org.parley.games.verify.Regret;

class SequenceFormTest {
    private static Rational q(long p, long d) {
        return Rational.of(p, d);
    }

    @Test
    void handComputedSequenceFormWithChance() {
        SequenceForm sf = SequenceForm.of(SmallGames.lottery());
        assertEquals(3, sf.numSequences(0));
        assertEquals(3, sf.numSequences(1));
        assertEquals(List.of("∅", "h1:a1", "h1:a2"), sf.sequenceNames(0));
        Rational z = Rational.ZERO;
        Rational o = Rational.ONE;
        assertArrayEquals(new Rational[][] {{o, z, z}, {o.negate(), o, o}}, sf.constraintMatrix(0));
        assertArrayEquals(new Rational[] {o, z}, sf.constraintRhs(0));
        // rows: P1 sequences ∅, L, R; columns: P2 sequences ∅, l, r
        assertArrayEquals(new Rational[][] {{z, z, z}, {q(2, 1), z, z}, {z, q(2, 1), z}}, sf.payoffMatrix(0));
        assertArrayEquals(new Rational[][] {{z, z, z}, {q(2, 1), z, z}, {z, q(1, 1), q(2, 1)}}, sf.payoffMatrix(1));
    }

    @Test
    void kuhnPokerSizes() {
        SequenceForm sf = SequenceForm.of(TreeFixtures.kuhnPoker());
        assertEquals(13, sf.numSequences(0));
        assertEquals(13, sf.numSequences(1));
        assertEquals(7, sf.numConstraints(0));
        // player 1's second information sets follow his "check" sequences
        for (int h = 3; h < 6; h++) {
            int parent = sf.parentSequence(0, h);
            assertEquals(h - 3, sf.infosetOf(0, parent));
            assertEquals(0, sf.actionOf(0, parent));
        }
    }

    @Test
    void refusesImperfectRecallAndThreePlayers() {
        UnsupportedGameException e = assertThrows(UnsupportedGameException.class, () -> SequenceForm.of(SmallGames.forgetful()));
        assertTrue(e.getMessage().contains("perfect recall"), e.getMessage());
        e = assertThrows(UnsupportedGameException.class, () -> SequenceForm.of(SmallGames.threePlayers()));
        assertTrue(e.getMessage().contains("two players"), e.getMessage());
    }

    /** xᵀAy and xᵀBy equal the behaviour profile's expected payoffs (chance folded in correctly), on random trees. */
    @Test
    void payoffsOfRealizationPlansMatchBehaviourPayoffs() {
        for (long seed = 1; seed <= 40; seed++) {
            ExtensiveGame g = TreeFixtures.randomTree(seed, 5, false);
            MixedBehaviorProfile b = randomProfile(g, new SplittableRandom(seed));
            SequenceForm sf = SequenceForm.of(g);
            List<Rational> x = sf.realizationPlan(b, 0);
            List<Rational> y = sf.realizationPlan(b, 1);
            assertTrue(sf.isRealizationPlan(0, x));
            assertTrue(sf.isRealizationPlan(1, y));
            List<Rational> u = Regret.exactExpectedPayoffs(b);
            assertEquals(u.get(0), sf.expectedPayoff(0, x, y), "seed " + seed);
            assertEquals(u.get(1), sf.expectedPayoff(1, x, y), "seed " + seed);
            // completely mixed: the behaviour profile is recovered exactly
            assertEquals(b, sf.toBehavior(x, y), "seed " + seed);
        }
    }

    @Test
    void unreachedInformationSetsGetTheCentroid() {
        ExtensiveGame g = TreeFixtures.kuhnPoker();
        SequenceForm sf = SequenceForm.of(g);
        // player 1 always bets: his "facing a bet after checking" sets are never reached by his own plan
        Rational[] x = new Rational[13];
        java.util.Arrays.fill(x, Rational.ZERO);
        x[0] = Rational.ONE;
        for (int h = 0; h < 3; h++) {
            x[sf.firstSequence(0, h) + 1] = Rational.ONE;
        }
        Rational[] y = new Rational[13];
        java.util.Arrays.fill(y, Rational.ZERO);
        y[0] = Rational.ONE;
        for (int h = 0; h < 6; h++) {
            y[sf.firstSequence(1, h)] = Rational.ONE;
        }
        MixedBehaviorProfile b = sf.toBehavior(List.of(x), List.of(y));
        for (Infoset h : g.infosets(0).subList(3, 6)) {
            assertEquals(q(1, 2), b.exactProbability(0, h.index(), 0));
            assertEquals(q(1, 2), b.exactProbability(0, h.index(), 1));
        }
        assertEquals(Rational.ONE, b.exactProbability(0, 0, 1));
        x[0] = Rational.of(2);
        assertFalse(sf.isRealizationPlan(0, List.of(x)));
        assertThrows(IllegalArgumentException.class, () -> sf.toBehavior(List.of(x), List.of(y)));
    }

    static MixedBehaviorProfile randomProfile(ExtensiveGame g, SplittableRandom rnd) {
        Rational[][][] p = new Rational[2][][];
        for (int i = 0; i < 2; i++) {
            List<Infoset> hs = g.infosets(i);
            p[i] = new Rational[hs.size()][];
            for (Infoset h : hs) {
                long[] w = new long[h.numActions()];
                long tot = 0;
                for (int a = 0; a < w.length; a++) {
                    w[a] = 1 + rnd.nextInt(5);
                    tot += w[a];
                }
                p[i][h.index()] = new Rational[w.length];
                for (int a = 0; a < w.length; a++) {
                    p[i][h.index()][a] = Rational.of(w[a], tot);
                }
            }
        }
        return MixedBehaviorProfile.ofExact(g, p);
    }
}
