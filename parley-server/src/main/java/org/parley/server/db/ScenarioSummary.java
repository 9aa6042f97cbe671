package org.parley.server.db;

import java.time.Instant;
import java.util.Objects;

/**
 * A scenario as listed: who created it and its newest version.
 *
 * @param latest the newest version
 */
public record ScenarioSummary(long id, Instant createdAt, String createdBy, ScenarioVersion latest) {
    public ScenarioSummary {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(latest, "latest");
    }
}
