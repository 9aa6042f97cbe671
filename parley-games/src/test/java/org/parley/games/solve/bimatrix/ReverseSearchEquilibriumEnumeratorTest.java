package org.parley.games.solve.bimatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.games.solve.bimatrix.Games.profile;
import static org.parley.games.solve.bimatrix.Games.set;
import static org.parley.games.solve.bimatrix.Games.v;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.games.SolverInterruptedException;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.lp.PivotLimitException;

/**
 * The lrsnash-style enumerator against hand-solved games, the vertex-enumeration enumerator
 * ({@link ExtremeEquilibriumEnumerator}) and the brute-force reference of
 * {@link ExtremeEquilibriumBruteForceTest}, on seeded random games including degenerate ones
 * (small payoff ranges), in both arithmetic modes; and its streaming and budgets.
 */
class ReverseSearchEquilibriumEnumeratorTest {
    private final ReverseSearchEquilibriumEnumerator enumerator = new ReverseSearchEquilibriumEnumerator();
    private static final ReverseSearchEquilibriumEnumerator.Options FILTERED =
            ReverseSearchEquilibriumEnumerator.Options.defaults();
    private static final ReverseSearchEquilibriumEnumerator.Options EXACT =
            new ReverseSearchEquilibriumEnumerator.Options(1_000_000_000L, true);

    private BimatrixResult solve(Bimatrix g) {
        BimatrixResult r = enumerator.solve(g, FILTERED);
        assertTrue(r.isVerified(), "every equilibrium has exact zero regret");
        assertEquals(r.equilibria().size(), set(r).size(), "each equilibrium reported once");
        return r;
    }

    @Test
    void handSolvedGames() {
        assertEquals(Set.of(profile(v("1/2", "1/2"), v("1/2", "1/2"))), set(solve(Games.MATCHING_PENNIES)));
        assertEquals(Set.of(profile(v("1", "0"), v("1", "0")), profile(v("0", "1"), v("0", "1")),
                profile(v("2/3", "1/3"), v("1/3", "2/3"))), set(solve(Games.BATTLE_OF_THE_SEXES)));
        assertEquals(Set.of(profile(v("1/4", "5/12", "1/3"), v("1/3", "5/12", "1/4"))), set(solve(Games.WEIGHTED_RPS)));
        // von Stengel (2002), Handbook of Game Theory vol. 3, §3: three equilibria
        assertEquals(Set.of(profile(v("1", "0", "0"), v("1", "0")), profile(v("4/5", "1/5", "0"), v("2/3", "1/3")),
                profile(v("0", "1/3", "2/3"), v("1/3", "2/3"))), set(solve(Games.VON_STENGEL)));
    }

    @Test
    void degenerateGameListsBothEndpointsOfTheContinuum() {
        // x = (1,0,0) with any y1 in [2/3, 1] is an equilibrium (solved by hand)
        assertEquals(Set.of(profile(v("1", "0", "0"), v("1", "0")), profile(v("1", "0", "0"), v("2/3", "1/3")),
                profile(v("0", "1/3", "2/3"), v("1/3", "2/3"))), set(solve(Games.VON_STENGEL_DEGENERATE)));
        // every profile of the all-zero game is an equilibrium: the four pure profiles are the extreme ones
        assertEquals(4, solve(Bimatrix.ofLongs(new long[2][2], new long[2][2])).equilibria().size());
    }

    @Property(tries = 300, seed = "20261201")
    void sameEquilibriaAsVertexEnumeration(@ForAll long seed, @ForAll @IntRange(min = 1, max = 7) int m,
            @ForAll @IntRange(min = 1, max = 7) int n, @ForAll @IntRange(min = 1, max = 40) int range) {
        Bimatrix g = Games.random(new Random(seed), m, n, range % 4 == 0 ? 1 : range);
        assertEquals(set(new ExtremeEquilibriumEnumerator().solve(g, ExtremeEquilibriumEnumerator.Options.defaults())),
                set(solve(g)), g.toString());
    }

    @Property(tries = 150, seed = "20261202")
    void sameEquilibriaAsBruteForce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int m,
            @ForAll @IntRange(min = 1, max = 5) int n, @ForAll @IntRange(min = 1, max = 3) int range) {
        Bimatrix g = Games.random(new Random(seed), m, n, range);
        assertEquals(ExtremeEquilibriumBruteForceTest.bruteForce(g), set(solve(g)), g.toString());
    }

    @Property(tries = 60, seed = "20261203")
    void repeatedAndDominatedStrategies(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int m,
            @ForAll @IntRange(min = 1, max = 3) int distinct, @ForAll boolean transpose) {
        // copies of columns (identical constraints of the first polytope) and copies lowered by one
        // for the column player (constraints implied by another): both dropped from the search
        Random rnd = new Random(seed);
        Bimatrix base = Games.random(rnd, m, distinct, 3);
        int n = 3 * distinct;
        Rational[][] a = new Rational[m][n];
        Rational[][] b = new Rational[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = base.a(i, j % distinct);
                b[i][j] = base.b(i, j % distinct);
                if (j >= 2 * distinct && rnd.nextBoolean()) b[i][j] = b[i][j].subtract(Rational.ONE);
                if (j >= distinct && rnd.nextBoolean()) a[i][j] = a[i][j].add(Rational.ONE);
            }
        }
        Bimatrix g = Bimatrix.of(a, b);
        if (transpose) g = g.transpose();
        assertEquals(ExtremeEquilibriumBruteForceTest.bruteForce(g), set(solve(g)), g.toString());
    }

    @Property(tries = 80, seed = "20261204")
    void floatingPointFilterDecidesExactlyAsExactPivoting(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 8) int m, @ForAll @IntRange(min = 1, max = 8) int n,
            @ForAll @IntRange(min = 1, max = 60) int range) {
        // same search tree, so the same equilibria in the same order and the same number of bases
        Bimatrix g = Games.random(new Random(seed), m, n, range % 3 == 0 ? 2 : range);
        List<BimatrixEquilibrium> filtered = new ArrayList<>();
        List<BimatrixEquilibrium> exact = new ArrayList<>();
        ReverseSearchEquilibriumEnumerator.Stats sf = enumerator.enumerate(g, FILTERED, filtered::add);
        ReverseSearchEquilibriumEnumerator.Stats se = enumerator.enumerate(g, EXACT, exact::add);
        assertEquals(exact, filtered, g.toString());
        assertEquals(se.bases(), sf.bases());
        assertEquals(se.vertices(), sf.vertices());
    }

    @Test
    void randomTenByTenAgreesWithVertexEnumeration() {
        Bimatrix g = uniform(10, 10, 20_261_129L);
        BimatrixResult r = solve(g);
        assertEquals(set(new ExtremeEquilibriumEnumerator().solve(g, ExtremeEquilibriumEnumerator.Options.defaults())),
                set(r));
        assertEquals(12, r.equilibria().size());
    }

    @Test
    void streamsAndStopsWhenTheSinkSaysSo() {
        Bimatrix g = uniform(8, 8, 7L);
        List<BimatrixEquilibrium> all = solve(g).equilibria();
        assertTrue(all.size() >= 3, "the fixture has at least three equilibria");
        List<BimatrixEquilibrium> got = new ArrayList<>();
        ReverseSearchEquilibriumEnumerator.Stats s = enumerator.enumerate(g, FILTERED, e -> {
            got.add(e);
            return got.size() < 2;
        });
        assertTrue(s.stopped());
        assertEquals(2, s.equilibria());
        assertEquals(all.subList(0, 2), got, "the same order as a full run");
        got.forEach(e -> assertTrue(e.isNash()));
    }

    @Test
    void baseBudgetAndInterruption() {
        Bimatrix g = uniform(8, 8, 7L);
        assertThrows(PivotLimitException.class,
                () -> enumerator.solve(g, new ReverseSearchEquilibriumEnumerator.Options(10, false)));
        Thread.currentThread().interrupt();
        try {
            assertThrows(SolverInterruptedException.class, () -> enumerator.solve(g, FILTERED));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void lopsidedGamesEnumerateTheSmallerPolytope() {
        Bimatrix g = uniform(3, 15, 11L);
        assertEquals(set(solve(g.transpose())).stream().map(p -> List.of(p.get(1), p.get(0))).collect(
                java.util.stream.Collectors.toSet()), set(solve(g)));
        assertEquals(ExtremeEquilibriumBruteForceTest.bruteForce(uniform(3, 7, 5L)), set(solve(uniform(3, 7, 5L))));
    }

    @Test
    void largePayoffsFallBackToExactPivoting() {
        // payoffs beyond 2^53 cannot be held exactly in doubles: the enumerator pivots in integers
        Bimatrix g = Bimatrix.ofLongs(new long[][] {{1L << 60, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 1L << 60}});
        assertEquals(ExtremeEquilibriumBruteForceTest.bruteForce(g), set(solve(g)));
    }

    /** Integer payoffs uniform on 0..99, A row by row then B (as parley-bench's RandomGames). */
    static Bimatrix uniform(int m, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[][] a = new long[m][n];
        long[][] b = new long[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) a[i][j] = rnd.nextInt(0, 100);
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) b[i][j] = rnd.nextInt(0, 100);
        }
        return Bimatrix.ofLongs(a, b);
    }
}
