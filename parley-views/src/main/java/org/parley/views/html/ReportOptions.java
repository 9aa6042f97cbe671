package org.parley.views.html;

import java.time.Instant;
import java.util.Objects;

/**
 * Options of {@link HtmlReport}.
 *
 * @param parleyVersion version of Parley that renders the report (shown in the provenance block)
 * @param javaVersion   Java runtime version that renders the report
 * @param generatedAt   time stamp printed in the report, or null to omit it (byte-identical reports for the same
 *                      input, e.g. in tests and golden files)
 * @param maxMoveRows   at most this many rows in each per-round moves table (&ge; 0); the rest is counted and
 *                      left to the JSON output, so that a long expected-utility run cannot make the page unusable
 */
public record ReportOptions(String parleyVersion, String javaVersion, Instant generatedAt, int maxMoveRows) {
    /** Default cap on the rows of one moves table. */
    public static final int DEFAULT_MAX_MOVE_ROWS = 2000;

    public ReportOptions {
        Objects.requireNonNull(parleyVersion, "parleyVersion");
        Objects.requireNonNull(javaVersion, "javaVersion");
        if (maxMoveRows < 0) {
            throw new IllegalArgumentException("maxMoveRows must be >= 0, got " + maxMoveRows);
        }
    }

    /** Options for the running JVM, with the given Parley version, no time stamp and the default row cap. */
    public static ReportOptions of(String parleyVersion) {
        return new ReportOptions(parleyVersion, System.getProperty("java.version", "unknown"), null,
                DEFAULT_MAX_MOVE_ROWS);
    }

    /** A copy with the given time stamp (null to omit it). */
    public ReportOptions withGeneratedAt(Instant time) {
        return new ReportOptions(parleyVersion, javaVersion, time, maxMoveRows);
    }
}
