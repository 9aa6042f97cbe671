package org.parley.bench.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.parley.forecast.Models;
import org.parley.sweep.ModelChoice;
import org.parley.sweep.Phase;
import org.parley.sweep.SweepSetup;
import org.parley.sweep.SweepSpec;
import org.parley.sweep.engine.LocalEngine;
import org.parley.sweep.engine.SweepMonitor;

/**
 * Sweep throughput of the local engine on 1 and 2 threads: one operation is the Monte Carlo phase of
 * {@code samples} samples of a bundled example with the four default models (Korea also solves its two crisis
 * games at two stances per sample). Samples per second = samples × ops/s. Run from the repository root (the
 * scenario is read from {@code examples/}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SweepBenchmark {
    @Param({"1", "2"})
    public int threads;

    @Param({"examples/korea-2019.yaml", "examples/eu-car-emissions-1994.yaml"})
    public String scenario;

    @Param({"1000"})
    public long samples;

    private SweepSpec spec;
    private SweepSetup setup;
    private LocalEngine engine;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        spec = SweepSpec.of(Files.readString(Path.of(scenario)), scenario,
                Models.defaults().stream().map(ModelChoice::of).toList(), 1, samples);
        setup = SweepSetup.of(spec);
        engine = new LocalEngine(threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public double[] monteCarlo() {
        return engine.evaluate(spec, setup, Phase.MONTE_CARLO, SweepMonitor.NONE);
    }
}
