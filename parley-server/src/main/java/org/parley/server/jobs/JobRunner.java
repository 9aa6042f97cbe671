package org.parley.server.jobs;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.parley.server.db.Run;
import org.parley.server.db.RunOutput;
import org.parley.server.db.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs on a fixed pool of worker threads. A run is first stored as queued (so that it survives a restart:
 * queued runs are run again, runs cut off mid-way are marked failed), then moved to running, then to succeeded or
 * failed. Cancelling a queued run stops it from starting; cancelling a running one marks it cancelled at once (its
 * result, if it still finishes, is not stored) and interrupts its thread.
 *
 * <p>The database is the truth about a run's state; the runner only holds the futures of what it is running.
 */
public final class JobRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final RunStore runs;
    private final ExecutorService workers;
    private final Map<Long, Future<?>> active = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> cancelled = new ConcurrentHashMap<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final int maxQueued;

    /**
     * @param threads   worker threads (runs computed at once)
     * @param maxQueued runs waiting at once before {@link #submit} refuses more
     */
    public JobRunner(RunStore runs, int threads, int maxQueued) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.maxQueued = maxQueued;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether another run may be queued now. */
    public boolean hasRoom() {
        return queued.get() < maxQueued;
    }

    /** Queues a stored run. */
    public void submit(Run run, Computation work) {
        queued.incrementAndGet();
        active.put(run.id(), workers.submit(() -> execute(run.id(), work)));
    }

    /**
     * Re-queues the runs a previous process left queued, and fails those it left running.
     *
     * @param workFor rebuilds the computation of a stored run from its request
     */
    public void recover(LongFunction<Computation> workFor) {
        for (long id : runs.recover()) {
            Computation c;
            try {
                c = workFor.apply(id);
            } catch (RuntimeException e) {
                runs.fail(id, "could not be restarted after a server restart: " + e.getMessage());
                continue;
            }
            runs.get(id).ifPresent(r -> submit(r, c));
        }
    }

    /** Cancels a run; false if it had already finished. */
    public boolean cancel(long id) {
        cancelled.put(id, Boolean.TRUE);
        boolean changed = runs.cancel(id);
        Future<?> f = active.get(id);
        if (f != null) {
            f.cancel(true);
        }
        return changed;
    }

    private void execute(long id, Computation work) {
        queued.decrementAndGet();
        try {
            if (!runs.start(id)) {
                return; // cancelled while queued
            }
            Progress progress = new Progress() {
                private long lastWrite;

                @Override
                public void report(double fraction) {
                    long now = System.nanoTime();
                    if (now - lastWrite > 200_000_000L) {
                        lastWrite = now;
                        runs.progress(id, fraction);
                    }
                }

                @Override
                public void checkCancelled() {
                    if (isCancelled()) {
                        throw new CancelledException();
                    }
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.containsKey(id) || Thread.currentThread().isInterrupted();
                }
            };
            RunOutput out = work.compute(progress);
            runs.succeed(id, out);
        } catch (Progress.CancelledException e) {
            runs.cancel(id);
        } catch (RunFailedException e) {
            runs.fail(id, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.warn("run {} failed", id, e);
            runs.fail(id, "internal error: the run failed (" + e.getClass().getSimpleName() + ")");
        } finally {
            active.remove(id);
            cancelled.remove(id);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
