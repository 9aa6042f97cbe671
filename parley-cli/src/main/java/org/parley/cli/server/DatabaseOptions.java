package org.parley.cli.server;

import java.nio.file.Path;
import org.parley.server.ServerConfig;
import picocli.CommandLine.Option;

/** Where the server's database is: {@code --db URL} or the embedded one under {@code --data-dir}. */
final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "The database: a jdbc:postgresql://HOST[:PORT]/DB?user=...&password=... URL. Default: the "
                    + "embedded database (H2) in the data directory.")
    String jdbcUrl;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Directory of the embedded database. Default: $XDG_DATA_HOME/parley or "
                    + "~/.local/share/parley.")
    Path dataDir;

    ServerConfig applyTo(ServerConfig c) {
        ServerConfig out = c;
        if (dataDir != null) {
            out = out.withDataDir(dataDir);
        }
        if (jdbcUrl != null) {
            out = out.withJdbcUrl(jdbcUrl);
        }
        return out;
    }

    /** A hint for a database that does not open: an embedded one is often locked by a running server. */
    static String hint(ServerConfig c, String message) {
        if (c.jdbcUrl() == null && message != null && message.toLowerCase(java.util.Locale.ROOT).contains("in use")) {
            return message + " (the embedded database allows one process: stop the running server, or manage "
                    + "tokens through the API, POST /api/tokens)";
        }
        return message;
    }
}
