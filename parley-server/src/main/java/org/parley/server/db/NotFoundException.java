package org.parley.server.db;

/** The scenario, version, run, game or token asked for does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
