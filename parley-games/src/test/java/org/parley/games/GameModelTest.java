package org.parley.games;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.games.TestGames.r;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.games.numeric.Rational;

class GameModelTest {

    @Test
    void strategicGameCellsFollowGambitOrder() {
        StrategicGame g = TestGames.matchingPennies();
        assertArrayEquals(new int[] {2, 2}, g.shape());
        assertEquals(1, g.cellIndex(new int[] {1, 0}));
        assertEquals(2, g.cellIndex(new int[] {0, 1}));
        assertArrayEquals(new int[] {1, 1}, g.profileOf(3));
        assertEquals(-1.0, g.payoff(0, new int[] {1, 0}));
        assertEquals(r(1), g.exactPayoff(1, new int[] {1, 0}));
        assertArrayEquals(new double[] {1, -1, -1, 1}, g.payoffTable(0));
        assertTrue(g.type().zeroSum());
        assertEquals(GameType.Form.TABLE, g.type().form());
        assertEquals("T", g.strategy(1, 1).label());
    }

    @Test
    void outcomeVersionDerivesPayoffs() {
        StrategicGame.Builder b = StrategicGame.builder().player("A", 2).player("B", 1);
        int o = b.addOutcome("win", Rational.of(1, 2), r(3));
        b.cellOutcome(1, o);
        StrategicGame g = b.build();
        assertTrue(g.hasOutcomes());
        assertEquals(-1, g.outcomeIndex(0));
        assertEquals(Rational.of(1, 2), g.exactPayoff(0, 1));
        assertEquals(Rational.ZERO, g.exactPayoff(1, 0));
        assertFalse(g.type().constantSum());
    }

    @Test
    void builderRejectsBadInput() {
        var b = StrategicGame.builder().player("A", 2).player("B", 2);
        assertThrows(InvalidGameException.class, () -> b.payoffs(new int[] {0, 2}, r(1), r(1)));
        assertThrows(InvalidGameException.class, () -> b.payoffs(new int[] {0, 1}, r(1)));
        var e = ExtensiveGame.builder().player("A");
        assertThrows(InvalidGameException.class, () -> e.root().chance(1, "", List.of("x", "y"), List.of(Rational.of(1, 2), Rational.of(1, 3))));
        assertThrows(InvalidGameException.class, () -> e.root().personal(1, 1, "", List.of("x")));
    }

    @Test
    void foreignObjectsAreRejected() {
        StrategicGame g = TestGames.matchingPennies();
        StrategicGame h = TestGames.matchingPennies();
        assertEquals(g, h); // structurally equal...
        assertThrows(ForeignObjectException.class, () -> g.strategies(h.player(0))); // ...but objects are owned
        MixedStrategyProfile p = MixedStrategyProfile.uniform(h, Arithmetic.EXACT);
        assertThrows(ForeignObjectException.class, () -> p.probability(g.strategy(0, 0)));
    }

    @Test
    void extensiveGameStructure() {
        ExtensiveGame g = TestGames.e04();
        assertEquals(8, g.nodes().size());
        assertEquals(5, g.terminals().size());
        assertEquals(1, g.infosets(1).size());
        assertEquals(2, g.infosets(1).get(0).members().size());
        assertTrue(g.perfectRecall());
        assertFalse(g.type().perfectInformation());
        assertFalse(g.type().hasChance());
        Node t = g.root().children().get(2).children().get(1);
        assertEquals(r(3), g.exactPayoff(t, 0));
        assertEquals(g.root(), t.parent().parent());
        assertEquals("L", t.priorAction().label());
    }

    @Test
    void outcomesAlongThePathAdd() {
        var b = ExtensiveGame.builder().player("A");
        int o = b.addOutcome("fee", r(-1));
        int w = b.addOutcome("win", r(5));
        var kids = b.root().outcome(o).personal(0, 1, "", List.of("x", "y"));
        kids.get(0).outcome(w);
        ExtensiveGame g = b.build();
        assertEquals(r(4), g.exactPayoff(g.terminals().get(0), 0));
        assertEquals(r(-1), g.exactPayoff(g.terminals().get(1), 0));
    }

    @Test
    void imperfectRecallIsDetected() {
        // the player forgets his first move: both second-stage nodes in one information set after different own actions
        var b = ExtensiveGame.builder().player("A");
        var k = b.root().personal(0, 1, "", List.of("l", "r"));
        k.get(0).personal(0, 2, "", List.of("a", "b"));
        k.get(1).personal(0, 2, null, null);
        assertFalse(b.build().perfectRecall());
    }

    @Test
    void reducedStrategicFormAndRealizationEquivalence() {
        ExtensiveGame g = TestGames.e04();
        ReducedStrategicForm rsf = g.reducedStrategicForm();
        StrategicGame s = rsf.strategicGame();
        assertArrayEquals(new int[] {3, 2}, s.shape());
        assertEquals(List.of("1", "2", "3"), s.strategies(0).stream().map(Strategy::label).toList());
        assertEquals(r(-2), s.exactPayoff(0, new int[] {2, 0}));
        MixedStrategyProfile m = MixedStrategyProfile.ofExactFlat(s, List.of(r(1), r(0), r(0), Rational.of(3, 5), Rational.of(2, 5)));
        MixedBehaviorProfile b = rsf.toBehavior(m);
        assertEquals(m.toFlatExact(), b.toFlatExact());
        assertEquals(m, rsf.toMixed(b));
    }

    @Test
    void reducedFormOmitsUnreachableInformationSets() {
        // player 1 moves twice; his second information set only follows "in"
        var b = ExtensiveGame.builder().players(List.of("A", "B"));
        int z = b.addOutcome("z", r(0), r(0));
        var k = b.root().personal(0, 1, "", List.of("out", "in"));
        k.get(0).outcome(z);
        var k2 = k.get(1).personal(1, 1, "", List.of("l", "r"));
        k2.get(0).personal(0, 2, "", List.of("u", "d"));
        k2.get(1).personal(0, 2, null, null);
        ExtensiveGame g = b.build();
        ReducedStrategicForm rsf = g.reducedStrategicForm();
        assertEquals(List.of("1*", "21", "22"), rsf.strategicGame().strategies(0).stream().map(Strategy::label).toList());
        assertArrayEquals(new int[] {0, -1}, rsf.plan(0, 0));
        MixedStrategyProfile pure = MixedStrategyProfile.pure(rsf.strategicGame(), new int[] {0, 1});
        // Gambit's convention: zeros at an information set the player's own choices exclude
        assertEquals(List.of(r(1), r(0), r(0), r(0), r(0), r(1)), rsf.toBehavior(pure).toFlatExact());
    }

    @Test
    void hashIgnoresIdentityButNotContent() {
        assertEquals(TestGames.e04().hash(), TestGames.e04().hash());
        assertNotEquals(TestGames.e04().hash(), TestGames.matchingPennies().hash());
        assertEquals(64, TestGames.e04().hash().length());
    }
}
