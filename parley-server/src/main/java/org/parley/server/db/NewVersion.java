package org.parley.server.db;

import java.util.Objects;

/**
 * What a save writes: the text and what the reader found in it (the caller has read and checked it).
 *
 * @param sha256 the scenario's canonical digest
 */
public record NewVersion(String author, String message, SourceFormat sourceFormat, String source, String sha256,
                         String title, int actorCount, int issueCount) {
    public NewVersion {
        Objects.requireNonNull(author, "author");
        message = message == null ? "" : message;
        Objects.requireNonNull(sourceFormat, "sourceFormat");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(title, "title");
    }
}
