package org.parley.server.jobs;

/** A run could not produce a result for a reason the user can act on (stored as the run's error). */
public class RunFailedException extends RuntimeException {
    public RunFailedException(String message) {
        super(message);
    }

    public RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
