package org.parley.games;

/** A long computation noticed {@link Thread#isInterrupted()} and stopped; no partial result is returned. */
public class SolverInterruptedException extends GamesException {
    private static final long serialVersionUID = 1L;

    public SolverInterruptedException(String what) {
        super(what + " interrupted");
    }

    /** Polled by long loops. @throws SolverInterruptedException if the current thread was interrupted */
    public static void checkInterrupt(String what) {
        if (Thread.currentThread().isInterrupted()) {
            throw new SolverInterruptedException(what);
        }
    }
}
