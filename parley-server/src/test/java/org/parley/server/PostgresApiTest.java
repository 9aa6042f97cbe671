package org.parley.server;

import java.nio.file.Path;

/** The API suite on PostgreSQL ({@code PARLEY_TEST_PG_URL}; required in CI). */
class PostgresApiTest extends ApiContract {
    @Override
    String databaseUrl(Path tempDir) {
        return TestDatabases.freshUrl(TestDatabases.Kind.POSTGRESQL, tempDir);
    }
}
