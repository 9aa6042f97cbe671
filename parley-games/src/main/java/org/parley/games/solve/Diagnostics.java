package org.parley.games.solve;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counters and timing of one solver run: wall time and named counters such as {@code "pivots"},
 * {@code "supports"}, {@code "profilesChecked"}. Immutable; counter names are the solver's documented ones.
 *
 * @param elapsedNanos wall-clock time of the run
 * @param counters named non-negative counters (copied, sorted by name)
 */
public record Diagnostics(long elapsedNanos, Map<String, Long> counters) {
    public Diagnostics {
        if (elapsedNanos < 0) {
            throw new IllegalArgumentException("elapsedNanos must be >= 0, was " + elapsedNanos);
        }
        counters = java.util.Collections.unmodifiableMap(new TreeMap<>(counters));
    }

    public static Diagnostics of(long startNanos, Map<String, Long> counters) {
        return new Diagnostics(Math.max(0, System.nanoTime() - startNanos), counters);
    }

    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }
}
