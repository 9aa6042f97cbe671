package org.parley.games.solve.bimatrix;

import org.parley.games.Arithmetic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parley.games.numeric.Rational;

/** Seeded random games checked by structural verifiers. */
class BimatrixPropertiesTest {
    private final ExtremeEquilibriumEnumerator enumerator = new ExtremeEquilibriumEnumerator();
    private final LemkeHowson lh = new LemkeHowson();
    private final ZeroSumLpSolver lp = new ZeroSumLpSolver();

    @Property(tries = 60, seed = "20261129")
    void lemkeHowsonSolutionsAreExtremeEquilibria(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int m,
            @ForAll @IntRange(min = 1, max = 5) int n, @ForAll @IntRange(min = 1, max = 4) int range) {
        // small ranges make degenerate games common
        Bimatrix g = Games.random(new Random(seed), m, n, range);
        BimatrixResult all = enumerator.solve(g, ExtremeEquilibriumEnumerator.Options.defaults());
        BimatrixResult reach = lh.solve(g, LemkeHowson.Options.defaults());
        assertTrue(all.isVerified());
        assertTrue(reach.isVerified());
        assertTrue(!reach.equilibria().isEmpty(), "Lemke-Howson always finds an equilibrium");
        Set<List<List<Rational>>> extreme = Games.set(all);
        assertTrue(extreme.containsAll(Games.set(reach)), "LH equilibria are extreme equilibria");
        BimatrixResult dbl = lh.solve(g, LemkeHowson.Options.defaults().withArithmetic(Arithmetic.DOUBLE));
        assertEquals(Games.set(reach), Games.set(dbl), "double pivoting reaches the same set");
        assertTrue(dbl.isVerified());
    }

    @Property(tries = 40, seed = "20261130")
    void zeroSumLpValueEqualsTheValueOfEveryEquilibrium(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int m,
            @ForAll @IntRange(min = 1, max = 5) int n) {
        Bimatrix g = Games.randomZeroSum(new Random(seed), m, n, 5);
        BimatrixResult r = lp.solve(g, ZeroSumLpSolver.Options.defaults());
        assertTrue(r.isVerified());
        Rational value = r.value().orElseThrow();
        BimatrixResult all = enumerator.solve(g, ExtremeEquilibriumEnumerator.Options.defaults());
        for (BimatrixEquilibrium e : all.equilibria()) {
            assertEquals(value, e.rowPayoff(), "minimax value");
        }
        assertTrue(!all.equilibria().isEmpty(), "a finite zero-sum game has an equilibrium");
    }

    @Property(tries = 30, seed = "20261131")
    void transposingTheGameTransposesTheEquilibria(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int m,
            @ForAll @IntRange(min = 1, max = 4) int n) {
        Bimatrix g = Games.random(new Random(seed), m, n, 3);
        Set<List<List<Rational>>> a = Games.set(enumerator.solve(g, ExtremeEquilibriumEnumerator.Options.defaults()));
        Set<List<List<Rational>>> b = Games.set(enumerator.solve(g.transpose(),
                ExtremeEquilibriumEnumerator.Options.defaults()));
        assertEquals(a.size(), b.size());
        for (List<List<Rational>> p : a) assertTrue(b.contains(List.of(p.get(1), p.get(0))));
    }
}
