package org.parley.server.db;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved version of a scenario (without its text; see {@link StoredScenario}).
 *
 * @param version      1 for the first save, then consecutive
 * @param author       the name of the token that saved it
 * @param message      what changed, in the author's words (may be empty)
 * @param sourceFormat the syntax of the text as saved
 * @param sha256       {@code ScenarioDigest.sha256} of the scenario read from the text (the hash runs record)
 * @param title        the scenario's title at this version
 */
public record ScenarioVersion(long scenarioId, int version, String author, Instant createdAt, String message,
                              SourceFormat sourceFormat, String sha256, String title, int actorCount,
                              int issueCount) {
    public ScenarioVersion {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sourceFormat, "sourceFormat");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(title, "title");
    }
}
