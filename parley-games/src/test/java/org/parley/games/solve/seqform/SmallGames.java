package org.parley.games.solve.seqform;

import java.util.List;
import org.parley.games.ExtensiveGame;
import org.parley.games.numeric.Rational;

/** Tiny hand-built trees with known sequence forms or known defects. */
final class SmallGames {
    private SmallGames() {
    }

    static Rational r(long p) {
        return Rational.of(p);
    }

    /**
     * Player 1 chooses L or R. After L chance draws H (1/3) or T (2/3): payoffs (4,0) and (1,3). After R player 2
     * chooses l (2,1) or r (0,2). Sequences: P1 {∅, L, R}, P2 {∅, l, r}. Sequence-form A: A[L][∅] = 4/3 + 2/3 = 2,
     * A[R][l] = 2, A[R][r] = 0; B[L][∅] = 0 + 2 = 2, B[R][l] = 1, B[R][r] = 2. In every equilibrium player 1 plays L (2 against at most 2, strictly
     * better unless player 2 plays l for sure); player 2's choice is off the path (subgame-perfect: r).
     */
    static ExtensiveGame lottery() {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("lottery").players(List.of("1", "2"));
        var k = b.root().personal(0, 1, "", List.of("L", "R"));
        var c = k.get(0).chance(1, "", List.of("H", "T"), List.of(Rational.of(1, 3), Rational.of(2, 3)));
        c.get(0).outcome(b.addOutcome("", r(4), r(0)));
        c.get(1).outcome(b.addOutcome("", r(1), r(3)));
        var p2 = k.get(1).personal(1, 1, "", List.of("l", "r"));
        p2.get(0).outcome(b.addOutcome("", r(2), r(1)));
        p2.get(1).outcome(b.addOutcome("", r(0), r(2)));
        return b.build();
    }

    /** Player 1 moves twice and the second information set joins both results of his first move: imperfect recall. */
    static ExtensiveGame forgetful() {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("forgetful").players(List.of("1", "2"));
        var k = b.root().personal(0, 1, "", List.of("L", "R"));
        var a = k.get(0).personal(0, 2, "", List.of("l", "r"));
        var c = k.get(1).personal(0, 2, null, null);
        a.get(0).outcome(b.addOutcome("", r(1), r(0)));
        a.get(1).outcome(b.addOutcome("", r(0), r(1)));
        c.get(0).outcome(b.addOutcome("", r(0), r(1)));
        c.get(1).outcome(b.addOutcome("", r(1), r(0)));
        return b.build();
    }

    /** Three players in sequence: outside the two-player sequence form. */
    static ExtensiveGame threePlayers() {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("three").players(List.of("1", "2", "3"));
        var k = b.root().personal(0, 1, "", List.of("a", "b"));
        var m = k.get(0).personal(2, 1, "", List.of("c", "d"));
        k.get(1).outcome(b.addOutcome("", r(1), r(1), r(1)));
        m.get(0).outcome(b.addOutcome("", r(2), r(0), r(1)));
        m.get(1).outcome(b.addOutcome("", r(0), r(2), r(0)));
        return b.build();
    }

    /** Matching pennies as a tree: player 2 does not see player 1's coin. Zero-sum, value 0, unique equilibrium (1/2, 1/2). */
    static ExtensiveGame pennies() {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("pennies").players(List.of("1", "2"));
        var k = b.root().personal(0, 1, "", List.of("H", "T"));
        var a = k.get(0).personal(1, 1, "", List.of("H", "T"));
        var c = k.get(1).personal(1, 1, null, null);
        a.get(0).outcome(b.addOutcome("", r(1), r(-1)));
        a.get(1).outcome(b.addOutcome("", r(-1), r(1)));
        c.get(0).outcome(b.addOutcome("", r(-1), r(1)));
        c.get(1).outcome(b.addOutcome("", r(1), r(-1)));
        return b.build();
    }
}
