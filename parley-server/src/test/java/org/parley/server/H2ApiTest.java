package org.parley.server;

import java.nio.file.Path;

/** The API suite on the embedded database. */
class H2ApiTest extends ApiContract {
    @Override
    String databaseUrl(Path tempDir) {
        return TestDatabases.freshUrl(TestDatabases.Kind.H2, tempDir);
    }
}
