package org.parley.server.db;

import java.util.Objects;

/** A version with the scenario text exactly as saved. */
public record StoredScenario(ScenarioVersion version, String source) {
    public StoredScenario {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
    }
}
