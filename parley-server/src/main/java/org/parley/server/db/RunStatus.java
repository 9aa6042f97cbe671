package org.parley.server.db;

/** Where a run is: queued → running → one of the three final states (or cancelled while queued). */
public enum RunStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    /** Whether the run has stopped for good. */
    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
