package org.parley.analysis.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parley.analysis.TestScenarios;
import org.parley.scenario.Scenario;

class LeverPropertiesTest {
    /** Compromise model: the position that brings the weighted mean to T is (T·W − S_{−k}) / w_k, when on the scale. */
    @Property(tries = 40)
    void compromisePositionThresholdMatchesTheClosedForm(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = rnd.nextInt(2, 6);
        double[] x = new double[n], c = new double[n], s = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextInt(0, 101);
            c[i] = rnd.nextInt(1, 10);
            s[i] = rnd.nextInt(10, 101);
        }
        double target = rnd.nextInt(5, 96);
        double wk = c[0] * s[0] / 100, total = 0, others = 0;
        for (int i = 0; i < n; i++) {
            double w = c[i] * s[i] / 100;
            total += w;
            others += i == 0 ? 0 : w * x[i];
        }
        double expected = (target * total - others) / wk;
        Scenario sc = TestScenarios.oneIssue(x, c, s);
        LeverOutcome o = Levers.find(sc, LeverQuery.of("a0", "x", "position", ">= " + target),
                List.of(TestScenarios.compromise()), LeverOptions.DEFAULTS.withGridPoints(21)).outcomes().get(0);
        if (expected > 100) {
            assertEquals(LeverOutcome.Status.UNREACHABLE, o.status());
        } else if (expected <= x[0]) {
            assertEquals(LeverOutcome.Status.ALREADY_MET, o.status());
        } else {
            assertEquals(expected, o.nearest().threshold(), 1e-4);
        }
    }
}
