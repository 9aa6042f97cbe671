package org.parley.analysis.crisis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.parley.games.ExtensiveGame;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.solve.nplayer.LogitQreTracer;
import org.parley.games.solve.nplayer.QrePoint;
import org.junit.jupiter.api.Test;

/**
 * The closed-form agent logit QRE of the International Interaction Game against the engine's general agent-QRE
 * solver (Newton / homotopy on the agent form): on a perfect-information tree both define the same unique point.
 */
class EngineCrossCheckTest {
    @Test
    void closedFormAgentQreEqualsTheEnginesAgentQre() {
        IigUtilities u = IigUtilities.of(InteractionGameTest.DOVE_A, InteractionGameTest.DOVE_B);
        for (double lambda : new double[] {0.5, 2.0}) {
            CrisisResult mine = InteractionGame.solveLogit(u, "A", "B", lambda);
            ExtensiveGame g = mine.game();
            QrePoint engine = new LogitQreTracer(LogitQreTracer.Options.defaults()).solveAt(g, lambda, null);
            double[] a = mine.selectedEquilibrium().profile().toFlatArray();
            double[] b = ((MixedBehaviorProfile) engine.profile()).toFlatArray();
            assertEquals(a.length, b.length);
            for (int k = 0; k < a.length; k++) {
                assertEquals(a[k], b[k], 1e-9, "lambda " + lambda + ", entry " + k);
            }
            assertTrue(engine.residual() < 1e-9);
        }
    }
}
