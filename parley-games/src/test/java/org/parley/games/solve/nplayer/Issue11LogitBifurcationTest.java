package org.parley.games.solve.nplayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.games.Game;
import org.parley.games.StrategicGame;
import org.parley.games.io.GameReader;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.verify.Regret;

/**
 * Issue 11 (logit correctness): on games with symmetries the logit branch from the centroid meets pitchfork
 * bifurcations. The old tracer went straight through them and on artist2.efg ended at payoffs (0.795, 0.795),
 * an equilibrium that no principal branch of a nearby generic game reaches: with one payoff perturbed by
 * 1/1000 the principal branch turns onto an asymmetric arm at lambda 5.21 and ends at payoffs (0.48, 0.84),
 * Gambit's end point (established with an independent trace: numerical Jacobians, arc-length steps of at
 * most 0.05, tangent angle at most 0.05 rad; see docs/performance-games.md). The old tracer also jumped that
 * near-bifurcation on the perturbed game. These tests pin the tracer to the limit of the perturbed branches.
 */
class Issue11LogitBifurcationTest {
    /** Shapley's 3x3 game sh3 (Gambit catalogue); symmetric, equilibria (1/3,2/3,0)^2, (1/6,1/3,1/2)^2, (0,0,1)^2. */
    static StrategicGame sh3(long perturbRow1Col1Thousandths) {
        long[][] a = {{0, 3, 0}, {2, 2, 0}, {3, 0, 1}};
        long[][] p = new long[9][];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                p[r + 3 * c] = new long[] {1000 * a[r][c], 1000 * a[c][r]};
            }
        }
        p[0][0] += perturbRow1Col1Thousandths;
        return TestGames.of(new int[] {3, 3}, p);
    }

    private static double[] end(Game g) {
        EquilibriumResult r = new LogitEquilibriumSolver().solveWithBranch(g).result();
        assertTrue(r.isVerified(), "end point verified: " + r.rejected());
        return r.profiles().get(0).toFlatArray();
    }

    @Test
    void issue11_symmetricGameEndsWhereThePerturbedPrincipalBranchesEnd() {
        double[] pure33 = {0, 0, 1, 0, 0, 1};
        for (long eps : new long[] {0, 1, -1}) {
            double[] s = end(sh3(eps));
            for (int k = 0; k < 6; k++) {
                assertEquals(pure33[k], s[k], 1e-6, "perturbation " + eps + "/1000, entry " + k);
            }
        }
        LogitBranch b = new LogitQreTracer(LogitQreTracer.Options.defaults()).trace(sh3(0));
        assertTrue(b.diagnostics().counters().get("bifurcations") >= 1, "a bifurcation was crossed: " + b.diagnostics().counters());
        assertEquals(LogitBranch.StopReason.REGRET_REACHED, b.stopReason());
    }

    private static Path artist2() {
        String shared = System.getProperty("parley.shared.dir");
        Path p = shared == null ? null : Path.of(shared, "games", "gambit", "artist2.efg");
        Assumptions.assumeTrue(p != null && Files.isRegularFile(p), "Gambit corpus not found (parley.shared.dir)");
        return p;
    }

    @Test
    void issue11_artist2EndsAtGambitsEndPoint() throws IOException {
        Path file = artist2();
        Game g = GameReader.read(file);
        EquilibriumResult r = new LogitEquilibriumSolver().solveWithBranch(g).result();
        assertTrue(r.isVerified());
        double[] pay = Regret.expectedPayoffs(r.profiles().get(0));
        assertEquals(0.48, pay[0], 1e-9);
        assertEquals(0.84, pay[1], 1e-9);
        String line = Files.readAllLines(file.resolveSibling("expected").resolve("artist2.efg.logit.txt")).get(0);
        double[] theirs = java.util.Arrays.stream(line.substring(3).split(",")).mapToDouble(Double::parseDouble).toArray();
        assertTrue(GambitLogitTest.distance(r.profiles().get(0), theirs) <= GambitLogitTest.TOL);
    }

    @Test
    void issue11_perturbedArtist2FollowsTheTurnInsteadOfJumping() throws IOException {
        String text = Files.readString(artist2()).replace("\"Outcome 2\" { 3, 0 }", "\"Outcome 2\" { 3001/1000, 0 }");
        Game g = GameReader.read(text, "artist2-perturbed.efg");
        double[] pay = Regret.expectedPayoffs(new LogitEquilibriumSolver().solveWithBranch(g).result().profiles().get(0));
        // the perturbed game's principal branch ends near (0.48, 0.84); the old tracer jumped to (0.795, 0.795)
        assertEquals(0.48, pay[0], 2e-3);
        assertEquals(0.84, pay[1], 2e-3);
    }
}
