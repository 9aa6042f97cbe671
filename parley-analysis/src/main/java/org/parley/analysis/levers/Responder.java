package org.parley.analysis.levers;

import java.util.SortedMap;
import org.parley.scenario.Scenario;

/**
 * A black box a lever search probes: given a (modified) scenario, it returns a {@link Reading}. Implementations must
 * be deterministic and thread-safe; they may throw a {@link RuntimeException} for scenarios they cannot handle (the
 * point is then recorded as invalid, not fatal).
 */
public interface Responder {
    /** Id recorded in provenance (a model id, a crisis game id). */
    String id();

    /** Implementation version recorded in provenance. */
    String version();

    /** Options of the black box, for provenance. */
    SortedMap<String, String> parameters();

    /** The response to the scenario. */
    Reading read(Scenario scenario);
}
