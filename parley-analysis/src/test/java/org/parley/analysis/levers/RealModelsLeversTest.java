package org.parley.analysis.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.parley.analysis.TestScenarios;
import org.parley.forecast.Models;
import org.parley.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The analytic lever thresholds again, with parley-forecast's own models instead of the test's reference ones. */
class RealModelsLeversTest {
    @Test
    void weightedMedianFlipsAtHalfTheTotalWeight() {
        // a2 at 90 becomes the median iff its weight c exceeds the others' 1 + 1 = 2
        Scenario s = TestScenarios.oneIssue(new double[] {10, 40, 90}, new double[] {1, 1, 1}, new double[] {100, 100, 100});
        LeverOutcome o = Levers.find(s, LeverQuery.of("a2", "x", "capability", ">= 90"),
                List.of(Models.byId("median"))).outcomes().get(0);
        assertEquals("median", o.responderId());
        assertEquals(40.0, o.current().value(), 1e-12);
        assertEquals(2.0, o.nearest().threshold(), 1e-5);
        assertEquals(90.0, o.nearest().readingHigh().value(), 1e-12);
        assertEquals(org.parley.scenario.ScenarioDigest.sha256(s), o.provenance().inputSha256());
    }

    @Test
    void compromiseThresholdInClosedForm() {
        // §1.3 case 1.a: moving actor 2 (w = 1) to x2 = 50·3.4 − (5 + 64 + 27) = 74 brings the weighted mean to 50
        Scenario s = TestScenarios.oneIssue(new double[] {10, 40, 70, 90}, new double[] {1, 2, 1, 0.5},
                new double[] {50, 80, 100, 60});
        LeverOutcome o = Levers.find(s, LeverQuery.of("a2", "x", "position", ">= 50"),
                List.of(Models.byId("compromise"))).outcomes().get(0);
        assertEquals(166 / 3.4, o.current().value(), 1e-9);
        assertEquals(74.0, o.nearest().threshold(), 1e-4);
        LeverOutcome u = Levers.find(s, LeverQuery.of("a3", "x", "position", ">= 50"),
                List.of(Models.byId("compromise"))).outcomes().get(0);
        assertEquals(LeverOutcome.Status.UNREACHABLE, u.status());
    }

    @Test
    void everyDefaultModelAnswersOnTheSameQuery() {
        Scenario s = TestScenarios.oneIssue(new double[] {10, 40, 70, 90}, new double[] {1, 2, 1, 0.5},
                new double[] {50, 80, 100, 60});
        LeverResult r = Levers.find(s, LeverQuery.of("a1", "x", "position", ">= 60"), Models.defaults(),
                LeverOptions.DEFAULTS.withGridPoints(51));
        assertEquals(Models.defaults().size(), r.outcomes().size());
        for (LeverOutcome o : r.outcomes()) {
            assertTrue(o.status() != null && o.scan().size() >= 51, o.responderId());
            if (o.status() == LeverOutcome.Status.REACHABLE) {
                Crossing c = o.nearest();
                Reading side = c.direction() == Crossing.Direction.ENTERS ? c.readingHigh() : c.readingLow();
                assertTrue(r.query().target().test(side.value(), side.label()),
                        o.responderId() + ": the target holds on the reported side");
            }
        }
    }
}
