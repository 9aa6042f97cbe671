package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.forecast.Models;
import org.parley.sweep.ModelChoice;
import org.parley.sweep.Phase;
import org.parley.sweep.SweepResult;
import org.parley.sweep.SweepRunner;
import org.parley.sweep.SweepSetup;
import org.parley.sweep.SweepSpec;
import org.parley.sweep.Zone;
import org.parley.sweep.engine.LocalEngine;
import org.parley.sweep.engine.SweepEngineFactory;
import org.parley.sweep.engine.SweepMonitor;

/**
 * The Spark engine in local mode gives the local engine's numbers bit for bit for the same seed, whatever the
 * number of partitions, and so the same summaries.
 */
class SparkEngineTest {
    static final Path EXAMPLE = Path.of("../examples/korea-2019.yaml");
    static SparkEngine spark;
    static SweepSpec spec;

    @BeforeAll
    static void start() throws IOException {
        spark = new SparkEngine("local[2]");
        spec = SweepSpec.of(Files.readString(EXAMPLE), EXAMPLE.toString(),
                Models.defaults().stream().map(ModelChoice::of).toList(), 424242L, 80).withSensitivity(4, 2);
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    @Test
    void sameRowsAsTheLocalEngine() {
        SweepSetup setup = SweepSetup.of(spec);
        for (Phase phase : Phase.values()) {
            double[] local;
            try (LocalEngine e = new LocalEngine(2)) {
                local = e.evaluate(spec, setup, phase, SweepMonitor.NONE);
            }
            double[] viaSpark = spark.evaluate(spec, setup, phase, SweepMonitor.NONE);
            assertEquals(local.length, viaSpark.length);
            for (int i = 0; i < local.length; i++) {
                assertEquals(Double.doubleToRawLongBits(local[i]), Double.doubleToRawLongBits(viaSpark[i]),
                        phase + " value " + i);
            }
        }
    }

    @Test
    void sameSummariesAsTheLocalEngine() {
        List<Zone> zones = List.of(new Zone("relief", "sequencing >= 45"),
                new Zone("coerced", "us-dprk.hold.outcome == deal and us-dprk-iig.hold.p_escalation < 0.2"));
        SweepResult local, viaSpark;
        try (LocalEngine e = new LocalEngine(1)) {
            local = SweepRunner.run(spec, zones, e, SweepMonitor.NONE);
        }
        viaSpark = SweepRunner.run(spec, zones, spark, SweepMonitor.NONE);
        assertEquals(local.forecasts(), viaSpark.forecasts());
        assertEquals(local.crises(), viaSpark.crises());
        assertEquals(local.zones(), viaSpark.zones());
        assertEquals(local.tornadoes(), viaSpark.tornadoes());
        assertEquals(local.sobol(), viaSpark.sobol());
        assertEquals("spark", viaSpark.engine());
    }

    @Test
    void registeredForTheCommandLine() {
        try (var e = SweepEngineFactory.create("local", null, 1)) {
            assertEquals("local", e.id());
        }
        assertArrayEquals(new String[] {"spark"}, new String[] {new SparkEngineFactory().id()});
    }
}
