package org.parley.games.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.games.Arithmetic;
import org.parley.games.SolverInterruptedException;
import org.parley.games.StrategicGame;
import org.parley.games.numeric.Rational;

/**
 * Budgets end runs with the verified equilibria found so far and a distinct completion status; the
 * interrupt that enforces a time limit never leaks to the caller. No timing is asserted: a zero-second
 * budget is used where the run must be cut short.
 */
class SolveBudgetTest {

    /** A random two-player game, payoffs 0..99 (A row by row, then B), as the benchmark games. */
    static StrategicGame uniform(int m, int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Rational[][] a = new Rational[m][n];
        Rational[][] b = new Rational[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) a[i][j] = Rational.of(rnd.nextInt(0, 100));
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) b[i][j] = Rational.of(rnd.nextInt(0, 100));
        }
        StrategicGame.Builder g = StrategicGame.builder().title("random").player("1", m).player("2", n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) g.cellPayoffs(i + m * j, a[i][j], b[i][j]);
        }
        return g.build();
    }

    private static SolverEntry method(String name) {
        return Solvers.byName(name).orElseThrow();
    }

    @Test
    void zeroSecondsStopsEnumerationWithAVerifiedPartialResult() {
        StrategicGame g = uniform(12, 12, 20_261_129L);
        EquilibriumResult full = method("enummixed").solve(g, Arithmetic.EXACT);
        assertEquals(Completion.COMPLETE, full.completion());
        EquilibriumResult cut = method("enummixed").solve(g, Arithmetic.EXACT, SolveBudget.seconds(0));
        assertEquals(Completion.TIME_LIMIT, cut.completion());
        assertFalse(cut.isComplete());
        assertTrue(cut.isVerified());
        cut.equilibria().forEach(e -> assertTrue(e.verified()));
        assertTrue(cut.equilibria().size() < full.equilibria().size());
        assertTrue(full.profiles().containsAll(cut.profiles()));
        assertFalse(Thread.currentThread().isInterrupted(), "the budget's interrupt is cleared");
    }

    @Test
    void equilibriumLimitKeepsTheFirstOnesInOrder() {
        StrategicGame g = uniform(8, 8, 7L);
        for (String m : new String[] {"enummixed", "lcp", "enumpure"}) {
            EquilibriumResult full = method(m).solve(g, Arithmetic.EXACT);
            if (full.equilibria().size() < 2) continue;
            EquilibriumResult one = method(m).solve(g, Arithmetic.EXACT, SolveBudget.equilibria(1));
            assertEquals(Completion.EQUILIBRIUM_LIMIT, one.completion(), m);
            assertEquals(full.profiles().subList(0, 1), one.profiles(), m);
            EquilibriumResult all = method(m).solve(g, Arithmetic.EXACT,
                    SolveBudget.equilibria(full.equilibria().size() + 1));
            assertEquals(Completion.COMPLETE, all.completion(), m);
            assertEquals(full.profiles(), all.profiles(), m);
        }
    }

    @Test
    void reachableLemkeHowsonStopsAtZeroSeconds() {
        StrategicGame g = uniform(16, 16, 20_261_129L);
        EquilibriumResult cut = method("lcp").solve(g, Arithmetic.EXACT, SolveBudget.seconds(0));
        assertEquals(Completion.TIME_LIMIT, cut.completion());
        assertTrue(cut.isVerified());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aMethodWithoutPartialResultsGivesAnEmptyUnfinishedResult() {
        // simpdiv finds its one equilibrium at the end: cut at once, it has nothing to show
        StrategicGame g = uniform(14, 14, 3L);
        EquilibriumResult r = method("simpdiv").solve(g, method("simpdiv").defaultArithmetic(g), SolveBudget.seconds(0));
        if (r.isComplete()) {
            // the run finished before the timer thread got to interrupt it: then it is a whole answer
            assertEquals(1, r.equilibria().size());
        } else {
            assertEquals(Completion.TIME_LIMIT, r.completion());
            assertTrue(r.equilibria().isEmpty());
            assertEquals(NoOptions.INSTANCE, r.options());
        }
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void anInterruptFromElsewhereIsStillAnInterrupt() {
        StrategicGame g = uniform(12, 12, 20_261_129L);
        Thread.currentThread().interrupt();
        try {
            assertThrows(SolverInterruptedException.class,
                    () -> method("enummixed").solve(g, Arithmetic.EXACT, SolveBudget.seconds(60)));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void deadlineWithoutTimeLimitIsInert() {
        try (SolveBudget.Deadline d = SolveBudget.UNLIMITED.start()) {
            assertFalse(d.expired());
        }
        assertThrows(IllegalArgumentException.class, () -> new SolveBudget(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SolveBudget(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SolveBudget(Double.NaN, 1));
    }

    @Test
    void limitedToMarksDroppedEquilibria() {
        StrategicGame g = uniform(6, 6, 11L);
        EquilibriumResult full = method("enummixed").solve(g, Arithmetic.EXACT);
        assertTrue(full.equilibria().size() >= 2);
        assertEquals(Completion.EQUILIBRIUM_LIMIT, full.limitedTo(1).completion());
        assertEquals(1, full.limitedTo(1).equilibria().size());
        assertEquals(full, full.limitedTo(full.equilibria().size()));
    }
}
