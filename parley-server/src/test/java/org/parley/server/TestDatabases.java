package org.parley.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.parley.server.db.Database;

/**
 * The databases the server tests run on: a fresh embedded H2 file in a temporary directory, or a fresh schema on the
 * PostgreSQL server named by {@code PARLEY_TEST_PG_URL} (a {@code jdbc:postgresql:} URL with user and password;
 * {@code .ci/run} starts one). Without that variable the PostgreSQL tests are skipped with a printed reason, except
 * in CI ({@code CI=true}), where they fail: CI must test both databases.
 */
public final class TestDatabases {
    /** The environment variable with the PostgreSQL server's JDBC URL. */
    public static final String PG_ENV = "PARLEY_TEST_PG_URL";

    private TestDatabases() {
    }

    public enum Kind { H2, POSTGRESQL }

    /** A URL of a new, empty database of this kind. */
    public static String freshUrl(Kind kind, Path tempDir) {
        return kind == Kind.H2 ? Database.embeddedUrl(tempDir.resolve("db-" + UUID.randomUUID())) : freshPostgres();
    }

    /** A new schema on the test PostgreSQL server; its URL selects it. */
    public static String freshPostgres() {
        String base = postgresUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            fail("cannot create a schema on the test PostgreSQL server " + Database.redact(base) + ": "
                    + e.getMessage());
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The test server's URL; skips (outside CI) or fails (in CI) when there is none. */
    public static String postgresUrl() {
        String url = System.getenv(PG_ENV);
        if (url == null || url.isBlank()) {
            requireInCi("PostgreSQL tests need a server: set " + PG_ENV + "=jdbc:postgresql://127.0.0.1:PORT/DB?user="
                    + "...&password=... (.ci/run starts one)");
        }
        return url;
    }

    /** Fails in CI, skips with the reason elsewhere. */
    public static void requireInCi(String reason) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but: " + reason);
        }
        System.out.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
