package org.parley.games.solve.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.TestGames;
import org.parley.games.UnsupportedGameException;
import org.parley.games.UnverifiedEquilibriumException;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.QreResult;
import org.parley.games.solve.Representation;
import org.parley.games.solve.Solvers;
import org.parley.games.solve.nplayer.LogitQreTracer;
import org.parley.games.solve.nplayer.QrePoint;
import org.parley.games.solve.seqform.TreeFixtures;
import org.parley.provenance.InputKind;

class TreeLogitQreSolverTest {
    private static QreResult solve(ExtensiveGame g, double lambda) {
        return new TreeLogitQreSolver(TreeLogitQreSolver.Options.at(lambda)).solve(g);
    }

    /** One decision between payoffs 0 and 1: P(second) = e^λ / (1 + e^λ); at λ = ln 3 that is 3/4. */
    @Test
    void oneDecisionByHand() {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("one").players(List.of("1"));
        var k = b.root().personal(0, 1, "", List.of("a", "b"));
        k.get(0).outcome(b.addOutcome("", Rational.of(0)));
        k.get(1).outcome(b.addOutcome("", Rational.of(1)));
        ExtensiveGame g = b.build();
        QreResult r = solve(g, Math.log(3));
        assertEquals(0.75, r.profile().probability(0, 0, 1), 1e-15);
        assertEquals(0.5, solve(g, 0).profile().probability(0, 0, 0), 0.0);
        assertTrue(r.residual() <= 1e-15 && r.isVerified());
    }

    /**
     * Two stages (see {@link BackwardInductionSolverTest#twoStage}) at λ = 1, by hand: after L player 2 plays l with
     * e/(e + 1); after R l with e²/(e² + e) = e/(e + 1). Player 1's values: V(L) = 3e/(e+1), V(R) = (e + 2)/(e + 1);
     * P(L) = e^{V(L)} / (e^{V(L)} + e^{V(R)}).
     */
    @Test
    void twoStagesByHand() {
        QreResult r = solve(BackwardInductionSolverTest.twoStage(), 1.0);
        double e = Math.E;
        double pl = e / (e + 1);
        double vl = 3 * pl, vr = pl + 2 * (1 - pl);
        assertEquals(pl, r.profile().probability(1, 0, 0), 1e-14);
        assertEquals(pl, r.profile().probability(1, 1, 0), 1e-14);
        assertEquals(Math.exp(vl) / (Math.exp(vl) + Math.exp(vr)), r.profile().probability(0, 0, 0), 1e-14);
        assertEquals("qre", r.method());
        assertEquals(Representation.AGENT, r.representation());
        assertEquals(InputKind.GAME, r.provenance().inputKind());
        assertEquals(Map.of("lambda", "1.0", "tolerance", "1.0E-12"), r.provenance().parameters());
    }

    /** On a perfect-information tree the agent QRE is unique: the engine's general tracer finds the same point. */
    @Test
    void equalsTheGeneralAgentQreOfTheTracer() {
        for (long seed = 1; seed <= 6; seed++) {
            ExtensiveGame g = TreeFixtures.randomPerfectInformation(seed, 2 + (int) (seed % 2), 4, false);
            for (double lambda : new double[] {0.5, 2.0}) {
                double[] mine = solve(g, lambda).profile().toFlatArray();
                if (mine.length == 0) {
                    // seed 3 draws a tree of chance moves only: nothing to choose (the tracer has no system to solve)
                    assertEquals(0.0, solve(g, lambda).residual());
                    continue;
                }
                QrePoint other = new LogitQreTracer(LogitQreTracer.Options.defaults()).solveAt(g, lambda, null);
                double[] theirs = other.profile().toFlatArray();
                for (int k = 0; k < mine.length; k++) {
                    assertEquals(mine[k], theirs[k], 1e-8, "seed " + seed + ", lambda " + lambda + ", entry " + k);
                }
            }
        }
    }

    @Test
    void largeLambdaApproachesBackwardInductionWithoutOverflow() {
        ExtensiveGame g = BackwardInductionSolverTest.twoStage();
        QreResult r = solve(g, 1e6);
        double[] spe = new BackwardInductionSolver().solve(g).equilibria().get(0).profile().toFlatArray();
        double[] qre = r.profile().toFlatArray();
        for (int k = 0; k < qre.length; k++) {
            assertEquals(spe[k], qre[k], 1e-12);
        }
    }

    @Test
    void aProfileThatIsNotTheQreIsRefused() {
        ExtensiveGame g = BackwardInductionSolverTest.twoStage();
        MixedBehaviorProfile uniform = MixedBehaviorProfile.ofDoubleFlat(g, new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5});
        TreeLogitQreSolver.Options o = TreeLogitQreSolver.Options.at(2);
        UnverifiedEquilibriumException e = assertThrows(UnverifiedEquilibriumException.class, () -> QreResult.of(g, "qre",
                "1", 2, Representation.AGENT, o, uniform, o.tolerance(), new Diagnostics(0, Map.of())));
        assertTrue(e.getMessage().contains("logit residual"));
        // at lambda 0 the uniform profile is the QRE
        assertEquals(0.0, QreResult.of(g, "qre", "1", 0, Representation.AGENT, o, uniform, o.tolerance(),
                new Diagnostics(0, Map.of())).residual());
    }

    @Test
    void imperfectInformationAndTablesAreRefusedUpFront() {
        UnsupportedGameException e = assertThrows(UnsupportedGameException.class, () -> solve(TreeFixtures.kuhnPoker(), 1));
        assertTrue(e.getMessage().contains("perfect information"));
        assertThrows(UnsupportedGameException.class,
                () -> new TreeLogitQreSolver(TreeLogitQreSolver.Options.at(1)).solve(TestGames.matchingPennies()));
        assertThrows(IllegalArgumentException.class, () -> TreeLogitQreSolver.Options.at(-1));
        assertThrows(IllegalArgumentException.class, () -> TreeLogitQreSolver.Options.at(Double.POSITIVE_INFINITY));
    }

    @Test
    void registeredAsQre() {
        QreResult r = Solvers.qreByName("qre").orElseThrow().solver(1.0).solve(BackwardInductionSolverTest.twoStage());
        assertEquals(1.0, r.lambda());
        assertTrue(Solvers.byName("qre").isEmpty(), "a QRE is not offered as a Nash method");
        assertEquals(Arithmetic.DOUBLE, r.profile().arithmetic());
    }
}
