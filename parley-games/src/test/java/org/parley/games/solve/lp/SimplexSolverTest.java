package org.parley.games.solve.lp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.games.numeric.Rational;

class SimplexSolverTest {
    private final SimplexSolver simplex = new SimplexSolver();

    private static Rational r(long p) {
        return Rational.of(p);
    }

    private static Rational r(long p, long q) {
        return Rational.of(p, q);
    }

    private static Rational[] row(Rational... v) {
        return v;
    }

    @Test
    void textbookMaximisation() {
        // Hillier & Lieberman's Wyndor Glass problem: optimum (2, 6), value 36, duals (0, 3/2, 1)
        LinearProgram lp = LinearProgram.builder(2).maximize(r(3), r(5))
                .lessOrEqual(row(r(1), r(0)), r(4))
                .lessOrEqual(row(r(0), r(2)), r(12))
                .lessOrEqual(row(r(3), r(2)), r(18)).build();
        LpResult res = simplex.solve(lp, SimplexSolver.Options.defaults());
        assertTrue(res.isCertifiedOptimal());
        assertEquals(r(36), res.value().orElseThrow());
        assertEquals(List.of(r(2), r(6)), res.primal());
        assertEquals(List.of(r(0), r(3, 2), r(1)), res.duals());
        assertTrue(res.pivots() > 0);
    }

    @Test
    void minimisationWithGreaterOrEqualRowsNeedsPhaseOne() {
        // min 2x + 3y s.t. x + y >= 4, x + 3y >= 6: optimum (3, 1), value 9, shadow prices (3/2, 1/2)
        LinearProgram lp = LinearProgram.builder(2).minimize(r(2), r(3))
                .greaterOrEqual(row(r(1), r(1)), r(4))
                .greaterOrEqual(row(r(1), r(3)), r(6)).build();
        LpResult res = simplex.solve(lp, SimplexSolver.Options.defaults());
        assertTrue(res.isCertifiedOptimal());
        assertEquals(r(9), res.value().orElseThrow());
        assertEquals(List.of(r(3), r(1)), res.primal());
        assertEquals(List.of(r(3, 2), r(1, 2)), res.duals());
        assertEquals(r(0), res.certificate().orElseThrow().dualityGap());
    }

    @Test
    void freeVariablesAndEqualities() {
        // max -x1 + x2 s.t. x1 + x2 = 1/2, x1 >= -3 (as a row), x1 free, x2 <= 2
        LinearProgram lp = LinearProgram.builder(2).maximize(r(-1), r(1)).free(0)
                .equal(row(r(1), r(1)), r(1, 2))
                .greaterOrEqual(row(r(1), r(0)), r(-3))
                .lessOrEqual(row(r(0), r(1)), r(2)).build();
        LpResult res = simplex.solve(lp, SimplexSolver.Options.defaults());
        assertTrue(res.isCertifiedOptimal());
        assertEquals(List.of(r(-3, 2), r(2)), res.primal());
        assertEquals(r(7, 2), res.value().orElseThrow());
    }

    @Test
    void infeasibleAndUnbounded() {
        LinearProgram infeasible = LinearProgram.builder(1).maximize(r(1))
                .lessOrEqual(row(r(1)), r(1)).greaterOrEqual(row(r(1)), r(2)).build();
        assertEquals(LpResult.Status.INFEASIBLE, simplex.solve(infeasible, SimplexSolver.Options.defaults()).status());
        LinearProgram unbounded = LinearProgram.builder(2).maximize(r(1), r(0))
                .lessOrEqual(row(r(1), r(-1)), r(1)).build();
        LpResult u = simplex.solve(unbounded, SimplexSolver.Options.defaults());
        assertEquals(LpResult.Status.UNBOUNDED, u.status());
        assertTrue(u.value().isEmpty() && !u.isCertifiedOptimal());
    }

    @Test
    void bealesCyclingExampleTerminatesUnderBlandsRule() {
        // Beale (1955): cycles under Dantzig's rule with naive tie-breaking; optimum -5/4 at x = (1, 0, 1, 0)
        LinearProgram lp = LinearProgram.builder(4).minimize(r(-3, 4), r(20), r(-1, 2), r(6))
                .lessOrEqual(row(r(1, 4), r(-8), r(-1), r(9)), r(0))
                .lessOrEqual(row(r(1, 2), r(-12), r(-1, 2), r(3)), r(0))
                .lessOrEqual(row(r(0), r(0), r(1), r(0)), r(1)).build();
        LpResult res = simplex.solve(lp, SimplexSolver.Options.defaults());
        assertTrue(res.isCertifiedOptimal());
        assertEquals(r(-5, 4), res.value().orElseThrow());
    }

    @Test
    void redundantEqualityRowsAreHandled() {
        LinearProgram lp = LinearProgram.builder(2).maximize(r(1), r(1))
                .equal(row(r(1), r(1)), r(1))
                .equal(row(r(2), r(2)), r(2)).build();
        LpResult res = simplex.solve(lp, SimplexSolver.Options.defaults());
        assertTrue(res.isCertifiedOptimal());
        assertEquals(r(1), res.value().orElseThrow());
    }

    @Test
    void budgetAndValidation() {
        LinearProgram lp = LinearProgram.builder(2).maximize(r(3), r(5))
                .lessOrEqual(row(r(1), r(0)), r(4)).lessOrEqual(row(r(3), r(2)), r(18)).build();
        assertThrows(PivotLimitException.class, () -> simplex.solve(lp, new SimplexSolver.Options(1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SimplexSolver.Options(0));
        assertTrue(e.getMessage().contains("maxPivots"));
        assertThrows(IllegalArgumentException.class,
                () -> LinearProgram.builder(2).lessOrEqual(row(r(1)), r(1)).build());
    }

    /** Solves the explicit dual LP and compares: strong duality on random instances. */
    @Property(tries = 60, seed = "7151")
    void strongDualityOnRandomPrograms(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int n,
            @ForAll @IntRange(min = 1, max = 5) int k) {
        Random rnd = new Random(seed);
        Rational[][] a = new Rational[k][n];
        Rational[] b = new Rational[k];
        Rational[] c = new Rational[n];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) a[i][j] = r(rnd.nextInt(11) - 5, 1 + rnd.nextInt(3));
            b[i] = r(rnd.nextInt(11) - 3);
        }
        for (int j = 0; j < n; j++) c[j] = r(rnd.nextInt(11) - 5);
        // primal: max c.x, Ax <= b, x >= 0 ; dual: min b.y, A^T y >= c, y >= 0
        LinearProgram.Builder p = LinearProgram.builder(n).maximize(c);
        for (int i = 0; i < k; i++) p.lessOrEqual(a[i], b[i]);
        LinearProgram.Builder d = LinearProgram.builder(k).minimize(b);
        for (int j = 0; j < n; j++) {
            Rational[] col = new Rational[k];
            for (int i = 0; i < k; i++) col[i] = a[i][j];
            d.greaterOrEqual(col, c[j]);
        }
        LpResult pr = simplex.solve(p.build(), SimplexSolver.Options.defaults());
        LpResult dr = simplex.solve(d.build(), SimplexSolver.Options.defaults());
        switch (pr.status()) {
            case OPTIMAL -> {
                assertTrue(pr.isCertifiedOptimal());
                assertEquals(LpResult.Status.OPTIMAL, dr.status());
                assertEquals(pr.value(), dr.value());
            }
            case UNBOUNDED -> assertEquals(LpResult.Status.INFEASIBLE, dr.status());
            case INFEASIBLE -> assertTrue(dr.status() != LpResult.Status.OPTIMAL);
            default -> throw new AssertionError();
        }
    }

    @Test
    void bealesExampleUnderEveryFallbackThreshold() {
        // Bland throughout (0), fallback after 1 or 2 degenerate pivots, and the default threshold
        LinearProgram lp = beale();
        for (int limit : new int[] {0, 1, 2, SimplexSolver.DEGENERATE_LIMIT}) {
            LpResult res = simplex.solve(lp, SimplexSolver.Options.defaults(), limit);
            assertTrue(res.isCertifiedOptimal(), "limit " + limit);
            assertEquals(r(-5, 4), res.value().orElseThrow(), "limit " + limit);
        }
        assertThrows(IllegalArgumentException.class, () -> simplex.solve(lp, SimplexSolver.Options.defaults(), -1));
    }

    private static LinearProgram beale() {
        return LinearProgram.builder(4).minimize(r(-3, 4), r(20), r(-1, 2), r(6))
                .lessOrEqual(row(r(1, 4), r(-8), r(-1), r(9)), r(0))
                .lessOrEqual(row(r(1, 2), r(-12), r(-1, 2), r(3)), r(0))
                .lessOrEqual(row(r(0), r(0), r(1), r(0)), r(1)).build();
    }

    /** The row player's game LP of ZeroSumLpSolver: max v, v - A^T x <= 0, sum x = 1. */
    private static LinearProgram gameLp(int size, int payoffs, long seed) {
        Random rnd = new Random(seed);
        LinearProgram.Builder b = LinearProgram.builder(size + 1);
        Rational[] c = new Rational[size + 1];
        java.util.Arrays.fill(c, Rational.ZERO);
        c[size] = Rational.ONE;
        b.maximize(c).free(size);
        int[][] a = new int[size][size];
        for (int[] row : a) for (int j = 0; j < size; j++) row[j] = rnd.nextInt(payoffs);
        for (int j = 0; j < size; j++) {
            Rational[] row = new Rational[size + 1];
            for (int i = 0; i < size; i++) row[i] = r(-a[i][j]);
            row[size] = Rational.ONE;
            b.lessOrEqual(row, Rational.ZERO);
        }
        Rational[] sum = new Rational[size + 1];
        java.util.Arrays.fill(sum, Rational.ONE);
        sum[size] = Rational.ZERO;
        return b.equal(sum, Rational.ONE).build();
    }

    @Test
    void steepestEdgeNeedsFewerPivotsThanBlandOnGameLps() {
        for (int size : new int[] {25, 40}) { // at 10x10 the rules are about even
            LinearProgram lp = gameLp(size, 100, 20261129L + size);
            LpResult fast = simplex.solve(lp, SimplexSolver.Options.defaults());
            LpResult bland = simplex.solve(lp, SimplexSolver.Options.defaults(), 0);
            assertTrue(fast.isCertifiedOptimal() && bland.isCertifiedOptimal());
            assertEquals(bland.value(), fast.value());
            assertTrue(fast.pivots() < bland.pivots(),
                    size + "x" + size + ": " + fast.pivots() + " pivots against Bland's " + bland.pivots());
        }
    }

    /** Payoffs 0..2 make most bases degenerate, so the Bland fallback is exercised. */
    @Property(tries = 40, seed = "2911")
    void degenerateGameLpsAgreeUnderEveryThreshold(@ForAll long seed, @ForAll @IntRange(min = 2, max = 9) int size) {
        LinearProgram lp = gameLp(size, 3, seed);
        LpResult bland = simplex.solve(lp, SimplexSolver.Options.defaults(), 0);
        assertTrue(bland.isCertifiedOptimal());
        for (int limit : new int[] {1, 3, SimplexSolver.DEGENERATE_LIMIT}) {
            LpResult res = simplex.solve(lp, SimplexSolver.Options.defaults(), limit);
            assertTrue(res.isCertifiedOptimal(), "limit " + limit);
            assertEquals(bland.value(), res.value(), "limit " + limit);
        }
    }

    /** The integer certificate against a direct rational evaluation, on optimal and arbitrary points. */
    @Property(tries = 80, seed = "3301")
    void certificateMatchesRationalDefinition(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int n,
            @ForAll @IntRange(min = 1, max = 4) int k, @ForAll boolean max) {
        Random rnd = new Random(seed);
        LinearProgram.Builder p = LinearProgram.builder(n);
        Rational[] c = new Rational[n];
        for (int j = 0; j < n; j++) c[j] = r(rnd.nextInt(7) - 3, 1 + rnd.nextInt(3));
        if (max) p.maximize(c); else p.minimize(c);
        for (int j = 0; j < n; j++) if (rnd.nextInt(4) == 0) p.free(j);
        for (int i = 0; i < k; i++) {
            Rational[] a = new Rational[n];
            for (int j = 0; j < n; j++) a[j] = r(rnd.nextInt(7) - 3, 1 + rnd.nextInt(4));
            Rational b = r(rnd.nextInt(9) - 3, 1 + rnd.nextInt(2));
            switch (rnd.nextInt(3)) {
                case 0 -> p.lessOrEqual(a, b);
                case 1 -> p.greaterOrEqual(a, b);
                default -> p.equal(a, b);
            }
        }
        LinearProgram lp = p.build();
        LpResult res = simplex.solve(lp, SimplexSolver.Options.defaults());
        if (res.status() == LpResult.Status.OPTIMAL) {
            assertEquals(reference(lp, res.primal(), res.duals()), res.certificate().orElseThrow());
            assertTrue(res.isCertifiedOptimal());
        }
        for (int t = 0; t < 5; t++) {
            List<Rational> x = new java.util.ArrayList<>();
            for (int j = 0; j < n; j++) x.add(rnd.nextInt(3) == 0 ? Rational.ZERO : r(rnd.nextInt(9) - 2, 1 + rnd.nextInt(5)));
            List<Rational> y = new java.util.ArrayList<>();
            for (int i = 0; i < k; i++) y.add(rnd.nextInt(3) == 0 ? Rational.ZERO : r(rnd.nextInt(9) - 4, 1 + rnd.nextInt(5)));
            assertEquals(reference(lp, x, y), SimplexSolver.certify(lp, x, y));
        }
    }

    /** The certificate's definition, evaluated in rationals. */
    private static LpResult.Certificate reference(LinearProgram lp, List<Rational> x, List<Rational> y) {
        boolean max = lp.sense() == LinearProgram.Sense.MAXIMIZE;
        int n = lp.variables();
        boolean primal = true;
        boolean dual = true;
        for (int j = 0; j < n; j++) primal &= lp.free().get(j) || x.get(j).signum() >= 0;
        Rational[] aty = new Rational[n];
        java.util.Arrays.fill(aty, Rational.ZERO);
        Rational dualObj = Rational.ZERO;
        for (int i = 0; i < lp.constraints().size(); i++) {
            LinearProgram.Constraint c = lp.constraints().get(i);
            Rational lhs = Rational.ZERO;
            for (int j = 0; j < n; j++) {
                lhs = lhs.add(c.coefficients().get(j).multiply(x.get(j)));
                aty[j] = aty[j].add(c.coefficients().get(j).multiply(y.get(i)));
            }
            int cmp = lhs.compareTo(c.rhs());
            int ys = y.get(i).signum() * (max ? 1 : -1);
            switch (c.relation()) {
                case LE -> {
                    primal &= cmp <= 0;
                    dual &= ys >= 0;
                }
                case GE -> {
                    primal &= cmp >= 0;
                    dual &= ys <= 0;
                }
                default -> primal &= cmp == 0;
            }
            dualObj = dualObj.add(c.rhs().multiply(y.get(i)));
        }
        Rational primalObj = Rational.ZERO;
        for (int j = 0; j < n; j++) {
            primalObj = primalObj.add(lp.objective().get(j).multiply(x.get(j)));
            int cmp = aty[j].compareTo(lp.objective().get(j)) * (max ? 1 : -1);
            dual &= lp.free().get(j) ? cmp == 0 : cmp >= 0;
        }
        return new LpResult.Certificate(primal, dual, primalObj, dualObj);
    }
}
