package org.parley.server.db;

/** The database could not be opened, migrated or used. The message never holds a password. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
