package org.parley.games.solve.nplayer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.games.Profile;
import org.parley.games.StrategicGame;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.solve.pure.EnumPureEquilibriumSolver;
import org.parley.games.verify.Tolerance;

class EnumPolyEquilibriumSolverTest extends NPlayerSolverContractTest {
    @Override
    StrategicEquilibriumSolver solver() {
        return new EnumPolyEquilibriumSolver();
    }

    @Test
    void optionsAreValidatedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> new EnumPolyEquilibriumSolver.Options(0, 10, 10, Tolerance.DEFAULT));
        assertTrue(e.getMessage().contains("boxWidth"));
        e = assertThrows(IllegalArgumentException.class, () -> new EnumPolyEquilibriumSolver.Options(0.1, 0, 10, Tolerance.DEFAULT));
        assertTrue(e.getMessage().contains("maxBoxesPerSupport"));
    }

    /**
     * Generic games have an odd number of equilibria (Wilson 1971), all isolated; enumpoly must find an odd
     * number, including every pure equilibrium (enumpure is complete for those), on seeded random 3-player games,
     * given a box budget large enough that no support is abandoned (the default budget abandons a few supports
     * of some of these games).
     */
    @Test
    void randomThreePlayerGamesHaveAnOddNumberOfEquilibriaIncludingThePureOnes() {
        int[][] shapes = {{2, 2, 2}, {3, 2, 2}, {2, 3, 2}, {3, 3, 2}};
        for (int s = 0; s < 12; s++) {
            StrategicGame g = TestGames.random(1000 + s, shapes[s % shapes.length], 1000); // payoff ties improbable: generic
            // a larger box budget than the default, so that no support is abandoned
            EquilibriumResult r = new EnumPolyEquilibriumSolver(new EnumPolyEquilibriumSolver.Options(1.0 / 32, 200_000, 1_000_000,
                    Tolerance.DEFAULT)).solve(g);
            assertTrue(r.isVerified());
            assertEquals(0, r.diagnostics().counters().get("abandonedSupports"), "seed " + s);
            assertEquals(1, r.equilibria().size() % 2, "seed " + s + ": " + r.profiles());
            List<Profile> pure = new EnumPureEquilibriumSolver().solve(g).profiles();
            for (Profile p : pure) {
                double[] x = p.toFlatArray();
                assertTrue(r.profiles().stream().anyMatch(q -> {
                    double[] y = q.toFlatArray();
                    for (int k = 0; k < x.length; k++) {
                        if (Math.abs(x[k] - y[k]) > 1e-9) {
                            return false;
                        }
                    }
                    return true;
                }), "seed " + s + ": pure equilibrium " + p + " missing");
            }
        }
    }

    @Test
    void twoPlayerGamesGiveTheEqualSupportEquilibria() {
        // battle of the sexes: two pure and one mixed equilibrium
        StrategicGame g = TestGames.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 2}});
        EquilibriumResult r = solveVerified(g);
        assertEquals(3, r.equilibria().size());
    }
}
