package org.parley.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@code parley serve} runs.
 *
 * @param host    the address to listen on; loopback by default (a team server sits behind a TLS proxy)
 * @param port    the port; 0 picks a free one
 * @param jdbcUrl the database; null for the embedded one in {@code dataDir}
 * @param dataDir where the embedded database lives
 * @param workers runs computed at once
 */
public record ServerConfig(String host, int port, String jdbcUrl, Path dataDir, int workers, Limits limits) {
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(limits, "limits");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
    }

    /** Loopback, port 8080, the embedded database in the default data directory. */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, null, defaultDataDir(),
                Math.max(1, Runtime.getRuntime().availableProcessors()), Limits.DEFAULTS);
    }

    /** {@code $XDG_DATA_HOME/parley}, else {@code ~/.local/share/parley}. */
    public static Path defaultDataDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local",
                "share");
        return base.resolve("parley");
    }

    /** The JDBC URL in force: the given one, or the embedded database's. */
    public String effectiveJdbcUrl() {
        return jdbcUrl != null ? jdbcUrl : org.parley.server.db.Database.embeddedUrl(dataDir);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, jdbcUrl, dataDir, workers, limits);
    }

    public ServerConfig withJdbcUrl(String url) {
        return new ServerConfig(host, port, url, dataDir, workers, limits);
    }

    public ServerConfig withDataDir(Path dir) {
        return new ServerConfig(host, port, jdbcUrl, dir, workers, limits);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, jdbcUrl, dataDir, workers, limits);
    }

    public ServerConfig withWorkers(int w) {
        return new ServerConfig(host, port, jdbcUrl, dataDir, w, limits);
    }
}
