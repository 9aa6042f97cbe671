package org.parley.forecast.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.TestScenarios;
import org.parley.forecast.WeightScheme;
import org.parley.scenario.IssueSlice;

/** Known answers of models/README.md §1.3. */
class BaselineKnownAnswersTest {
    private static final double EPS = 1e-10;

    private static IssueSlice slice(double[] c, double[] x, double[] s) {
        return TestScenarios.oneIssue(c, x, s).slice(TestScenarios.ISSUE);
    }

    /** 1.a: w = (0.5, 1.6, 1.0, 0.3), W = 3.4; Σ w x = 5 + 64 + 70 + 27 = 166 ⇒ 166/3.4. */
    private static final double[] C1 = {1, 2, 1, 0.5}, X1 = {10, 40, 70, 90}, S1 = {50, 80, 100, 60};

    @Test
    void example1a() {
        assertEquals(166 / 3.4, new CompromiseModel().forecastIssue(slice(C1, X1, S1)).outcome(), EPS);
        assertEquals(48.8235294118, new CompromiseModel().forecastIssue(slice(C1, X1, S1)).outcome(), 1e-10);
        assertEquals(52.5, new CompromiseModel(new CompromiseModel.Options(WeightScheme.EQUAL))
                .forecastIssue(slice(C1, X1, S1)).outcome(), EPS);
        // cumulative weight at 40 is 0.5 + 1.6 = 2.1 > W/2 = 1.7
        IssueForecast m = new WeightedMedianModel().forecastIssue(slice(C1, X1, S1));
        assertEquals(40, m.outcome(), 0);
        assertNull(m.interval());
    }

    /** 1.b: weights (1, 1, 2): cumulative 2 = W/2 exactly at 40 ⇒ interval [40, 100]. */
    @Test
    void example1bTie() {
        IssueSlice s = slice(new double[] {1, 1, 2}, new double[] {0, 40, 100}, new double[] {100, 100, 100});
        IssueForecast mid = new WeightedMedianModel().forecastIssue(s);
        assertEquals(70, mid.outcome(), 0);
        assertEquals(new IssueForecast.Interval(40, 100), mid.interval());
        WeightScheme cs = WeightScheme.CAPABILITY_TIMES_SALIENCE;
        assertEquals(40, new WeightedMedianModel(new WeightedMedianModel.Options(cs, WeightedMedianModel.TieRule.LOWER))
                .forecastIssue(s).outcome(), 0);
        assertEquals(100, new WeightedMedianModel(new WeightedMedianModel.Options(cs, WeightedMedianModel.TieRule.UPPER))
                .forecastIssue(s).outcome(), 0);
    }

    /** 1.c: power only; W = 430, half 215, cumulative 20, 120, 220 ⇒ 20. */
    @Test
    void example1cTeachingSlides() {
        IssueSlice s = slice(new double[] {20, 100, 100, 50, 50, 100, 10}, new double[] {0, 10, 20, 70, 70, 80, 100},
                new double[] {100, 100, 100, 100, 100, 100, 100});
        assertEquals(20, new WeightedMedianModel(new WeightedMedianModel.Options(WeightScheme.CAPABILITY,
                WeightedMedianModel.TieRule.MIDPOINT)).forecastIssue(s).outcome(), 0);
    }

    /** 1.d: Greece 2015 debt talks (muratk3n/thirdwave): mean 82.2222222222, median 100. */
    @Test
    void example1dGreece() {
        double[] c = {100, 30, 20, 10, 100, 70, 70, 70, 50, 20, 20};
        double[] x = {40, 60, 70, 80, 100, 100, 100, 100, 100, 100, 100};
        double[] s = {100, 100, 100, 100, 80, 100, 40, 40, 100, 70, 100};
        assertEquals(82.2222222222, new CompromiseModel().forecastIssue(slice(c, x, s)).outcome(), 1e-10);
        assertEquals(100, new WeightedMedianModel().forecastIssue(slice(c, x, s)).outcome(), 0);
    }

    /** 1.e: BDM (1994) EC emissions: mean 7.389955686853767, median 7. */
    @Test
    void example1eEcEmissions() {
        IssueSlice s = TestScenarios.ecEmissions().slice(TestScenarios.ISSUE);
        assertEquals(7.389955686853767, new CompromiseModel().forecastIssue(s).outcome(), 1e-13);
        assertEquals(7.0, new WeightedMedianModel().forecastIssue(s).outcome(), 0);
    }

    @Test
    void optionsValidationAndParameters() {
        assertThrows(NullPointerException.class, () -> new CompromiseModel.Options(null));
        assertEquals(Map.of("weights", "c*s", "decision", "rule"), new CompromiseModel().options().asParameters());
        assertEquals(WeightScheme.SALIENCE, CompromiseModel.Options.fromParameters(Map.of("weights", "s")).weights());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WeightedMedianModel.Options.fromParameters(Map.of("tie", "middle")));
        assertEquals(true, e.getMessage().startsWith("tie:"), e.getMessage());
        WeightedMedianModel.Options o = new WeightedMedianModel.Options(WeightScheme.EQUAL,
                WeightedMedianModel.TieRule.UPPER);
        assertEquals(o, WeightedMedianModel.Options.fromParameters(o.asParameters()));
    }
}
