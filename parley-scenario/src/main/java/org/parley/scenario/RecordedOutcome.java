package org.parley.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * What really happened on an issue, for backtests: the outcome on the scale, when it was decided, and the
 * sources that say so. Models never read it, and it does not enter the scenario digest: recording the outcome later
 * does not change the scenario that was forecast.
 *
 * @param value     the outcome on the scale
 * @param decided   when it was decided, or null when unknown
 * @param sourceIds the sources, by id
 */
public record RecordedOutcome(double value, LocalDate decided, List<String> sourceIds) {
    public RecordedOutcome {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("an outcome must be a finite number, was " + value);
        }
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
    }
}
