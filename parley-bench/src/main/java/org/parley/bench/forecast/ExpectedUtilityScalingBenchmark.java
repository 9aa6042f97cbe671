package org.parley.bench.forecast;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.eu.ExpectedUtilityModel;
import org.parley.forecast.eu.ExpectedUtilityModel.Options;
import org.parley.forecast.eu.ExpectedUtilityModel.Variant;
import org.parley.scenario.IssueSlice;

/**
 * How the expected-utility model's cost grows with the number of actors (issue #12, "cost that scales"): time per
 * round at 100, 300 and 1,000 actors. One operation = one complete round (maxRounds = 1: threat sums, risk exponents,
 * both probability phases, every offer, the moves) on one issue of {@link LargeScenario} (seed 20111004), so the
 * score is milliseconds per round; a default forecast is about ten of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExpectedUtilityScalingBenchmark {
    @Param({"100", "300", "1000"})
    public int actors;

    @Param({"scholz2011", "bdm-clean"})
    public String variant;

    private IssueSlice slice;
    private ExpectedUtilityModel oneRound;

    @Setup
    public void setUp() {
        slice = LargeScenario.of(actors, 1, 20_111_004L).slice("i0");
        oneRound = new ExpectedUtilityModel(Options.defaults(Variant.parse(variant)).withMaxRounds(1));
    }

    /** One round of challenges. */
    @Benchmark
    public IssueForecast round() {
        return oneRound.forecastIssue(slice);
    }
}
