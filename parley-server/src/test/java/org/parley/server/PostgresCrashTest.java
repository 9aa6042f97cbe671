package org.parley.server;

import java.nio.file.Path;

/** Kill -9 during concurrent saves, on PostgreSQL. */
class PostgresCrashTest extends CrashContract {
    @Override
    String databaseUrl(Path tempDir) {
        return TestDatabases.freshUrl(TestDatabases.Kind.POSTGRESQL, tempDir);
    }
}
