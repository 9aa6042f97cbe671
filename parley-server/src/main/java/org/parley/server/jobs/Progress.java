package org.parley.server.jobs;

/** What a computation sees of its job: where to report progress, and whether it has been cancelled. */
public interface Progress {
    /** Reports the fraction done (0 to 1); cheap to call often (writes are throttled). */
    void report(double fraction);

    /**
     * Stops the computation if the run was cancelled.
     *
     * @throws CancelledException if it was
     */
    void checkCancelled();

    /** Whether the run was cancelled (for computations that stop by themselves when asked). */
    boolean isCancelled();

    /** Thrown inside a computation to abandon a cancelled run. */
    final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("cancelled", null, false, false);
        }
    }
}
