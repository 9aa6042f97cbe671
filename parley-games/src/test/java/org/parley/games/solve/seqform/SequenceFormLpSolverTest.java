package org.parley.games.solve.seqform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.UnsupportedGameException;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.ExtensiveEquilibriumSolver;
import org.parley.games.solve.Solvers;
import org.parley.games.verify.Regret;

class SequenceFormLpSolverTest extends ExtensiveSolverContractTest {
    @Override
    protected ExtensiveEquilibriumSolver solver() {
        return new SequenceFormLpSolver();
    }

    @Override
    protected List<ExtensiveGame> supportedGames() {
        return List.of(SmallGames.pennies(), TreeFixtures.kuhnPoker(), TreeFixtures.randomTree(9, 5, true));
    }

    @Override
    protected List<ExtensiveGame> unsupportedGames() {
        return List.of(SmallGames.forgetful(), SmallGames.threePlayers(), SmallGames.lottery());
    }

    /** Kuhn poker's value for player 1 is −1/18 (Kuhn 1950). */
    @Test
    void kuhnPokerValue() {
        SequenceFormLpSolver.Solution s = new SequenceFormLpSolver().solveSequenceForm(TreeFixtures.kuhnPoker());
        assertTrue(s.isVerified());
        assertEquals(Rational.of(-1, 18), s.value());
        assertTrue(s.certificate().isOptimal());
        assertEquals(Rational.ZERO, s.certificate().dualityGap());
        assertEquals(List.of(Rational.of(-1, 18), Rational.of(1, 18)), Regret.exactExpectedPayoffs(s.result().profiles().get(0)));
    }

    @Test
    void nonConstantSumIsRefusedAsByGambit() {
        UnsupportedGameException e = assertThrows(UnsupportedGameException.class,
                () -> new SequenceFormLpSolver().solve(SmallGames.lottery()));
        assertTrue(e.getMessage().contains("constant-sum"), e.getMessage());
    }

    /** For zero-sum random trees the LP value equals player 1's payoff at the LCP equilibrium (minimax theorem). */
    @Test
    void lpValueEqualsLcpPayoffOnRandomZeroSumTrees() {
        for (long seed = 100; seed < 160; seed++) {
            ExtensiveGame g = TreeFixtures.randomTree(seed, 4, true);
            SequenceFormLpSolver.Solution lp = new SequenceFormLpSolver().solveSequenceForm(g);
            SequenceFormLcpSolver.Solution lcp = new SequenceFormLcpSolver().solveSequenceForm(g);
            assertTrue(lp.isVerified(), "seed " + seed);
            assertTrue(lcp.isVerified(), "seed " + seed);
            assertEquals(lp.value(), lcp.payoffs().get(0), "seed " + seed);
        }
    }

    /** A constant sum other than zero: player 1's value is unchanged, player 2 gets the constant minus it. */
    @Test
    void constantSumNotZero() {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("pennies+3").players(List.of("1", "2"));
        var k = b.root().personal(0, 1, "", List.of("H", "T"));
        var a = k.get(0).personal(1, 1, "", List.of("H", "T"));
        var c = k.get(1).personal(1, 1, null, null);
        a.get(0).outcome(b.addOutcome("", Rational.of(2), Rational.of(1)));
        a.get(1).outcome(b.addOutcome("", Rational.of(0), Rational.of(3)));
        c.get(0).outcome(b.addOutcome("", Rational.of(0), Rational.of(3)));
        c.get(1).outcome(b.addOutcome("", Rational.of(3), Rational.of(0)));
        ExtensiveGame g = b.build();
        SequenceFormLpSolver.Solution s = new SequenceFormLpSolver().solveSequenceForm(g);
        // player 1 mixes 3/5 H: value 6/5; player 2 gets 3 − 6/5
        assertEquals(Rational.of(6, 5), s.value());
        assertEquals(List.of(Rational.of(6, 5), Rational.of(9, 5)), Regret.exactExpectedPayoffs(s.result().profiles().get(0)));
    }

    @Test
    void registeredForTreesUnderLp() {
        assertInstanceOf(SequenceFormLpSolver.class,
                Solvers.byName("lp").orElseThrow().extensiveSolver(Arithmetic.EXACT).orElseThrow());
    }
}
