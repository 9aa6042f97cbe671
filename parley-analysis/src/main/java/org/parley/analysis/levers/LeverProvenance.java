package org.parley.analysis.levers;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a lever result came from.
 *
 * @param schemaVersion       layout version of this record
 * @param scenarioSha256      SHA-256 of the canonical form of the unmodified scenario (as the model's own forecast
 *                            provenance gives it, or the caller's digest)
 * @param responderId         the black box: model id, or crisis game id
 * @param responderVersion    its implementation version
 * @param responderParameters its options
 * @param leverParameters     the query and the search options
 * @param javaVersion         Java runtime version
 */
public record LeverProvenance(int schemaVersion, String scenarioSha256, String responderId, String responderVersion,
                              SortedMap<String, String> responderParameters, SortedMap<String, String> leverParameters,
                              String javaVersion) {
    public static final int SCHEMA_VERSION = 1;

    public LeverProvenance {
        Objects.requireNonNull(scenarioSha256, "scenarioSha256");
        Objects.requireNonNull(responderId, "responderId");
        Objects.requireNonNull(responderVersion, "responderVersion");
        responderParameters = Collections.unmodifiableSortedMap(new TreeMap<>(responderParameters));
        leverParameters = Collections.unmodifiableSortedMap(new TreeMap<>(leverParameters));
        Objects.requireNonNull(javaVersion, "javaVersion");
    }
}
