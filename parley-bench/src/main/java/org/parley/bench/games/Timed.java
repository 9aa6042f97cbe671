package org.parley.bench.games;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one task on a fresh daemon thread under a wall-clock budget and records its wall time and the
 * thread's CPU time (so JIT and GC threads are not counted, unlike a process's CPU time). When the
 * budget runs out the thread is interrupted (Parley's solvers poll interrupts) and given a grace period
 * to stop; a thread that ignores the interrupt is left running as a daemon and reported as such.
 *
 * @param <T> the task's result type
 * @param value the result, or null unless {@link Outcome#OK}
 * @param outcome what happened
 * @param error the exception or error thrown, or null
 * @param wallNanos wall time from start to finish (or to the interrupt)
 * @param cpuNanos CPU time of the worker thread, or -1 if the JVM cannot measure it
 */
record Timed<T>(T value, Outcome outcome, Throwable error, long wallNanos, long cpuNanos) {
    enum Outcome { OK, FAILED, TIMEOUT, STUCK }

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    static <T> Timed<T> run(Callable<T> task, long budgetMillis) {
        AtomicReference<Object> box = new AtomicReference<>();
        long[] times = new long[2];
        boolean cpu = MX.isCurrentThreadCpuTimeSupported();
        Thread t = new Thread(() -> {
            long c0 = cpu ? MX.getCurrentThreadCpuTime() : 0;
            long w0 = System.nanoTime();
            try {
                box.set(new Holder(task.call()));
            } catch (Throwable e) {
                box.set(e);
            } finally {
                times[0] = System.nanoTime() - w0;
                times[1] = cpu ? MX.getCurrentThreadCpuTime() - c0 : -1;
            }
        }, "timed-task");
        t.setDaemon(true);
        long start = System.nanoTime();
        t.start();
        try {
            t.join(budgetMillis);
            if (t.isAlive()) {
                long wall = System.nanoTime() - start;
                t.interrupt();
                t.join(10_000);
                return new Timed<>(null, t.isAlive() ? Outcome.STUCK : Outcome.TIMEOUT, null, wall, -1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.interrupt();
            throw new IllegalStateException("timer interrupted", e);
        }
        Object o = box.get();
        if (o instanceof Holder h) {
            @SuppressWarnings("unchecked")
            T v = (T) h.value;
            return new Timed<>(v, Outcome.OK, null, times[0], times[1]);
        }
        return new Timed<>(null, Outcome.FAILED, (Throwable) o, times[0], times[1]);
    }

    private record Holder(Object value) {
    }
}
