package org.parley.bench.forecast;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.eu.ExpectedUtilityModel;
import org.parley.provenance.RunContext;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.Stance;

/**
 * Complete expected-utility forecasts per second of thread CPU time (less sensitive to other load than JMH's wall
 * clock): the scenarios of {@link ExpectedUtilityForecastBenchmark}, 20,000 forecasts per repetition, five
 * repetitions (the first ones include JIT warm-up). Figures in docs/PERFORMANCE.md.
 */
public final class EuCpuProbe {
    private EuCpuProbe() {
    }


    /** Prints five repetitions. */
    public static void main(String[] a) {
        SplittableRandom rnd = new SplittableRandom(20_111_004L);
        Issue issue = new Issue("i", "benchmark issue", "", Scale.DEFAULT, null, null, List.of());
        List<Scenario> sc = new ArrayList<>(); List<RunContext> runs = new ArrayList<>();
        for (int k = 0; k < 64; k++) {
            List<Actor> list = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Stance st = new Stance("i", Estimate.of(rnd.nextDouble(0, 100)), Estimate.of(rnd.nextDouble(10, 100)), null, "", List.of());
                list.add(new Actor("a" + i, null, List.of(), Estimate.of(rnd.nextDouble(0.1, 1)), "", List.of(), Map.of("i", st)));
            }
            Scenario s = new Scenario(new Metadata("benchmark", null, "", List.of()), List.of(issue), list);
            sc.add(s); runs.add(BargainingModel.runOf(s));
        }
        ExpectedUtilityModel m = new ExpectedUtilityModel();
        var tm = ManagementFactory.getThreadMXBean();
        long rounds = 0;
        for (int rep = 0; rep < 5; rep++) {
            long c0 = tm.getCurrentThreadCpuTime(); int n = 20000; rounds = 0;
            for (int i = 0; i < n; i++) rounds += m.forecast(sc.get(i & 63), runs.get(i & 63)).issues().get(0).convergence().rounds();
            double s = (tm.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf("forecasts per CPU second: %.0f (mean rounds %.2f)%n", n / s, rounds / (double) n);
        }
    }
}
