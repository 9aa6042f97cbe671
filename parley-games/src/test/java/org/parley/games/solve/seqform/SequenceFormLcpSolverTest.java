package org.parley.games.solve.seqform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.ExtensiveEquilibriumSolver;
import org.parley.games.solve.Representation;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.Solvers;
import org.parley.games.solve.lp.PivotLimitException;
import org.parley.games.verify.Regret;

class SequenceFormLcpSolverTest extends ExtensiveSolverContractTest {
    @Override
    protected ExtensiveEquilibriumSolver solver() {
        return new SequenceFormLcpSolver();
    }

    @Override
    protected List<ExtensiveGame> supportedGames() {
        return List.of(SmallGames.lottery(), SmallGames.pennies(), TreeFixtures.kuhnPoker(), TreeFixtures.randomTree(7, 5, false));
    }

    @Override
    protected List<ExtensiveGame> unsupportedGames() {
        return List.of(SmallGames.forgetful(), SmallGames.threePlayers());
    }

    /** Kuhn poker: every equilibrium gives player 1 the game value −1/18 (Kuhn 1950). */
    @Test
    void kuhnPokerValue() {
        SequenceFormLcpSolver.Solution s = new SequenceFormLcpSolver().solveSequenceForm(TreeFixtures.kuhnPoker());
        assertTrue(s.isVerified());
        assertEquals(List.of(Rational.of(-1, 18), Rational.of(1, 18)), s.payoffs());
        assertEquals(s.payoffs(), Regret.exactExpectedPayoffs(s.result().profiles().get(0)));
        assertEquals(Representation.SEQUENCE, s.result().representation());
        assertTrue(s.complementarity().isZero());
        assertTrue(s.pivots() > 0);
    }

    @Test
    void matchingPenniesTreeHasTheMixedEquilibrium() {
        MixedBehaviorProfile b = (MixedBehaviorProfile) new SequenceFormLcpSolver().solve(SmallGames.pennies()).profiles().get(0);
        Rational half = Rational.of(1, 2);
        assertEquals(List.of(half, half, half, half), b.toFlatExact());
    }

    @Test
    void lotteryPlayerOneTakesTheLottery() {
        SequenceFormLcpSolver.Solution s = new SequenceFormLcpSolver().solveSequenceForm(SmallGames.lottery());
        assertEquals(List.of(Rational.ONE, Rational.ONE, Rational.ZERO), s.realizationPlan1());
        assertEquals(Rational.of(2), s.payoffs().get(0));
    }

    /**
     * Seeded random two-player trees with perfect recall, both formulations: the LCP result always has exactly
     * zero regret and consists of realization plans.
     */
    @Test
    void randomTreesZeroRegretExactly() {
        int fallbacks = 0;
        for (SequenceFormLcpSolver.Start start : SequenceFormLcpSolver.Start.values()) {
            SequenceFormLcpSolver solver = new SequenceFormLcpSolver(new SequenceFormLcpSolver.Options(Arithmetic.EXACT, start,
                    1_000_000L, org.parley.games.verify.Tolerance.DEFAULT));
            for (long seed = 1; seed <= 80; seed++) {
                ExtensiveGame g = TreeFixtures.randomTree(seed, 4, seed % 3 == 0);
                SequenceFormLcpSolver.Solution s = solver.solveSequenceForm(g);
                assertTrue(s.isVerified(), start + " seed " + seed + ": " + s.result().rejected());
                assertTrue(s.result().equilibria().get(0).exactMaxRegret().isZero(), "seed " + seed);
                assertTrue(s.complementarity().isZero() && s.lcpFeasible(), "seed " + seed);
                SequenceForm sf = SequenceForm.of(g);
                assertTrue(sf.isRealizationPlan(0, s.realizationPlan1()) && sf.isRealizationPlan(1, s.realizationPlan2()));
                if (start == SequenceFormLcpSolver.Start.FIRST_ACTIONS) {
                    assertEquals(SequenceFormLcpSolver.Start.FIRST_ACTIONS, s.start());
                    assertEquals(0, s.result().diagnostics().counter("fallback"));
                } else if (s.start() != start) {
                    fallbacks++;
                    assertEquals(1, s.result().diagnostics().counter("fallback"));
                }
            }
        }
        System.out.println("[seqform] origin start fell back to first actions on " + fallbacks + " of 80 random trees");
    }

    @Test
    void doubleArithmeticRoundsTheExactProfile() {
        EquilibriumResult r = new SequenceFormLcpSolver(SequenceFormLcpSolver.Options.defaults(Arithmetic.DOUBLE))
                .solve(TreeFixtures.kuhnPoker());
        assertEquals(Arithmetic.DOUBLE, r.arithmetic());
        assertTrue(r.isVerified());
        assertEquals(-1.0 / 18, Regret.expectedPayoffs(r.profiles().get(0))[0], 1e-12);
    }

    @Test
    void pivotBudgetIsADistinctOutcome() {
        for (SequenceFormLcpSolver.Start start : SequenceFormLcpSolver.Start.values()) {
            SequenceFormLcpSolver s = new SequenceFormLcpSolver(new SequenceFormLcpSolver.Options(Arithmetic.EXACT, start, 1,
                    org.parley.games.verify.Tolerance.DEFAULT));
            assertThrows(PivotLimitException.class, () -> s.solve(TreeFixtures.kuhnPoker()), start.name());
        }
    }

    @Test
    void optionsNameTheBadField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SequenceFormLcpSolver.Options(Arithmetic.EXACT, SequenceFormLcpSolver.Start.ORIGIN, 0,
                        org.parley.games.verify.Tolerance.DEFAULT));
        assertTrue(e.getMessage().contains("maxPivots"));
        NullPointerException n = assertThrows(NullPointerException.class,
                () -> new SequenceFormLcpSolver.Options(null, SequenceFormLcpSolver.Start.ORIGIN, 5,
                        org.parley.games.verify.Tolerance.DEFAULT));
        assertTrue(n.getMessage().contains("arithmetic"));
    }

    /** The registry serves lcp for both forms: Lemke–Howson on tables, this solver on trees. */
    @Test
    void registeredForTreesUnderLcp() {
        SolverEntry e = Solvers.byName("lcp").orElseThrow();
        assertInstanceOf(SequenceFormLcpSolver.class, e.extensiveSolver(Arithmetic.EXACT).orElseThrow());
        assertTrue(e.arithmetics().contains(Arithmetic.DOUBLE), "the strategic side keeps double arithmetic");
        EquilibriumResult r = e.solve(TreeFixtures.kuhnPoker(), Arithmetic.EXACT);
        assertEquals("lcp", r.method());
        List<String> names = new ArrayList<>(Solvers.names());
        assertTrue(names.contains("lp") && names.contains("spe"), names.toString());
    }
}
