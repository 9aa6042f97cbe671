package org.parley.games.solve.bimatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.games.solve.bimatrix.Games.profile;
import static org.parley.games.solve.bimatrix.Games.set;
import static org.parley.games.solve.bimatrix.Games.v;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.games.numeric.Rational;

class ZeroSumLpSolverTest {
    private final ZeroSumLpSolver lp = new ZeroSumLpSolver();

    @Test
    void weightedRpsValueAndStrategies() {
        BimatrixResult r = lp.solve(Games.WEIGHTED_RPS, ZeroSumLpSolver.Options.defaults());
        assertEquals(Rational.of(1, 12), r.value().orElseThrow());
        assertEquals(Set.of(profile(v("1/4", "5/12", "1/3"), v("1/3", "5/12", "1/4"))), set(r));
        assertTrue(r.isVerified());
    }

    @Test
    void constantSumGameIsAccepted() {
        // matching pennies shifted to constant sum 4
        Bimatrix g = Bimatrix.ofLongs(new long[][] {{3, 1}, {1, 3}}, new long[][] {{1, 3}, {3, 1}});
        BimatrixResult r = lp.solve(g, ZeroSumLpSolver.Options.defaults());
        assertEquals(Rational.of(2), r.value().orElseThrow());
        assertEquals(Set.of(profile(v("1/2", "1/2"), v("1/2", "1/2"))), set(r));
    }

    @Test
    void saddlePoint() {
        Bimatrix g = Bimatrix.ofLongs(new long[][] {{3, 1}, {0, 2}, {1, 1}}, new long[][] {{-3, -1}, {0, -2}, {-1, -1}});
        BimatrixResult r = lp.solve(g, ZeroSumLpSolver.Options.defaults());
        assertEquals(Rational.of(3, 2), r.value().orElseThrow());
        assertTrue(r.isVerified());
    }

    @Test
    void nonConstantSumGameIsRejectedUpFront() {
        ZeroSumLpSolver.NotConstantSumException e = assertThrows(ZeroSumLpSolver.NotConstantSumException.class,
                () -> lp.solve(Games.BATTLE_OF_THE_SEXES, ZeroSumLpSolver.Options.defaults()));
        assertTrue(e.getMessage().contains("constant-sum"));
    }
}
