package org.parley.bench.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.IssueSlice;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.Stance;

/**
 * Rounds per second of the expected-utility model (O(n²) per round since model version 2.1, O(n³) before) at 10, 50
 * and 200 actors; {@link ExpectedUtilityScalingBenchmark} goes to 1,000.
 * One operation = one round (maxRounds = 1) from random positions, so the score is rounds per second directly.
 * Inputs are drawn from a fixed seed: capabilities U(0.1, 1), positions U(0, 100), saliences U(10, 100).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExpectedUtilityBenchmark {
    @Param({"10", "50", "200"})
    public int actors;

    @Param({"scholz2011", "bdm-clean"})
    public String variant;

    private IssueSlice slice;
    private ExpectedUtilityModel oneRound;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(20_111_004L);
        Issue issue = new Issue("i", "benchmark issue", "", Scale.DEFAULT, null, null, List.of());
        List<Actor> list = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            Stance st = new Stance("i", Estimate.of(rnd.nextDouble(0, 100)), Estimate.of(rnd.nextDouble(10, 100)),
                    null, "", List.of());
            list.add(new Actor("a" + i, null, List.of(), Estimate.of(rnd.nextDouble(0.1, 1)), "", List.of(),
                    Map.of("i", st)));
        }
        slice = new Scenario(new Metadata("benchmark", null, "", List.of()), List.of(issue), list).slice("i");
        oneRound = new ExpectedUtilityModel(Options.defaults(Variant.parse(variant)).withMaxRounds(1));
    }

    /** One round of challenges (threat sums, risk exponents, all offers, simultaneous moves). */
    @Benchmark
    public IssueForecast round() {
        return oneRound.forecastIssue(slice);
    }
}
