package org.parley.server.db;

/**
 * A save named a version that is no longer the newest: someone else saved in between. Nothing was written; the
 * client must reload the current version and apply its change again.
 */
public class VersionConflictException extends RuntimeException {
    private final long scenarioId;
    private final int baseVersion;
    private final int currentVersion;

    public VersionConflictException(long scenarioId, int baseVersion, int currentVersion) {
        super("scenario " + scenarioId + " is at version " + currentVersion + ", but the save edits version "
                + baseVersion);
        this.scenarioId = scenarioId;
        this.baseVersion = baseVersion;
        this.currentVersion = currentVersion;
    }

    public long scenarioId() {
        return scenarioId;
    }

    public int baseVersion() {
        return baseVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
