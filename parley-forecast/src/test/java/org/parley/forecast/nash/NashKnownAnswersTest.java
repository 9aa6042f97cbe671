package org.parley.forecast.nash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.TestScenarios;
import org.parley.forecast.nash.NashBargainingModel.Disagreement;
import org.parley.forecast.nash.NashBargainingModel.Options;
import org.parley.forecast.nash.NashBargainingModel.Utility;
import org.parley.scenario.IssueSlice;
import org.parley.scenario.Scale;

/**
 * Known answers of models/README.md §2.5. Bisection stops at a bracket of 1e-9 × scale (1e-7 on 0–100), so
 * interior maxima are checked to 1e-7; kinks are returned exactly.
 */
class NashKnownAnswersTest {
    private static final double BISECTION = 1e-7;

    /** Weights given directly as capabilities (salience 100 ⇒ s = 1). */
    private static IssueSlice slice(double q, double[] x, double[] w) {
        double[] s = new double[x.length];
        java.util.Arrays.fill(s, 100);
        String[] ids = new String[x.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "a" + i;
        }
        return TestScenarios.oneIssue(Scale.DEFAULT, q, ids, w, x, s).slice(TestScenarios.ISSUE);
    }

    private static double nbs(IssueSlice s, Utility u, Disagreement d) {
        return new NashBargainingModel(Options.DEFAULT.withUtility(u).withDisagreement(d)).forecastIssue(s).outcome();
    }

    /** 2.a: q = 0, x = (20, 60, 100), w = (1, 2, 1). */
    @Test
    void example2a() {
        IssueSlice s = slice(0, new double[] {20, 60, 100}, new double[] {1, 2, 1});
        // on [20, 40): f' = −1/(40 − x) + 3/x = 0 ⇒ 3(40 − x) = x ⇒ x = 30 (actor 1 has g = 40 − x; actors 2, 3 g = x)
        assertEquals(30, nbs(s, Utility.LINEAR, Disagreement.STATUS_QUO), BISECTION);
        assertEquals(30.3477416135, nbs(s, Utility.QUADRATIC, Disagreement.STATUS_QUO), BISECTION);
        assertEquals(60, nbs(s, Utility.LINEAR, Disagreement.WORST_OUTCOME), 0); // a kink: exact
        assertEquals(56.6091733921, nbs(s, Utility.QUADRATIC, Disagreement.WORST_OUTCOME), BISECTION);
        IssueForecast f = new NashBargainingModel().forecastIssue(s);
        assertEquals(new IssueForecast.Interval(0, 40), f.interval());
    }

    /** 2.b: q = 50 inside the hull: veto degeneracy ⇒ 50, flagged in the explanation. */
    @Test
    void example2bVeto() {
        IssueSlice s = slice(50, new double[] {20, 60, 100}, new double[] {1, 2, 1});
        assertEquals(50, nbs(s, Utility.LINEAR, Disagreement.STATUS_QUO), 0);
        assertEquals(50, nbs(s, Utility.QUADRATIC, Disagreement.STATUS_QUO), 0);
        IssueForecast f = new NashBargainingModel().forecastIssue(s);
        assertTrue(f.explanation().get(0).words("#").contains("veto degeneracy"), f.explanation().get(0).toString());
        assertTrue(f.explanation().get(0).words("#").contains("both sides"), f.explanation().get(0).toString());
        assertEquals(new IssueForecast.Interval(50, 50), f.interval());
    }

    /** 2.c: q = 0, x = (30, 80). */
    @Test
    void example2c() {
        assertEquals(30, nbs(slice(0, new double[] {30, 80}, new double[] {1, 1}), Utility.LINEAR,
                Disagreement.STATUS_QUO), 0);
        // on (30, 60): −1/(60 − x) + 3/x = 0 ⇒ 3(60 − x) = x ⇒ x = 45
        assertEquals(45, nbs(slice(0, new double[] {30, 80}, new double[] {1, 3}), Utility.LINEAR,
                Disagreement.STATUS_QUO), BISECTION);
        assertEquals(37.7088178321, nbs(slice(0, new double[] {30, 80}, new double[] {1, 1}), Utility.QUADRATIC,
                Disagreement.STATUS_QUO), BISECTION);
    }

    /** 2.d: example 1.a data, q = 0. */
    @Test
    void example2d() {
        double[] x = {10, 40, 70, 90}, w = {0.5, 1.6, 1.0, 0.3};
        IssueSlice s = slice(0, x, w);
        // on [10, 20): −0.5/(20 − x) + 2.9/x = 0 ⇒ 2.9(20 − x) = 0.5x ⇒ x = 58/3.4
        assertEquals(58 / 3.4, nbs(s, Utility.LINEAR, Disagreement.STATUS_QUO), BISECTION);
        assertEquals(16.9697614001, nbs(s, Utility.QUADRATIC, Disagreement.STATUS_QUO), BISECTION);
        assertEquals(40, nbs(s, Utility.LINEAR, Disagreement.WORST_OUTCOME), 0);
        assertEquals(48.5355241914, nbs(s, Utility.QUADRATIC, Disagreement.WORST_OUTCOME), BISECTION);
    }

    /** 2.e-style veto: an actor sitting at the status quo blocks any move. */
    @Test
    void actorAtStatusQuoVetoes() {
        IssueSlice s = slice(0, new double[] {0, 100, 100}, new double[] {1, 5, 5});
        IssueForecast f = new NashBargainingModel().forecastIssue(s);
        assertEquals(0, f.outcome(), 0);
        assertTrue(f.explanation().get(0).words("#").contains("a0 sits at the status quo"), f.explanation().get(0).toString());
    }

    @Test
    void noStatusQuoFallsBackToWorstOutcome() {
        IssueSlice s = slice(Double.NaN, new double[] {20, 60, 100}, new double[] {1, 2, 1});
        IssueForecast f = new NashBargainingModel().forecastIssue(s);
        assertEquals(60, f.outcome(), 0);
        assertTrue(f.explanation().get(0).words("#").contains("no status quo"), f.explanation().get(0).toString());
    }

    @Test
    void optionsValidation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Options(
                org.parley.forecast.WeightScheme.EQUAL, Utility.LINEAR, Disagreement.STATUS_QUO, 0));
        assertTrue(e.getMessage().startsWith("tolerance"), e.getMessage());
        assertEquals(Options.DEFAULT, Options.fromParameters(Options.DEFAULT.asParameters()));
        assertEquals(Disagreement.WORST_OUTCOME,
                Options.fromParameters(Map.of("disagreement", "worst-outcome")).disagreement());
        assertThrows(IllegalArgumentException.class, () -> Options.fromParameters(Map.of("utilty", "linear")));
    }
}
