package org.parley.forecast.eu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.forecast.ScenarioNotAnalysableException;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.Sentence;
import org.parley.forecast.TestScenarios;
import org.parley.forecast.eu.ExpectedUtilityModel.EarlyStop;
import org.parley.forecast.eu.ExpectedUtilityModel.Options;
import org.parley.forecast.eu.ExpectedUtilityModel.Variant;

class ExpectedUtilityOptionsTest {
    @Test
    void validationNamesTheField() {
        Options d = Options.DEFAULT;
        assertMessage("q must", () -> d.withQ(-0.1, 1));
        assertMessage("t must", () -> d.withQ(1, 2));
        assertMessage("maxRounds must", () -> d.withMaxRounds(0));
        assertMessage("salienceDivisor must", () -> d.withSalienceDivisor(0));
        assertMessage("earlyStop.epsilon must", () -> new EarlyStop(true, -1, 2));
        assertMessage("earlyStop.rounds must", () -> new EarlyStop(true, 0.001, 0));
        assertMessage("tieTolerance must", () -> new Options(Variant.SCHOLZ2011, 1, 1, 10, EarlyStop.OFF,
                ExpectedUtilityModel.DistanceScale.INITIAL_RANGE, 100, 0.1));
        assertEquals(d, Options.fromParameters(d.asParameters()));
        Options clean = Options.defaults(Variant.BDM_CLEAN);
        assertEquals(clean, Options.fromParameters(clean.asParameters()));
    }

    private static void assertMessage(String prefix, Runnable r) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }

    @Test
    void salienceAboveOneAfterDivisionIsRejected() {
        ExpectedUtilityModel m = new ExpectedUtilityModel(Options.DEFAULT.withSalienceDivisor(1));
        ScenarioNotAnalysableException e = assertThrows(ScenarioNotAnalysableException.class,
                () -> m.forecast(TestScenarios.ecEmissions()));
        assertTrue(e.getMessage().contains("actor Netherlands"), e.getMessage());
    }

    /** The published run oscillates; with early stop on, the path is cut once the median is stable. */
    @Test
    void scholz2011RunWithEarlyStopReportsWhy() {
        IssueForecast f = new ExpectedUtilityModel(Options.DEFAULT.withEarlyStop(EarlyStop.DEFAULT))
                .forecastIssue(TestScenarios.ecEmissions().slice(TestScenarios.ISSUE));
        assertTrue(f.convergence().rounds() < 10, f.convergence().toString());
        assertTrue(f.convergence().stopReason().words("#").startsWith("forecast moved by at most"),
                f.convergence().stopReason().toString());
        IssueForecast full = new ExpectedUtilityModel()
                .forecastIssue(TestScenarios.ecEmissions().slice(TestScenarios.ISSUE));
        assertEquals(Sentence.of("max rounds (10)"), full.convergence().stopReason());
        Sentence first = full.explanation().get(0);
        assertTrue(first.words("#").endsWith("weighted mean of those positions is #."), first.toString());
        assertEquals(7.24213, first.numbers().get(1), 5e-6);
    }

    /**
     * A cycle of length 2 under scholz2011 (found by a search with the spec's reference script): A (c 3, x 70, s 10),
     * B (c 4, x 0, s 50), C (c 5, x 90, s 100). A loses a conflict to B (→ 0), then compromises with C
     * (→ 30.872188891161777), then loses to B again, and so on.
     */
    @Test
    void cycleIsDetectedAndReported() {
        var sc = TestScenarios.oneIssue(new double[] {3, 4, 5}, new double[] {70, 0, 90}, new double[] {10, 50, 100});
        IssueForecast f = new ExpectedUtilityModel(Options.DEFAULT.withCycle(ExpectedUtilityModel.CycleRule.SNAPSHOT))
                .forecastIssue(sc.slice(TestScenarios.ISSUE));
        assertEquals(0.0, f.path().get(1).positions().get(0), 0);
        assertEquals(30.872188891161777, f.path().get(2).positions().get(0), 1e-12);
        assertEquals(10, f.convergence().rounds(), "snapshot and no early stop: all rounds run");
        String all = String.join(" ", f.explanation().stream().map(x -> x.words("#")).toList());
        assertTrue(all.contains("cycle of length 2 (positions after round 3 repeat those after round 1)"), all);
        // the default cycle rule stops at the repeat and forecasts the mean median over one period (rounds 2 and 3)
        IssueForecast p = new ExpectedUtilityModel().forecastIssue(sc.slice(TestScenarios.ISSUE));
        assertEquals(3, p.convergence().rounds());
        assertTrue(p.convergence().stopReason().words("#").startsWith("cycle of length 2"),
                p.convergence().stopReason().toString());
        assertEquals(0.5 * (f.path().get(2).forecast() + f.path().get(3).forecast()), p.outcome(), 1e-12);
        assertTrue(String.join(" ", p.explanation().stream().map(x -> x.words("#")).toList()).contains("mean of the weighted medians over one period"));
        IssueForecast g = new ExpectedUtilityModel(Options.DEFAULT.withEarlyStop(new EarlyStop(true, 0, 100)))
                .forecastIssue(sc.slice(TestScenarios.ISSUE));
        assertEquals(3, g.convergence().rounds());
        assertTrue(g.convergence().stopReason().words("#").startsWith("cycle of length 2"),
                g.convergence().stopReason().toString());
        assertEquals(90, g.outcome(), 0);
    }
}
