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
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Forecast;
import org.parley.provenance.RunContext;
import org.parley.forecast.eu.ExpectedUtilityModel;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.Stance;

/**
 * Complete expected-utility forecasts per second (the issue #9 target: ≥ 10,000 per core) on a 10-actor one-issue
 * scenario: the default model (scholz2011, 10 rounds, cycle rule period-mean), through the public
 * {@code forecast(scenario, run)} (provenance, path and explanation included; the scenario's hash, computed once per
 * run, is precomputed). Inputs from a fixed seed as in
 * {@link ExpectedUtilityBenchmark}; {@code scenarios} distinct scenarios are cycled so that the path taken varies.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExpectedUtilityForecastBenchmark {
    @Param({"10"})
    public int actors;

    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<RunContext> runs = new ArrayList<>();
    private final ExpectedUtilityModel model = new ExpectedUtilityModel();
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(20_111_004L);
        Issue issue = new Issue("i", "benchmark issue", "", Scale.DEFAULT, null, null, List.of());
        for (int k = 0; k < 64; k++) {
            List<Actor> list = new ArrayList<>();
            for (int i = 0; i < actors; i++) {
                Stance st = new Stance("i", Estimate.of(rnd.nextDouble(0, 100)), Estimate.of(rnd.nextDouble(10, 100)),
                        null, "", List.of());
                list.add(new Actor("a" + i, null, List.of(), Estimate.of(rnd.nextDouble(0.1, 1)), "", List.of(),
                        Map.of("i", st)));
            }
            Scenario s = new Scenario(new Metadata("benchmark", null, "", List.of()), List.of(issue), list);
            scenarios.add(s);
            runs.add(BargainingModel.runOf(s)); // hashing the scenario is the run's cost, not the model's
        }
    }

    /** One complete forecast (up to 10 rounds). */
    @Benchmark
    public Forecast forecast() {
        int k = next++ & 63;
        return model.forecast(scenarios.get(k), runs.get(k));
    }
}
