package org.parley.games.solve.bimatrix;

import org.parley.games.Arithmetic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.games.solve.bimatrix.Games.profile;
import static org.parley.games.solve.bimatrix.Games.set;
import static org.parley.games.solve.bimatrix.Games.v;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LemkeHowsonTest {
    private final LemkeHowson lh = new LemkeHowson();

    @Test
    void singlePathsOnVonStengelExampleReachTheKnownEquilibria() {
        // every label ends at one of the three equilibria; label 1 traced by hand: x1 enters,
        // column 1's constraint binds first (ratio 1/4 < 1/3), then y1 enters and row 1's
        // constraint binds first, so the path ends at ((1,0,0),(1,0)) after 2 pivots
        Set<?> all = set(new ExtremeEquilibriumEnumerator().solve(Games.VON_STENGEL,
                ExtremeEquilibriumEnumerator.Options.defaults()));
        for (int k = 1; k <= 5; k++) {
            BimatrixResult r = lh.solve(Games.VON_STENGEL, LemkeHowson.Options.singlePath(k));
            assertEquals(1, r.equilibria().size());
            assertTrue(r.isVerified());
            assertTrue(all.containsAll(set(r)), "label " + k);
        }
        BimatrixResult one = lh.solve(Games.VON_STENGEL, LemkeHowson.Options.singlePath(1));
        assertEquals(Set.of(profile(v("1", "0", "0"), v("1", "0"))), set(one));
        assertEquals(2, one.pivots());
    }

    @Test
    void reachableSetOfBattleOfTheSexesIsAllThree() {
        BimatrixResult r = lh.solve(Games.BATTLE_OF_THE_SEXES, LemkeHowson.Options.defaults());
        assertEquals(3, r.equilibria().size());
        assertTrue(r.isVerified());
        assertTrue(r.pivots() > 0 && r.paths() >= 4);
    }

    @Test
    void matchingPenniesAndRps() {
        assertEquals(Set.of(profile(v("1/2", "1/2"), v("1/2", "1/2"))),
                set(lh.solve(Games.MATCHING_PENNIES, LemkeHowson.Options.defaults())));
        assertEquals(Set.of(profile(v("1/3", "1/3", "1/3"), v("1/3", "1/3", "1/3"))),
                set(lh.solve(Games.ROCK_PAPER_SCISSORS, LemkeHowson.Options.defaults())));
        assertEquals(Set.of(profile(v("1/4", "5/12", "1/3"), v("1/3", "5/12", "1/4"))),
                set(lh.solve(Games.WEIGHTED_RPS, LemkeHowson.Options.singlePath(2))));
    }

    @Test
    void degenerateAllZeroGameResolvesLikeGambit() {
        // Gambit's lcp reports the first pure profile for the all-zero game (expected/zero.nfg.lcp.txt)
        Bimatrix zero = Bimatrix.ofLongs(new long[2][2], new long[2][2]);
        assertEquals(Set.of(profile(v("1", "0"), v("1", "0"))), set(lh.solve(zero, LemkeHowson.Options.defaults())));
    }

    @Test
    void doubleArithmeticAgreesWithExactAndIsCertified() {
        for (Bimatrix g : new Bimatrix[] {Games.VON_STENGEL, Games.VON_STENGEL_DEGENERATE, Games.BATTLE_OF_THE_SEXES,
                Games.WEIGHTED_RPS}) {
            BimatrixResult exact = lh.solve(g, LemkeHowson.Options.defaults());
            BimatrixResult dbl = lh.solve(g, LemkeHowson.Options.defaults().withArithmetic(Arithmetic.DOUBLE));
            assertEquals(set(exact), set(dbl));
            assertTrue(dbl.isVerified());
        }
    }

    @Test
    void startLabelOutOfRangeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> lh.solve(Games.MATCHING_PENNIES, LemkeHowson.Options.singlePath(5)));
        assertTrue(e.getMessage().contains("startLabel"));
        assertThrows(IllegalArgumentException.class, () -> LemkeHowson.Options.singlePath(0));
    }
}
