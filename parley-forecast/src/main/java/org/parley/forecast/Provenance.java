package org.parley.forecast;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a forecast came from: enough to reproduce it bit for bit.
 *
 * @param schemaVersion   version of this record's layout (readers accept newer versions and ignore unknown fields)
 * @param scenarioSha256  SHA-256 (hex) of the canonical form of the scenario analysed
 * @param modelId         model id
 * @param modelVersion    model implementation version
 * @param parameters      every option the model ran with
 * @param seed            master seed of any randomness, or null for deterministic models
 * @param parleyVersion   version of Parley that produced the forecast
 * @param javaVersion     Java runtime version
 */
public record Provenance(int schemaVersion, String scenarioSha256, String modelId, String modelVersion,
                        SortedMap<String, String> parameters, Long seed, String parleyVersion, String javaVersion) {
    public static final int SCHEMA_VERSION = 1;

    public Provenance {
        Objects.requireNonNull(scenarioSha256, "scenarioSha256");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(modelVersion, "modelVersion");
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
        Objects.requireNonNull(parleyVersion, "parleyVersion");
        Objects.requireNonNull(javaVersion, "javaVersion");
    }
}
