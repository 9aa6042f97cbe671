package org.parley.server;

import java.nio.file.Path;

/** Kill -9 during concurrent saves, on the embedded database. */
class H2CrashTest extends CrashContract {
    @Override
    String databaseUrl(Path tempDir) {
        return TestDatabases.freshUrl(TestDatabases.Kind.H2, tempDir);
    }
}
