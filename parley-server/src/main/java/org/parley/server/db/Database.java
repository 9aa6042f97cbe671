package org.parley.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The server's database: a connection pool (HikariCP) over an embedded H2 file database or a PostgreSQL server,
 * with the schema brought up to date by Flyway migrations ({@code db/migration/V*.sql}) when it opens.
 *
 * <p>The embedded default lives in one file under the data directory. H2 runs in PostgreSQL compatibility mode
 * with every commit written through ({@code WRITE_DELAY=0}), so that a killed process loses no acknowledged save.
 * Only one process may open an H2 file at a time (H2 locks it); PostgreSQL has no such limit.
 */
public final class Database implements AutoCloseable {
    /** Which server dialect the URL names. */
    public enum Kind { H2, POSTGRESQL }

    private final HikariDataSource pool;
    private final Kind kind;
    private final String url;

    private Database(HikariDataSource pool, Kind kind, String url) {
        this.pool = pool;
        this.kind = kind;
        this.url = url;
    }

    /** The JDBC URL of the embedded database in {@code dataDir} (file {@code parley.mv.db}). */
    public static String embeddedUrl(Path dataDir) {
        Path base = dataDir.toAbsolutePath().normalize().resolve("parley");
        return "jdbc:h2:file:" + base + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=20000";
    }

    /**
     * Opens the database and migrates its schema.
     *
     * @param url      a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL (user and password may be in the URL)
     * @param poolSize maximum number of pooled connections
     * @throws IllegalArgumentException for another kind of URL
     * @throws DatabaseException        if the database cannot be opened or migrated (message without credentials)
     */
    public static Database open(String url, int poolSize) {
        Kind kind = kindOf(url);
        if (kind == Kind.H2) {
            ensureParentDir(url);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setPoolName("parley");
        config.setAutoCommit(true);
        config.setConnectionTimeout(30_000);
        config.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseException("cannot open the database " + redact(url) + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new DatabaseException("cannot migrate the database " + redact(url) + ": " + rootMessage(e), e);
        }
        return new Database(pool, kind, url);
    }

    static Kind kindOf(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL " + redact(url)
                + ": expected jdbc:postgresql://HOST/DB or jdbc:h2:file:PATH");
    }

    private static void ensureParentDir(String url) {
        String rest = url.substring("jdbc:h2:".length());
        if (rest.startsWith("file:")) {
            String path = rest.substring(5);
            int semi = path.indexOf(';');
            Path base = Path.of(semi < 0 ? path : path.substring(0, semi));
            try {
                Path parent = base.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (java.io.IOException e) {
                throw new DatabaseException("cannot create the data directory for " + base + ": " + e.getMessage(), e);
            }
        }
    }

    /** The URL without a password parameter, for messages. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*:[^/@]*@", "//***@");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A pooled connection (auto-commit on; callers that need a transaction switch it off and restore it). */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public DataSource dataSource() {
        return pool;
    }

    public Kind kind() {
        return kind;
    }

    /** The URL as given, with any password masked. */
    public String describe() {
        return redact(url);
    }

    @Override
    public void close() {
        pool.close();
    }
}
