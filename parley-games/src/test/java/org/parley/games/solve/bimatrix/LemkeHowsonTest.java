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

    @Test
    void reachableSetOnRandomGamesContainsEveryPathEndAndOnlyExtremeEquilibria() {
        // the closure is built from bases alone (tableaus rebuilt per node): it must still contain the
        // end of every path from the artificial equilibrium and lie inside the extreme equilibria
        for (long seed = 1; seed <= 6; seed++) {
            Bimatrix g = ReverseSearchEquilibriumEnumeratorTest.uniform(6 + (int) seed % 3, 7, seed);
            BimatrixResult all = lh.solve(g, LemkeHowson.Options.defaults());
            assertTrue(all.isVerified());
            Set<?> reachable = set(all);
            assertEquals(all.equilibria().size(), reachable.size(), "no duplicates");
            for (int k = 1; k <= g.rows() + g.columns(); k++) {
                assertTrue(reachable.containsAll(set(lh.solve(g, LemkeHowson.Options.singlePath(k)))), "label " + k);
            }
            assertTrue(set(new ReverseSearchEquilibriumEnumerator().solve(g,
                    ReverseSearchEquilibriumEnumerator.Options.defaults())).containsAll(reachable));
        }
    }

    @Test
    void rebuildingATableauFromItsBasisGivesTheSameEntries() {
        Bimatrix g = ReverseSearchEquilibriumEnumeratorTest.uniform(5, 6, 3L);
        org.parley.games.solve.lp.IntegerTableau p0 = Polytopes.rowPlayerTableau(g);
        org.parley.games.solve.lp.IntegerTableau q0 = Polytopes.columnPlayerTableau(g);
        org.parley.games.solve.lp.IntegerTableau p = p0.copy();
        org.parley.games.solve.lp.IntegerTableau q = q0.copy();
        // follow a path by hand for a few pivots, then rebuild both tableaus from their bases
        int[] lexP = Polytopes.range(5, 11);
        int[] lexQ = Polytopes.range(0, 5);
        int entering = 0;
        boolean inP = true;
        for (int step = 0; step < 4; step++) {
            org.parley.games.solve.lp.IntegerTableau t = inP ? p : q;
            int r = t.lexRatioRowNegativePerturbation(entering, inP ? lexP : lexQ);
            entering = t.pivot(r, entering);
            inP = !inP;
        }
        for (org.parley.games.solve.lp.IntegerTableau[] pair : new org.parley.games.solve.lp.IntegerTableau[][] {
                {p, p0}, {q, q0}}) {
            org.parley.games.solve.lp.IntegerTableau rebuilt = LemkeHowson.atBasis(pair[1], pair[0].basisCopy());
            assertEquals(pair[0].determinant(), rebuilt.determinant());
            for (int r = 0; r < pair[0].rows(); r++) {
                int row = rebuilt.rowOf(pair[0].basic(r));
                for (int j = 0; j <= pair[0].variables(); j++) assertEquals(pair[0].entry(r, j), rebuilt.entry(row, j));
            }
        }
    }
}
