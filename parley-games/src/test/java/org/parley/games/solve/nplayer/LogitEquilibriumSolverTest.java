package org.parley.games.solve.nplayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.games.ExtensiveGame;
import org.parley.games.MixedStrategyProfile;
import org.parley.games.StrategicGame;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.Representation;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.verify.Tolerance;

class LogitEquilibriumSolverTest extends NPlayerSolverContractTest {
    private final LogitQreTracer tracer = new LogitQreTracer(LogitQreTracer.Options.defaults());

    @Override
    StrategicEquilibriumSolver solver() {
        return new LogitEquilibriumSolver();
    }

    static double logistic(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    @Test
    void matchingPenniesQreIsUniformForEveryLambda() {
        StrategicGame g = TestGames.matchingPennies();
        for (double lambda : new double[] {0.0, 0.5, 2.0, 10.0, 100.0}) {
            QrePoint p = tracer.solveAt(g, lambda, null);
            assertClose(new double[] {0.5, 0.5, 0.5, 0.5}, p.profile().toFlatArray(), 1e-12);
            assertTrue(p.residual() <= 1e-12, "residual " + p.residual());
        }
        LogitBranch b = tracer.traceTo(g, 50.0);
        for (QrePoint p : b.points()) {
            assertClose(new double[] {0.5, 0.5, 0.5, 0.5}, p.profile().toFlatArray(), 1e-9);
        }
        assertTrue(b.last().lambda() >= 50.0);
        assertEquals(LogitBranch.StopReason.LAMBDA_REACHED, b.stopReason());
    }

    @Test
    void qreAtLambdaZeroIsTheCentroid() {
        StrategicGame g = TestGames.random(11, new int[] {3, 2, 4}, 9);
        QrePoint p = tracer.solveAt(g, 0.0, null);
        assertClose(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0, 0.5, 0.5, 0.25, 0.25, 0.25, 0.25}, p.profile().toFlatArray(), 1e-15);
        LogitBranch b = tracer.trace(g);
        assertEquals(0.0, b.points().get(0).lambda());
        assertClose(p.profile().toFlatArray(), b.points().get(0).profile().toFlatArray(), 1e-15);
    }

    @Test
    void closedFormWhenTheOpponentIsIndifferent() {
        // player 2's payoffs are constant, so player 2 stays uniform and player 1's QRE is
        // p(lambda) = logistic(lambda * (2 - 1)) (row 1 averages 2, row 2 averages 1 against the uniform column)
        StrategicGame g = TestGames.bimatrix(new long[][] {{3, 1}, {0, 2}}, new long[][] {{7, 7}, {7, 7}});
        for (double lambda : new double[] {0.3, 1.0, 2.5}) {
            QrePoint p = tracer.solveAt(g, lambda, null);
            double e = logistic(lambda);
            assertClose(new double[] {e, 1 - e, 0.5, 0.5}, p.profile().toFlatArray(), 1e-12);
        }
        for (QrePoint p : tracer.traceTo(g, 20).points()) {
            double e = logistic(p.lambda());
            assertClose(new double[] {e, 1 - e, 0.5, 0.5}, p.profile().toFlatArray(), 1e-9);
        }
    }

    @Test
    void asymmetricMatchingPenniesAgreesWithAScalarRootFinder() {
        // McKelvey and Palfrey's (1995) asymmetric matching pennies (row payoff 9 on the first diagonal cell).
        // Independent check: with d1(q) = 10q - 1 and d2(p) = 1 - 2p, the QRE solves
        // p = logistic(lambda d1(logistic(lambda d2(p)))), a decreasing right-hand side, by bisection.
        StrategicGame g = TestGames.bimatrix(new long[][] {{9, 0}, {0, 1}}, new long[][] {{0, 1}, {1, 0}});
        for (double lambda : new double[] {0.2, 1.0, 3.0, 8.0}) {
            double lo = 0;
            double hi = 1;
            for (int it = 0; it < 200; it++) {
                double mid = 0.5 * (lo + hi);
                double rhs = logistic(lambda * (10 * logistic(lambda * (1 - 2 * mid)) - 1));
                if (mid - rhs < 0) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            double p = 0.5 * (lo + hi);
            double q = logistic(lambda * (1 - 2 * p));
            QrePoint pt = tracer.solveAt(g, lambda, null);
            assertClose(new double[] {p, 1 - p, q, 1 - q}, pt.profile().toFlatArray(), 1e-10);
            // warm start from a nearby profile converges to the same point
            QrePoint warm = tracer.solveAt(g, lambda, MixedStrategyProfile.ofDoubleFlat(g, new double[] {0.6, 0.4, 0.3, 0.7}));
            assertClose(pt.profile().toFlatArray(), warm.profile().toFlatArray(), 1e-10);
        }
        // the end of the branch is the unique (mixed) equilibrium p = 1/2, q = 1/10
        EquilibriumResult r = solveVerified(g);
        assertClose(new double[] {0.5, 0.5, 0.1, 0.9}, r.profiles().get(0).toFlatArray(), 1e-12);
    }

    @Test
    void stagHuntBranchSelectsTheRiskDominantEquilibrium() {
        // (stag, stag) pays 4 and is payoff dominant; (hare, hare) pays 2 and is risk dominant
        // (deviation losses 2 * 2 > 1 * 1); the logit branch ends at the risk-dominant one.
        StrategicGame g = TestGames.bimatrix(new long[][] {{4, 0}, {3, 2}}, new long[][] {{4, 3}, {0, 2}});
        EquilibriumResult r = solveVerified(g);
        assertClose(new double[] {0, 1, 0, 1}, r.profiles().get(0).toFlatArray(), 1e-12);
    }

    @Test
    void qreWithoutWarmStartIsOnThePrincipalBranchEvenWhereOthersExist() {
        // stag hunt at lambda = 10 has three QRE (near each equilibrium); the principal one is near (hare, hare)
        StrategicGame g = TestGames.bimatrix(new long[][] {{4, 0}, {3, 2}}, new long[][] {{4, 3}, {0, 2}});
        QrePoint principal = tracer.solveAt(g, 10.0, null);
        assertTrue(principal.profile().toFlatArray()[1] > 0.99, "principal QRE " + principal);
        assertTrue(principal.residual() <= 1e-12);
        // a warm start near (stag, stag) converges to the QRE there, off the principal branch
        QrePoint other = tracer.solveAt(g, 10.0, MixedStrategyProfile.ofDoubleFlat(g, new double[] {0.99, 0.01, 0.99, 0.01}));
        assertTrue(other.profile().toFlatArray()[0] > 0.99, "QRE near (stag, stag) " + other);
        assertTrue(other.residual() <= 1e-12);
        // and the principal QRE agrees with the traced branch around lambda = 10
        LogitBranch b = tracer.traceTo(g, 10.0);
        assertEquals(principal.profile().toFlatArray()[1], b.last().profile().toFlatArray()[1], 1e-2);
    }

    @Test
    void branchCarriesResidualCertificatesAndDiagnostics() {
        StrategicGame g = TestGames.random(5, new int[] {3, 3, 3}, 9);
        LogitEquilibriumSolver.Solution s = new LogitEquilibriumSolver().solveWithBranch(g);
        LogitBranch b = s.branch();
        assertTrue(b.points().size() > 2);
        assertTrue(b.maxResidual() <= 1e-8, "max residual " + b.maxResidual());
        assertEquals(LogitBranch.StopReason.REGRET_REACHED, b.stopReason());
        assertEquals(1L, s.result().diagnostics().counter("polished"));
        assertTrue(s.result().diagnostics().counter("steps") > 0);
        assertTrue(s.result().isVerified());
        // the polished equilibrium is close to the end of the branch
        double[] end = b.last().profile().toFlatArray();
        double[] eq = s.result().profiles().get(0).toFlatArray();
        for (int k = 0; k < end.length; k++) {
            assertEquals(end[k], eq[k], 1e-3);
        }
    }

    @Test
    void treesAreSolvedInTheAgentFormAndEndAtTheSubgamePerfectEquilibrium() {
        // entry game: Out gives (0, 2); In lets player 2 fight (-1, -1) or accommodate (1, 1).
        // (Out, Fight) is a Nash equilibrium but not sequential; the agent QRE branch ends at (In, Accommodate).
        ExtensiveGame.Builder b = ExtensiveGame.builder().players(List.of("Entrant", "Incumbent"));
        int out = b.addOutcome("out", Rational.of(0), Rational.of(2));
        int fight = b.addOutcome("fight", Rational.of(-1), Rational.of(-1));
        int acc = b.addOutcome("accommodate", Rational.of(1), Rational.of(1));
        var first = b.root().personal(0, 1, "entry", List.of("Out", "In"));
        first.get(0).outcome(out);
        var second = first.get(1).personal(1, 1, "response", List.of("Fight", "Accommodate"));
        second.get(0).outcome(fight);
        second.get(1).outcome(acc);
        ExtensiveGame g = b.build();
        EquilibriumResult r = new LogitEquilibriumSolver().solve(g);
        assertEquals(Representation.AGENT, r.representation());
        assertTrue(r.isVerified());
        assertClose(new double[] {0, 1, 0, 1}, r.profiles().get(0).toFlatArray(), 1e-12);
        assertClose(new double[] {0.5, 0.5, 0.5, 0.5}, tracer.solveAt(g, 0, null).profile().toFlatArray(), 1e-15);
    }

    @Test
    void optionsNameTheOffendingField() {
        Tolerance t = Tolerance.DEFAULT;
        var e = assertThrows(IllegalArgumentException.class, () -> new LogitQreTracer.Options(0, 1e-12, 1e6, 1e-8, 10, 6, 1e-10, 0.4, 0.3, t));
        assertTrue(e.getMessage().startsWith("firstStep"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new LogitQreTracer.Options(0.03, 1e-12, 1e6, 2, 10, 6, 1e-10, 0.4, 0.3, t));
        assertTrue(e.getMessage().startsWith("endRegret"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new LogitQreTracer.Options(0.03, 1e-12, 1e6, 1e-8, 10, 6, 1e-10, 0.4, 2, t));
        assertTrue(e.getMessage().startsWith("maxAngle"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> tracer.solveAt(TestGames.matchingPennies(), -1, null));
        assertTrue(e.getMessage().startsWith("lambda"), e.getMessage());
    }

    @Test
    void stepBudgetIsAnOutcome() {
        LogitQreTracer.Options o = new LogitQreTracer.Options(0.03, 1e-12, 1e12, 1e-8, 3, 6, 1e-11, 0.4, 0.3, Tolerance.DEFAULT);
        LogitBranch b = new LogitQreTracer(o).trace(TestGames.random(2, new int[] {3, 3}, 9));
        assertEquals(LogitBranch.StopReason.MAX_STEPS, b.stopReason());
        assertEquals(4, b.points().size());
    }
}
