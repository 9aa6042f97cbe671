package org.parley.sweep.engine;

/** The caller cancelled a sweep ({@link SweepMonitor#cancelled()}) before it finished; nothing was summarised. */
public final class SweepCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SweepCancelledException(String message) {
        super(message);
    }
}
