package org.parley.scenario.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates: ISO {@code YYYY-MM-DD} (quoted or not) that exist in the calendar; anything else is reported. */
final class DateReader {
    private final ProblemLog log;
    private final NodeReader nodes;

    DateReader(ProblemLog log, NodeReader nodes) {
        this.log = log;
        this.nodes = nodes;
    }

    /** The date of a field; null when absent or malformed (reported). */
    LocalDate date(KeyedNode f) {
        String t = nodes.text(f);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t.trim());
        } catch (DateTimeParseException e) {
            log.error(f.value(), "malformed date '" + t + "' for '" + f.name() + "'",
                    "write dates as YYYY-MM-DD, e.g. 2024-03-31");
            return null;
        }
    }
}
