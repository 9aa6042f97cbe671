package org.parley.games;

import java.util.List;
import org.parley.games.numeric.Rational;

/** Small hand-built games shared by the tests. */
public final class TestGames {
    private TestGames() {
    }

    public static Rational r(long p) {
        return Rational.of(p);
    }

    /** Matching pennies: unique equilibrium (1/2, 1/2) for both. */
    public static StrategicGame matchingPennies() {
        StrategicGame.Builder b = StrategicGame.builder().title("MP").player("P1", List.of("H", "T")).player("P2", List.of("H", "T"));
        b.payoffs(new int[] {0, 0}, r(1), r(-1)).payoffs(new int[] {1, 0}, r(-1), r(1))
                .payoffs(new int[] {0, 1}, r(-1), r(1)).payoffs(new int[] {1, 1}, r(1), r(-1));
        return b.build();
    }

    /**
     * Kreps–Wilson e04 tree (Gambit catalogue): player 1 chooses A (0,0), R or L; player 2, not seeing
     * which of R/L, chooses R or L. Pure equilibria (A,R) and (L,L); a mixed one (A, 3/5 R).
     */
    public static ExtensiveGame e04() {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("e04").players(List.of("Player 1", "Player 2"));
        int o1 = b.addOutcome("Outcome 1", r(0), r(0));
        int o2 = b.addOutcome("Outcome 2", r(-1), r(2));
        int o3 = b.addOutcome("Outcome 3", r(-1), r(0));
        int o4 = b.addOutcome("Outcome 4", r(-2), r(-2));
        int o5 = b.addOutcome("Outcome 5", r(3), r(-1));
        var k = b.root().personal(0, 1, "(1,1)", List.of("A", "R", "L"));
        k.get(0).outcome(o1);
        var k2 = k.get(1).personal(1, 1, "(2,1)", List.of("R", "L"));
        k2.get(0).outcome(o2);
        k2.get(1).outcome(o3);
        var k3 = k.get(2).personal(1, 1, null, null);
        k3.get(0).outcome(o4);
        k3.get(1).outcome(o5);
        return b.build();
    }
}
