package org.parley.sweep.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.sweep.Phase;
import org.parley.sweep.SweepSetup;
import org.parley.sweep.SweepSpec;
import org.parley.sweep.sample.SweepDesign;

/**
 * The engine of one machine: a pool of worker threads that claim chunks of rows and write them into disjoint
 * ranges of one array. Defaults to every available core.
 */
public final class LocalEngine implements SweepEngine {
    /** Rows a worker claims at a time: small enough for a smooth progress bar, large enough to amortise the claim. */
    static final int CHUNK = 32;

    private final int threads;
    private final ExecutorService pool;

    /** An engine with one worker per available core. */
    public LocalEngine() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public LocalEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-sweep");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String id() {
        return "local";
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public double[] evaluate(SweepSpec spec, SweepSetup setup, Phase phase, SweepMonitor monitor) {
        SweepDesign design = setup.design(phase);
        long rows = design.size();
        int cols = setup.evaluator().layout().size();
        if (rows * cols > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a phase of " + rows + " rows x " + cols + " columns does not fit one"
                    + " array; use fewer samples");
        }
        double[] out = new double[(int) (rows * cols)];
        monitor.started(phase.name(), rows);
        AtomicLong next = new AtomicLong();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(pool.submit(() -> {
                double[] x = new double[setup.space().dimension()];
                for (long from = next.getAndAdd(CHUNK); from < rows; from = next.getAndAdd(CHUNK)) {
                    if (monitor.cancelled() || Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    long to = Math.min(rows, from + CHUNK);
                    for (long r = from; r < to; r++) {
                        design.point(r, x);
                        setup.evaluator().evaluate(x, out, (int) (r * cols));
                    }
                    monitor.advanced(to - from);
                }
            }));
        }
        try {
            for (Future<?> f : work) {
                f.get();
            }
        } catch (InterruptedException e) {
            work.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new SweepCancelledException("sweep interrupted");
        } catch (ExecutionException e) {
            work.forEach(f -> f.cancel(true));
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
        if (monitor.cancelled()) {
            throw new SweepCancelledException("sweep cancelled");
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
