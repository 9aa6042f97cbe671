package org.parley.cli;

/** What a command prints on standard output. */
public enum OutputFormat {
    /** A summary for people. */
    text,
    /** Machine-readable JSON (Jackson), including the full forecasts with provenance. */
    json,
    /** Comma-separated values (RFC 4180), one row per issue × model. */
    csv
}
