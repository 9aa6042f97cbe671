package org.parley.games.solve.bimatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.games.solve.bimatrix.Games.profile;
import static org.parley.games.solve.bimatrix.Games.set;
import static org.parley.games.solve.bimatrix.Games.v;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.games.solve.lp.PivotLimitException;

class ExtremeEquilibriumEnumeratorTest {
    private final ExtremeEquilibriumEnumerator solver = new ExtremeEquilibriumEnumerator();

    private BimatrixResult solve(Bimatrix g) {
        BimatrixResult r = solver.solve(g, ExtremeEquilibriumEnumerator.Options.defaults());
        assertTrue(r.isVerified(), "every extreme equilibrium has zero regret");
        assertEquals(BimatrixMethod.ENUMMIXED, r.method());
        return r;
    }

    @Test
    void matchingPenniesHasOnlyTheUniformEquilibrium() {
        assertEquals(Set.of(profile(v("1/2", "1/2"), v("1/2", "1/2"))), set(solve(Games.MATCHING_PENNIES)));
    }

    @Test
    void battleOfTheSexesHasThreeEquilibria() {
        assertEquals(Set.of(profile(v("1", "0"), v("1", "0")), profile(v("0", "1"), v("0", "1")),
                profile(v("2/3", "1/3"), v("1/3", "2/3"))), set(solve(Games.BATTLE_OF_THE_SEXES)));
    }

    @Test
    void rockPaperScissorsIsUniform() {
        assertEquals(Set.of(profile(v("1/3", "1/3", "1/3"), v("1/3", "1/3", "1/3"))),
                set(solve(Games.ROCK_PAPER_SCISSORS)));
    }

    @Test
    void weightedRpsHasTheHandSolvedUniqueEquilibrium() {
        BimatrixResult r = solve(Games.WEIGHTED_RPS);
        assertEquals(Set.of(profile(v("1/4", "5/12", "1/3"), v("1/3", "5/12", "1/4"))), set(r));
        assertEquals(v("1/12").get(0), r.equilibria().get(0).rowPayoff());
    }

    @Test
    void vonStengelNondegenerateExample() {
        // von Stengel (2002), Handbook of Game Theory vol. 3, §3: three equilibria
        assertEquals(Set.of(profile(v("1", "0", "0"), v("1", "0")), profile(v("4/5", "1/5", "0"), v("2/3", "1/3")),
                profile(v("0", "1/3", "2/3"), v("1/3", "2/3"))), set(solve(Games.VON_STENGEL)));
    }

    @Test
    void degenerateGameListsBothEndpointsOfTheContinuum() {
        // x = (1,0,0) with any y1 in [2/3, 1] is an equilibrium (solved by hand); extreme points
        // are its two endpoints plus the isolated mixed equilibrium
        ExtremeEquilibriumEnumerator.EnumerationResult r = solver.enumerate(Games.VON_STENGEL_DEGENERATE,
                new ExtremeEquilibriumEnumerator.Options(1000, true));
        assertEquals(Set.of(profile(v("1", "0", "0"), v("1", "0")), profile(v("1", "0", "0"), v("2/3", "1/3")),
                profile(v("0", "1/3", "2/3"), v("1/3", "2/3"))), set(r.result()));
        // two maximal Nash subsets: the segment and the isolated point
        assertEquals(2, r.maximalSubsets().size());
        assertTrue(r.maximalSubsets().stream().anyMatch(s -> s.rowVertices().size() == 1
                && s.columnVertices().size() == 2));
    }

    @Test
    void allZeroGameHasFourExtremeEquilibriaInOneSubset() {
        Bimatrix zero = Bimatrix.ofLongs(new long[2][2], new long[2][2]);
        ExtremeEquilibriumEnumerator.EnumerationResult r = solver.enumerate(zero,
                new ExtremeEquilibriumEnumerator.Options(1000, true));
        assertEquals(4, r.result().equilibria().size());
        assertEquals(List.of(new ExtremeEquilibriumEnumerator.MaximalSubset(List.of(0, 1), List.of(0, 1))),
                r.maximalSubsets());
    }

    @Test
    void basisBudgetIsADistinctOutcome() {
        Bimatrix zero = Bimatrix.ofLongs(new long[3][3], new long[3][3]);
        assertThrows(PivotLimitException.class,
                () -> solver.solve(zero, new ExtremeEquilibriumEnumerator.Options(2, false)));
    }

    @Test
    void optionsRejectNonPositiveBudget() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExtremeEquilibriumEnumerator.Options(0, false));
        assertTrue(e.getMessage().contains("maxBases"));
    }
}
