package org.parley.games.solve;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.parley.games.SolverInterruptedException;

/**
 * Limits of one solver run: a time limit and a number of equilibria after which to stop. Running out
 * is an outcome, not an error: the result lists the (verified) equilibria found so far and says
 * {@link Completion#TIME_LIMIT} or {@link Completion#EQUILIBRIUM_LIMIT}.
 *
 * <p>The time limit works through thread interruption, which every solver polls
 * ({@link SolverInterruptedException#checkInterrupt}): {@link #start()} arms a timer that interrupts the
 * calling thread when the time is up, and its {@link Deadline#close()} disarms it and clears an interrupt it
 * caused. Methods that stream their equilibria (enummixed, all-reachable lcp) return those found so far;
 * the others, which find their answer at the end, use {@link #runToCompletion}: a run cut short ends with
 * {@link SolveBudgetExhaustedException}, which {@link SolverEntry#solve(org.parley.games.Game,
 * org.parley.games.Arithmetic, SolveBudget)} turns into an empty {@link Completion#TIME_LIMIT} result.
 *
 * @param seconds wall-clock time allowed, ≥ 0 ({@link Double#POSITIVE_INFINITY}: none)
 * @param maxEquilibria stop after this many equilibria, ≥ 1 ({@link Long#MAX_VALUE}: none)
 */
public record SolveBudget(double seconds, long maxEquilibria) {
    /** No limit. */
    public static final SolveBudget UNLIMITED = new SolveBudget(Double.POSITIVE_INFINITY, Long.MAX_VALUE);

    public SolveBudget {
        if (!(seconds >= 0)) throw new IllegalArgumentException("seconds must be >= 0, was " + seconds);
        if (maxEquilibria < 1) throw new IllegalArgumentException("maxEquilibria must be >= 1, was " + maxEquilibria);
    }

    /** A time limit only. */
    public static SolveBudget seconds(double seconds) {
        return new SolveBudget(seconds, Long.MAX_VALUE);
    }

    /** A limit on the number of equilibria only. */
    public static SolveBudget equilibria(long max) {
        return new SolveBudget(Double.POSITIVE_INFINITY, max);
    }

    /** Whether there is a time limit. */
    public boolean limitsTime() {
        return seconds != Double.POSITIVE_INFINITY;
    }

    /** This budget less the time elapsed since {@code startNanos} ({@link System#nanoTime()}), never below zero. */
    public SolveBudget remainingAfter(long startNanos) {
        if (!limitsTime()) return this;
        double left = seconds - (System.nanoTime() - startNanos) / 1e9;
        return new SolveBudget(Math.max(0, left), maxEquilibria);
    }

    /** Arms the time limit for the calling thread (a no-op without one); close the deadline when done. */
    public Deadline start() {
        return new Deadline(this);
    }

    /**
     * Runs a method that finds its equilibria at the end under this budget: the result, with at most
     * {@link #maxEquilibria()} equilibria ({@link Completion#EQUILIBRIUM_LIMIT} if some were dropped).
     *
     * @throws SolveBudgetExhaustedException if the time ran out before the method finished
     * @throws SolverInterruptedException if the thread was interrupted for another reason
     */
    public EquilibriumResult runToCompletion(String method, Supplier<EquilibriumResult> body) {
        EquilibriumResult r;
        try (Deadline d = start()) {
            try {
                r = body.get();
            } catch (SolverInterruptedException e) {
                if (d.expired()) throw new SolveBudgetExhaustedException(method, seconds, e);
                throw e;
            }
        }
        return r.limitedTo(maxEquilibria);
    }

    /**
     * The armed time limit of one run. {@link #close()} disarms it and, if it fired, clears the
     * interrupt flag it set, so that nothing leaks to the caller.
     */
    public static final class Deadline implements AutoCloseable {
        private final Thread thread;
        private final ScheduledFuture<?> timer;
        private boolean fired;
        private boolean closed;

        private Deadline(SolveBudget budget) {
            thread = Thread.currentThread();
            if (!budget.limitsTime()) {
                timer = null;
                return;
            }
            long nanos = (long) Math.min(Long.MAX_VALUE / 2.0, budget.seconds * 1e9);
            timer = Timer.INSTANCE.schedule(this::fire, nanos, TimeUnit.NANOSECONDS);
        }

        private synchronized void fire() {
            if (closed) return;
            fired = true;
            thread.interrupt();
        }

        /** Whether the time ran out (the thread was interrupted by this deadline). */
        public synchronized boolean expired() {
            return fired;
        }

        @Override
        public void close() {
            boolean clear;
            synchronized (this) {
                closed = true;
                clear = fired;
            }
            if (timer != null) timer.cancel(false);
            if (clear && Thread.currentThread() == thread) Thread.interrupted();
        }
    }

    /** One daemon thread for all deadlines, started on first use. */
    private static final class Timer {
        static final ScheduledExecutorService INSTANCE = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parley-solve-budget");
            t.setDaemon(true);
            return t;
        });
    }
}
