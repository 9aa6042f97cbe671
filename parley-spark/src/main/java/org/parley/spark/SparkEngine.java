package org.parley.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.parley.sweep.Phase;
import org.parley.sweep.SweepSetup;
import org.parley.sweep.SweepSpec;
import org.parley.sweep.engine.SweepCancelledException;
import org.parley.sweep.engine.SweepEngine;
import org.parley.sweep.engine.SweepMonitor;

/**
 * Runs a sweep's phases on Apache Spark through its Java API. The driver cuts the design's rows into contiguous
 * chunks; each Spark task rebuilds the sweep from the serialised {@link SweepSpec} (once per executor JVM), evaluates
 * its chunk and returns it as one block of doubles; the driver places the blocks by row index. Each row depends on
 * the spec and its index alone, so the result is bit-identical to the local engine's for any number of partitions.
 * Chunks go out in up to {@value #BATCHES} jobs so that the driver can report progress and stop between jobs.
 *
 * <p>The master is {@code local[*]} unless given or set by {@code spark-submit} ({@code spark.master}).
 */
public final class SparkEngine implements SweepEngine {
    /** Jobs per phase (progress granularity). */
    static final int BATCHES = 20;

    /** Executor-side setups, keyed by spec (a sweep's tasks share one per JVM). */
    private static final Map<SweepSpec, SweepSetup> SETUPS = new ConcurrentHashMap<>();

    private final JavaSparkContext context;

    /** An engine on {@code master} (null: {@code spark.master} if set, else {@code local[*]}). */
    public SparkEngine(String master) {
        SparkConf conf = new SparkConf().setAppName("parley sweep");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // one JVM: keep the driver on the loopback interface, never on the machine's network address
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        this.context = new JavaSparkContext(conf);
        context.setLogLevel("WARN");
    }

    /** An engine on an existing context (not closed by {@link #close()}'s caller's context owner). */
    public SparkEngine(JavaSparkContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "spark";
    }

    @Override
    public int parallelism() {
        return context.defaultParallelism();
    }

    /** The Spark master URL in use. */
    public String master() {
        return context.master();
    }

    /** A block of evaluated rows starting at {@code from}. */
    record Block(long from, double[] values) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Override
    public double[] evaluate(SweepSpec spec, SweepSetup setup, Phase phase, SweepMonitor monitor) {
        long rows = setup.design(phase).size();
        int cols = setup.evaluator().layout().size();
        if (rows * cols > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a phase of " + rows + " rows x " + cols + " columns does not fit one"
                    + " array; use fewer samples");
        }
        double[] out = new double[(int) (rows * cols)];
        long chunk = Math.max(16, Math.min(8192, rows / (4L * parallelism() * BATCHES) + 1));
        List<Long> starts = new ArrayList<>();
        for (long s = 0; s < rows; s += chunk) {
            starts.add(s);
        }
        monitor.started(phase.name(), rows);
        int perBatch = Math.max(1, (starts.size() + BATCHES - 1) / BATCHES);
        for (int b = 0; b < starts.size(); b += perBatch) {
            if (monitor.cancelled()) {
                throw new SweepCancelledException("sweep cancelled");
            }
            List<Long> batch = starts.subList(b, Math.min(starts.size(), b + perBatch));
            final long size = chunk;
            List<Block> blocks = context.parallelize(new ArrayList<>(batch), batch.size())
                    .map(from -> evaluateChunk(spec, phase, from, Math.min(rows, from + size))).collect();
            long done = 0;
            for (Block blk : blocks) {
                System.arraycopy(blk.values(), 0, out, (int) (blk.from() * cols), blk.values().length);
                done += blk.values().length / cols;
            }
            monitor.advanced(done);
        }
        return out;
    }

    /** What one task runs: rows [from, to) of the phase, on the executor's setup of the spec. */
    static Block evaluateChunk(SweepSpec spec, Phase phase, long from, long to) {
        SweepSetup s = SETUPS.computeIfAbsent(spec, SweepSetup::of);
        if (SETUPS.size() > 4) { // a long-lived executor serving many sweeps keeps only recent ones
            SETUPS.keySet().removeIf(k -> !k.equals(spec));
        }
        double[] v = new double[(int) ((to - from) * s.evaluator().layout().size())];
        s.evaluateRows(phase, from, to, v);
        return new Block(from, v);
    }

    /** Cancels running jobs (from another thread, e.g. on Ctrl-C). */
    public void cancel() {
        context.cancelAllJobs();
    }

    @Override
    public void close() {
        context.close();
    }
}
