package org.parley.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.games.numeric.Rational;

class BehaviorProfileValuesTest {
    private static Rational q(long p, long d) {
        return Rational.of(p, d);
    }

    /**
     * Chance picks L (1/4) or R (3/4); player 1 then plays x or y (one information set per branch); player 2 moves
     * after y without seeing the branch (one set with two members) and plays u or v. Payoffs (player 1, player 2):
     * L·x (1, 0), L·y·u (2, 4), L·y·v (0, 0), R·x (0, 1), R·y·u (4, 0), R·y·v (8, 2).
     */
    static ExtensiveGame game() {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("values").players(List.of("1", "2"));
        var c = b.root().chance(1, "", List.of("L", "R"), List.of(q(1, 4), q(3, 4)));
        long[][] pay = {{1, 0, 2, 4, 0, 0}, {0, 1, 4, 0, 8, 2}};
        for (int k = 0; k < 2; k++) {
            var p1 = c.get(k).personal(0, k + 1, "", List.of("x", "y"));
            p1.get(0).outcome(b.addOutcome("", q(pay[k][0], 1), q(pay[k][1], 1)));
            var p2 = p1.get(1).personal(1, 1, "", List.of("u", "v"));
            p2.get(0).outcome(b.addOutcome("", q(pay[k][2], 1), q(pay[k][3], 1)));
            p2.get(1).outcome(b.addOutcome("", q(pay[k][4], 1), q(pay[k][5], 1)));
        }
        return b.build();
    }

    @Test
    void realizationBeliefsAndValuesByHand() {
        ExtensiveGame g = game();
        // player 1: y w.p. 1/2 after L, 1 after R; player 2: u w.p. 1/3
        MixedBehaviorProfile p = MixedBehaviorProfile.ofExactFlat(g, List.of(q(1, 2), q(1, 2), Rational.ZERO, Rational.ONE,
                q(1, 3), q(2, 3)));
        BehaviorProfileValues v = BehaviorProfileValues.of(p);
        Infoset h2 = g.infosets(1).get(0);
        Node afterLy = h2.members().get(0), afterRy = h2.members().get(1);
        assertEquals(q(1, 8), v.exactRealizationProbability(afterLy));
        assertEquals(q(3, 4), v.exactRealizationProbability(afterRy));
        assertEquals(q(7, 8), v.exactInfosetProbability(h2));
        assertEquals(q(1, 7), v.exactBelief(afterLy).orElseThrow());   // (1/8) / (7/8)
        assertEquals(q(6, 7), v.exactBelief(afterRy).orElseThrow());
        // player 2's value after L·y: 1/3·4 + 2/3·0 = 4/3; after R·y: 1/3·0 + 2/3·2 = 4/3
        assertEquals(q(4, 3), v.exactNodeValue(afterLy, 1));
        // action values of player 2 under the Bayes belief: u = 1/7·4 + 6/7·0 = 4/7; v = 1/7·0 + 6/7·2 = 12/7
        Action u = h2.action(0), vv = h2.action(1);
        List<Rational> belief = List.of(q(1, 7), q(6, 7));
        assertEquals(q(4, 7), v.exactActionValue(u, belief));
        assertEquals(q(12, 7), v.exactActionValue(vv, belief));
        // root value for player 1: 1/4 (1/2·1 + 1/2·(1/3·2)) + 3/4 (1/3·4 + 2/3·8) = 1/4·(5/6) + 3/4·(20/3) = 5/24 + 5 = 125/24
        assertEquals(q(125, 24), v.exactNodeValue(g.root(), 0));
        assertEquals(125 / 24.0, v.nodeValue(g.root(), 0), 1e-15);
        assertEquals(7 / 8.0, v.infosetProbability(h2), 1e-15);
        assertEquals(12 / 7.0, v.actionValue(vv, new double[] {1 / 7.0, 6 / 7.0}), 1e-15);
    }

    @Test
    void unreachedSetsHaveNoBayesBeliefAndDoubleProfilesNoExactValues() {
        ExtensiveGame g = game();
        MixedBehaviorProfile p = MixedBehaviorProfile.ofExactFlat(g, List.of(Rational.ONE, Rational.ZERO, Rational.ONE,
                Rational.ZERO, q(1, 2), q(1, 2)));
        BehaviorProfileValues v = BehaviorProfileValues.of(p);
        Node afterLy = g.infosets(1).get(0).members().get(0);
        assertTrue(v.exactBelief(afterLy).isEmpty());
        BehaviorProfileValues d = BehaviorProfileValues.of(p.toDouble());
        assertThrows(IllegalStateException.class, () -> d.exactRealizationProbability(afterLy));
        assertEquals(0.0, d.realizationProbability(afterLy));
        assertThrows(ForeignObjectException.class, () -> v.realizationProbability(TestGames.e04().root()));
        assertThrows(IllegalArgumentException.class, () -> v.exactActionValue(g.infosets(1).get(0).action(0), List.of(Rational.ONE)));
    }
}
