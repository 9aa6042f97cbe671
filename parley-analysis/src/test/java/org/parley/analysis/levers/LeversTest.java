package org.parley.analysis.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.parley.analysis.InvalidAnalysisInputException;
import org.parley.analysis.TestScenarios;
import org.parley.forecast.BargainingModel;
import org.parley.scenario.Scenario;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parley.provenance.InputKind;
import org.parley.provenance.Provenance;
import org.parley.provenance.RunContext;
import org.parley.scenario.ScenarioDigest;

class LeversTest {
    private static final double TOL = 1e-5; // a little above the default bracket width on the domains used

    // three actors at 10, 40, 90; a2's weight decides whether the median jumps from 40 to 90
    private static Scenario medianCase(double cap2, double sal2) {
        return TestScenarios.oneIssue(new double[] {10, 40, 90}, new double[] {1, 1, cap2}, new double[] {100, 100, sal2});
    }

    @Test
    void weightedMedianFlipsWhereTheActorsWeightCrossesHalfTheTotal() {
        // hand computation: the others weigh 1 + 1 = 2; a2 at 90 is the median iff w2 > (2 + w2)/2 iff w2 > 2,
        // i.e. capability > 2 at salience 100. At exactly 2 the median is the tie interval's midpoint 65.
        LeverResult r = Levers.find(medianCase(1, 100), LeverQuery.of("a2", "x", "capability", ">= 90"),
                List.of(TestScenarios.median()));
        LeverOutcome o = r.outcomes().get(0);
        assertEquals(LeverOutcome.Status.REACHABLE, o.status());
        assertEquals(40.0, o.current().value());
        Crossing c = o.nearest();
        assertEquals(2.0, c.threshold(), TOL);
        assertTrue(c.reaching() > 2.0, "the value reported must itself reach the target");
        assertEquals(90.0, c.readingHigh().value());
        assertTrue(c.readingLow().value() <= 65.0);
        assertEquals(1.0, o.requiredChange(), TOL);
        assertEquals(Crossing.Direction.ENTERS, c.direction());
        assertEquals(1, o.crossings().size());
        assertTrue(c.converged());
        assertEquals(new Domain(0.01, 10.0, true), r.domain());
    }

    @Test
    void weightedMedianSalienceThreshold() {
        // capability 3: w2 = 3 s/100 > 2 iff s > 200/3
        LeverOutcome o = Levers.find(medianCase(3, 50), LeverQuery.of("a2", "x", "salience", ">= 90"),
                List.of(TestScenarios.median())).outcomes().get(0);
        assertEquals(200.0 / 3, o.nearest().threshold(), 100 * 1e-6);
        assertEquals(200.0 / 3 - 50, o.requiredChange(), 100 * 1e-6);
    }

    // §1.3 case 1.a: positions (10,40,70,90), c = (1,2,1,0.5), s = (50,80,100,60); w = (.5,1.6,1,.3), W = 3.4
    private static Scenario case1a() {
        return TestScenarios.oneIssue(new double[] {10, 40, 70, 90}, new double[] {1, 2, 1, 0.5},
                new double[] {50, 80, 100, 60});
    }

    @Test
    void compromiseThresholdInClosedForm() {
        // weighted mean (139 + w3 x3 ... ) : moving actor 2 (w = 1): x2 = 50·3.4 − (5 + 64 + 27) = 74
        LeverOutcome o = Levers.find(case1a(), LeverQuery.of("a2", "x", "position", ">= 50"),
                List.of(TestScenarios.compromise())).outcomes().get(0);
        assertEquals(166 / 3.4, o.current().value(), 1e-12);
        assertEquals(74.0, o.nearest().threshold(), 100 * 1e-6);
        assertEquals(4.0, o.requiredChange(), 100 * 1e-6);
        assertTrue(o.nearest().readingHigh().value() >= 50 && o.nearest().readingLow().value() < 50);
        // salience of actor 3 (c = 0.5): (139 + 90 w) / (3.1 + w) >= 50 iff w >= 0.4 iff s >= 80
        LeverOutcome s = Levers.find(case1a(), LeverQuery.of("a3", "x", "salience", ">= 50"),
                List.of(TestScenarios.compromise())).outcomes().get(0);
        assertEquals(80.0, s.nearest().threshold(), 100 * 1e-6);
        assertEquals(20.0, s.requiredChange(), 100 * 1e-6);
    }

    @Test
    void unreachableTargetIsReported() {
        // moving actor 3 (w = 0.3) would need x3 = (170 − 139)/0.3 = 103.3, outside the scale [0, 100]
        LeverOutcome o = Levers.find(case1a(), LeverQuery.of("a3", "x", "position", ">= 50"),
                List.of(TestScenarios.compromise())).outcomes().get(0);
        assertEquals(LeverOutcome.Status.UNREACHABLE, o.status());
        assertFalse(o.reachable());
        assertTrue(o.crossings().isEmpty());
        assertTrue(Double.isNaN(o.requiredChange()));
        // the scan still shows how close it gets: at x3 = 100 the mean is (5 + 64 + 70 + 30)/3.4
        ScanPoint last = o.scan().get(o.scan().size() - 1);
        assertEquals(100.0, last.value());
        assertEquals(169 / 3.4, last.reading().value(), 1e-9);
    }

    @Test
    void nonMonotoneResponseFindsBothCrossings() {
        // a tent: forecast = x0 up to 50, then 100 − x0; the target >= 40 holds on [40, 60]
        BargainingModel tent = TestScenarios.model("tent", sl -> Math.min(sl.position(0), 100 - sl.position(0)));
        Scenario low = TestScenarios.oneIssue(new double[] {10}, new double[] {1}, new double[] {50});
        LeverOutcome o = Levers.find(low, LeverQuery.of("a0", "x", "position", ">= 40"), List.of(tent)).outcomes().get(0);
        assertEquals(2, o.crossings().size());
        assertEquals(40.0, o.crossings().get(0).threshold(), 1e-4);
        assertEquals(Crossing.Direction.ENTERS, o.crossings().get(0).direction());
        assertEquals(60.0, o.crossings().get(1).threshold(), 1e-4);
        assertEquals(Crossing.Direction.LEAVES, o.crossings().get(1).direction());
        assertEquals(30.0, o.requiredChange(), 1e-4);
        Scenario high = TestScenarios.oneIssue(new double[] {90}, new double[] {1}, new double[] {50});
        LeverOutcome h = Levers.find(high, LeverQuery.of("a0", "x", "position", ">= 40"), List.of(tent)).outcomes().get(0);
        assertEquals(-30.0, h.requiredChange(), 1e-4);
        assertEquals(60.0, h.nearest().reaching(), 1e-4);
        assertTrue(h.nearest().reaching() <= 60.0);
    }

    @Test
    void alreadyMetReportsZeroChangeAndTheMargin() {
        LeverOutcome o = Levers.find(case1a(), LeverQuery.of("a2", "x", "position", "<= 50"),
                List.of(TestScenarios.compromise())).outcomes().get(0);
        assertEquals(LeverOutcome.Status.ALREADY_MET, o.status());
        assertEquals(0.0, o.requiredChange());
        assertEquals(74.0, o.nearest().threshold(), 1e-4); // where it would stop holding
        assertEquals(Crossing.Direction.LEAVES, o.nearest().direction());
    }

    @Test
    void severalModelsAndProvenance() {
        LeverResult r = Levers.find(medianCase(1, 100), LeverQuery.of("a2", "x", "capability", "> 50"),
                List.of(TestScenarios.median(), TestScenarios.compromise()));
        assertEquals(2, r.outcomes().size());
        LeverOutcome m = r.outcome("t-median").orElseThrow();
        LeverOutcome c = r.outcome("t-compromise").orElseThrow();
        // median: > 50 first at the tie (65 at exactly 2) — the threshold is 2 either way
        assertEquals(2.0, m.nearest().threshold(), TOL);
        // compromise: (10 + 40 + 90 c)/(2 + c) > 50 iff 40c > 50 iff c > 1.25
        assertEquals(1.25, c.nearest().threshold(), TOL);
        assertEquals(ScenarioDigest.sha256(medianCase(1, 100)), c.provenance().inputSha256());
        assertEquals(InputKind.SCENARIO, c.provenance().inputKind());
        assertEquals(LeverSearch.COMPONENT, c.provenance().component());
        assertEquals("capability", c.provenance().parameters().get("attribute"));
        assertEquals("> 50", c.provenance().parameters().get("target"));
        assertEquals("t-compromise", c.provenance().parameters().get("responder.id"));
        assertEquals("test", c.provenance().parameters().get("responder.version"));
        assertEquals(m.provenance().startedAt(), c.provenance().startedAt(), "one run, one time");
        assertEquals(r.options().gridPoints() + 1, c.scan().size()); // grid + the current value
        assertTrue(c.evaluations() > c.scan().size());
    }

    /** The run's context is recorded as given: the scenario is hashed once per run, not once per model. */
    @Test
    void provenanceComesFromTheRunContext() {
        RunContext run = new RunContext(InputKind.SCENARIO, "ab".repeat(32), Instant.parse("2024-05-01T00:00:00Z"),
                7L, null);
        LeverResult r = Levers.find(medianCase(1, 100), LeverQuery.of("a2", "x", "capability", "> 50"),
                List.of(TestScenarios.median(), TestScenarios.compromise()), LeverOptions.DEFAULTS.withGridPoints(11),
                run);
        for (LeverOutcome o : r.outcomes()) {
            Provenance p = o.provenance();
            assertEquals(run.provenance(LeverSearch.COMPONENT, LeverSearch.VERSION, p.parameters()), p);
            assertEquals("11", p.parameters().get("gridPoints"));
            assertEquals(o.responderId(), p.parameters().get("responder.id"));
        }
    }

    @Test
    void invalidQueriesAreRejectedWithTheFieldNamed() {
        Scenario s = case1a();
        var e = assertThrows(InvalidAnalysisInputException.class,
                () -> Levers.find(s, LeverQuery.of("nobody", "x", "position", ">= 1"), List.of(TestScenarios.compromise())));
        assertTrue(e.getMessage().contains("nobody"));
        assertThrows(InvalidAnalysisInputException.class,
                () -> Levers.find(s, LeverQuery.of("a0", "y", "position", ">= 1"), List.of(TestScenarios.compromise())));
        assertThrows(InvalidAnalysisInputException.class,
                () -> Levers.find(s, LeverQuery.of("a0", "x", "position", "outcome == deal"),
                        List.of(TestScenarios.compromise())));
        assertThrows(InvalidAnalysisInputException.class,
                () -> Levers.find(s, LeverQuery.of("a0", "x", "position", ">= 1"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new LeverOptions(2, 1e-6, 10, 1e-3, 10));
        assertThrows(IllegalArgumentException.class, () -> new LeverOptions(10, 1e-6, 1, 1e-3, 10));
    }

    @Test
    void rejectedScenariosBecomeInvalidPointsNotCrossings() {
        // a model that refuses positions above 80
        BargainingModel picky = TestScenarios.model("picky", sl -> {
            if (sl.position(0) > 80) {
                throw new IllegalStateException("too far");
            }
            return sl.position(0);
        });
        Scenario s = TestScenarios.oneIssue(new double[] {10}, new double[] {1}, new double[] {50});
        LeverOutcome o = Levers.find(s, LeverQuery.of("a0", "x", "position", ">= 90"), List.of(picky)).outcomes().get(0);
        assertEquals(LeverOutcome.Status.UNREACHABLE, o.status());
        assertTrue(o.invalidPoints() > 0);
        assertTrue(o.scan().stream().anyMatch(p -> !p.isValid() && p.error().contains("too far")));
    }
}
