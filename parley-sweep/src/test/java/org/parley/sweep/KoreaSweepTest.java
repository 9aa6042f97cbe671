package org.parley.sweep;

import org.parley.analysis.crisis.CrisisOutcome;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.analysis.crisis.CrisisOutcome;
import org.parley.forecast.Models;
import org.parley.sweep.engine.LocalEngine;
import org.parley.sweep.engine.SweepMonitor;
import org.parley.sweep.sample.MonteCarloDesign;
import org.parley.sweep.stats.Share;

/** The sweep on the bundled Korea example: determinism across threads, replay of one replicate, the summaries. */
class KoreaSweepTest {
    static final Path EXAMPLE = Path.of("../examples/korea-2019.yaml");
    static SweepSpec spec;

    @BeforeAll
    static void read() throws IOException {
        List<ModelChoice> models = Models.defaults().stream().map(ModelChoice::of).toList();
        spec = SweepSpec.of(Files.readString(EXAMPLE), EXAMPLE.toString(), models, 20190701L, 300)
                .withSensitivity(16, 3);
    }

    @Test
    void sameRowsOnOneAndTwoThreads() {
        SweepSetup setup = SweepSetup.of(spec);
        double[] one, two;
        try (LocalEngine e1 = new LocalEngine(1); LocalEngine e2 = new LocalEngine(2)) {
            one = e1.evaluate(spec, setup, Phase.MONTE_CARLO, SweepMonitor.NONE);
            two = e2.evaluate(spec, setup, Phase.MONTE_CARLO, SweepMonitor.NONE);
        }
        assertArrayEquals(one, two);
        // a replicate replayed alone gives its row again
        int cols = setup.evaluator().layout().size();
        long r = 217;
        double[] x = new double[setup.space().dimension()];
        new MonteCarloDesign(setup.space(), spec.seed(), spec.samples()).point(r, x);
        double[] row = new double[cols];
        setup.evaluator().evaluate(x, row, 0);
        for (int c = 0; c < cols; c++) {
            assertEquals(Double.doubleToRawLongBits(one[(int) r * cols + c]), Double.doubleToRawLongBits(row[c]));
        }
    }

    @Test
    void summariesOfTheKoreaExample() {
        List<Zone> zones = SweepRunner.zonesFromLevers(SweepSetup.of(spec).scenario());
        SweepResult res;
        try (LocalEngine e = new LocalEngine(2)) {
            res = SweepRunner.run(spec, zones, e, SweepMonitor.NONE);
        }
        assertTrue(res.hasUncertainty());
        // 4 models x 3 issues; 2 games x 2 stances
        assertEquals(12, res.forecasts().size());
        assertEquals(4, res.crises().size());
        for (ForecastSummary f : res.forecasts()) {
            assertEquals(spec.samples(), f.outcome().n() + f.outcome().failed());
            assertTrue(f.outcome().p05() <= f.outcome().median() && f.outcome().median() <= f.outcome().p95());
            assertEquals(f.outcome().n(), f.outcome().histogram().counts().stream().mapToLong(Long::longValue).sum());
        }
        for (CrisisSummary c : res.crises()) {
            long total = c.mostLikely().values().stream().mapToLong(Share::count).sum();
            assertEquals(c.mostLikely().get(CrisisOutcome.DEAL).valid(), total);
            double sum = c.pDeal().mean() + c.pEscalation().mean() + c.pStatusQuo().mean();
            assertEquals(1.0, sum, 1e-9);
        }
        // the lever targets become zones: sequencing >= 45 per model, and the two game targets
        assertFalse(res.zones().isEmpty());
        assertTrue(res.zones().stream().anyMatch(z -> z.zone().expression().equals("sequencing >= 45")
                && "eu".equals(z.model())));
        assertTrue(res.zones().stream().anyMatch(z -> z.zone().expression().equals("us-dprk.hold.outcome != deal")));
        assertEquals(res.inputs().size(), res.tornadoes().get(0).swings().size());
        assertEquals(SobolStatus.COMPUTED, res.sobolStatus());
        assertNotNull(res.provenance().seed());
    }
}
