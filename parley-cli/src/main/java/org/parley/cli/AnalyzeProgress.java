package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parley.forecast.ModelInfo;
import org.parley.forecast.support.IssueLoop;
import org.parley.sweep.engine.SweepMonitor;

/**
 * The progress bars of {@code parley analyze}: one step per (model, issue) forecast, then (as a
 * {@link SweepMonitor}) one per sample of the uncertainty phase; each drawn on standard error only when standard
 * error is a terminal and its phase is still running after {@link #DELAY_NANOS}, so that short runs and redirected
 * output print nothing extra (standard output is never touched). Sampling threads report through
 * {@link #advanced}, hence the synchronisation.
 */
final class AnalyzeProgress implements IssueLoop.Listener, SweepMonitor, AutoCloseable {
    /** Phases shorter than this show no bar. */
    static final long DELAY_NANOS = 1_000_000_000L;

    private final boolean show;
    private final LongSupplier clock;
    private final ProgressBarConsumer consumer; // null: the library's console consumer (standard error)
    private String task = "analyze";
    private String unit = " forecasts";
    private long total;
    private long start;
    private long done;
    private ProgressBar bar;

    AnalyzeProgress(long total, boolean show, LongSupplier nanoClock, ProgressBarConsumer consumer) {
        this.total = total;
        this.show = show;
        this.clock = nanoClock;
        this.consumer = consumer;
        this.start = nanoClock.getAsLong();
    }

    /** For the command: shown when standard error is a terminal, unless {@code --no-progress}. */
    static AnalyzeProgress forTerminal(long total, boolean noProgress) {
        return new AnalyzeProgress(total, !noProgress && stderrIsTerminal(), System::nanoTime, null);
    }

    /**
     * Whether standard error is a terminal. Java 17 can only tell whether standard input and output are
     * ({@link System#console()}), which misses {@code parley analyze f.yaml --format json > out.json}; on Linux the
     * descriptor's link in /proc says it for standard error itself.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public synchronized void issueDone(ModelInfo model, String issueId) {
        step(1, model.id());
    }

    /** The uncertainty phase starts: a new bar (after its own delay) over its samples. */
    @Override
    public synchronized void started(String phase, long rows) {
        close();
        task = "uncertainty";
        unit = " samples";
        total = rows;
        done = 0;
        start = clock.getAsLong();
    }

    @Override
    public synchronized void advanced(long rows) {
        step(rows, null);
    }

    private void step(long by, String extra) {
        done += by;
        long elapsed = show && bar == null ? clock.getAsLong() - start : 0;
        if (bar == null && show && elapsed >= DELAY_NANOS && done < total) {
            // counted from the start of the phase, so that the rate and time left include the first second
            ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .startsFrom(done, Duration.ofNanos(elapsed)).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250).setUnit(unit, 1).setSpeedUnit(ChronoUnit.SECONDS)
                    .setMaxRenderedLength(110);
            if (consumer != null) {
                b.setConsumer(consumer);
            }
            bar = b.build();
        }
        if (bar != null) {
            bar.stepTo(done);
            if (extra != null) {
                bar.setExtraMessage(extra);
            }
        }
    }

    /** Whether a bar has been drawn. */
    synchronized boolean shown() {
        return bar != null;
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
