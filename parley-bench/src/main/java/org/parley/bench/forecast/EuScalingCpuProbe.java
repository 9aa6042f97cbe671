package org.parley.bench.forecast;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.parley.forecast.eu.ExpectedUtilityModel;
import org.parley.forecast.eu.ExpectedUtilityModel.Options;
import org.parley.forecast.eu.ExpectedUtilityModel.Variant;
import org.parley.scenario.IssueSlice;

/**
 * Thread-CPU milliseconds per expected-utility round at 100, 300 and 1,000 actors (the inputs and the operation of
 * {@link ExpectedUtilityScalingBenchmark}), less sensitive to other load than JMH's wall clock: per size and
 * variant, warm-up rounds for at least 3 s of CPU, then the median of 5 measurements of at least 2 s of CPU each.
 *
 * <pre>
 *   java -cp parley-bench/target/benchmarks.jar org.parley.bench.forecast.EuScalingCpuProbe [SIZES...]
 * </pre>
 */
public final class EuScalingCpuProbe {
    private EuScalingCpuProbe() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {100, 300, 1000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        for (int n : sizes) {
            IssueSlice slice = LargeScenario.of(n, 1, 20_111_004L).slice("i0");
            for (Variant v : Variant.values()) {
                ExpectedUtilityModel m = new ExpectedUtilityModel(Options.defaults(v).withMaxRounds(1));
                long t0 = tm.getCurrentThreadCpuTime();
                while (tm.getCurrentThreadCpuTime() - t0 < 3_000_000_000L) {
                    m.forecastIssue(slice);
                }
                double[] ms = new double[5];
                for (int rep = 0; rep < ms.length; rep++) {
                    long c0 = tm.getCurrentThreadCpuTime();
                    int ops = 0;
                    do {
                        m.forecastIssue(slice);
                        ops++;
                    } while (tm.getCurrentThreadCpuTime() - c0 < 2_000_000_000L);
                    ms[rep] = (tm.getCurrentThreadCpuTime() - c0) / 1e6 / ops;
                }
                java.util.Arrays.sort(ms);
                System.out.printf(java.util.Locale.ROOT, "%5d actors  %-10s  %10.3f ms CPU per round (range %.3f .. %.3f)%n",
                        n, v.id(), ms[2], ms[0], ms[4]);
            }
        }
    }
}
