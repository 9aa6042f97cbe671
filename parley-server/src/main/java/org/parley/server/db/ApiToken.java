package org.parley.server.db;

import java.time.Instant;
import java.util.Objects;

/**
 * An API token as stored (the secret itself is never stored, only its SHA-256).
 *
 * @param name      who or what uses it; recorded as the author of saves and runs
 * @param expiresAt null for a token that does not expire
 * @param revokedAt null while the token is valid
 */
public record ApiToken(long id, String name, TokenScope scope, Instant createdAt, Instant expiresAt,
                       Instant revokedAt) {
    public ApiToken {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether the token may be used at {@code now}. */
    public boolean validAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
