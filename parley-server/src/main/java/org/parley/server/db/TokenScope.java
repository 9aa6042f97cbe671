package org.parley.server.db;

/** What an API token may do: read everything, or also write (save scenarios, start and cancel runs). */
public enum TokenScope {
    READ, WRITE;

    /** Whether a token of this scope may do what {@code needed} allows. */
    public boolean allows(TokenScope needed) {
        return this == WRITE || needed == READ;
    }
}
