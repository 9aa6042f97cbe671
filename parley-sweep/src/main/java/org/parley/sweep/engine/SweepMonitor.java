package org.parley.sweep.engine;

/**
 * What an engine reports to and asks of its caller while it runs: progress in rows, and whether to stop. Called
 * from worker threads; implementations must be thread-safe.
 */
public interface SweepMonitor {
    /** Nothing to report, never cancelled. */
    SweepMonitor NONE = new SweepMonitor() {
    };

    /** A phase of {@code rows} rows starts. */
    default void started(String phase, long rows) {
    }

    /** {@code rows} more rows are done. */
    default void advanced(long rows) {
    }

    /** Whether the caller asked to stop (checked between chunks of rows). */
    default boolean cancelled() {
        return false;
    }
}
