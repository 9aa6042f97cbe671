package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.forecast.ModelInfo;

/** The progress bar of {@code parley analyze}: only for long runs on a terminal, never on standard output. */
class AnalyzeProgressTest {
    private static final ModelInfo EU = new ModelInfo("eu", "Expected utility", "2.1", "test");
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong(5 * SECOND);
    private final List<String> drawn = new CopyOnWriteArrayList<>();

    private AnalyzeProgress progress(long total, boolean terminal) {
        return new AnalyzeProgress(total, terminal, now::get, new DelegatingProgressBarConsumer(drawn::add, 110));
    }

    @Test
    void shortAnalysisDrawsNothing() {
        try (AnalyzeProgress p = progress(3, true)) {
            for (int k = 0; k < 3; k++) {
                now.addAndGet(SECOND / 4);
                p.issueDone(EU, "i" + k);
            }
            assertFalse(p.shown());
        }
        assertEquals(List.of(), drawn);
    }

    @Test
    void theUncertaintyPhaseGetsItsOwnDelayedBarOverSamples() {
        try (AnalyzeProgress p = progress(1, true)) {
            p.issueDone(EU, "i0"); // the forecasts: fast, no bar
            p.started("MONTE_CARLO", 200);
            now.addAndGet(SECOND / 2);
            p.advanced(10);
            assertFalse(p.shown(), "not within the phase's first second");
            now.addAndGet(SECOND);
            p.advanced(10);
            assertTrue(p.shown());
            p.advanced(180);
        }
        String last = drawn.get(drawn.size() - 1);
        assertTrue(last.contains("uncertainty") && last.contains("200/200"), last);
    }

    @Test
    void longAnalysisDrawsABarCountingModelIssueSteps() {
        try (AnalyzeProgress p = progress(5, true)) {
            now.addAndGet(SECOND / 2);
            p.issueDone(EU, "i0");
            assertFalse(p.shown(), "not within the first second");
            now.addAndGet(SECOND);
            p.issueDone(EU, "i1");
            assertTrue(p.shown());
            for (int k = 2; k < 5; k++) {
                p.issueDone(EU, "i" + k);
            }
        }
        String last = drawn.get(drawn.size() - 1);
        assertTrue(last.contains("analyze") && last.contains("5/5") && last.contains("eu"), last);
    }

    @Test
    void notOnATerminalNothingEvenWhenLong() {
        try (AnalyzeProgress p = progress(4, false)) {
            for (int k = 0; k < 4; k++) {
                now.addAndGet(10 * SECOND);
                p.issueDone(EU, "i" + k);
            }
            assertFalse(p.shown());
        }
        assertEquals(List.of(), drawn);
    }

    @Test
    void finishedWhenTheSecondIsUpDrawsNothing() {
        try (AnalyzeProgress p = progress(2, true)) {
            p.issueDone(EU, "i0");
            now.addAndGet(2 * SECOND);
            p.issueDone(EU, "i1");
            assertFalse(p.shown());
        }
        assertEquals(List.of(), drawn);
    }

    /** Tests run without a console: standard error stays empty and standard output is the same bytes either way. */
    @Test
    void commandOutputIsUntouched() {
        Path file = Cli.write(dir, "harbour.yaml", Cli.HARBOUR);
        Cli.Result plain = Cli.run("analyze", file.toString(), "--format", "csv", "--no-report");
        Cli.Result off = Cli.run("analyze", file.toString(), "--format", "csv", "--no-report", "--no-progress");
        assertEquals(ExitCodes.OK, plain.code(), plain::toString);
        assertEquals("", plain.err(), plain::toString);
        assertEquals(plain.out(), off.out());
    }
}
