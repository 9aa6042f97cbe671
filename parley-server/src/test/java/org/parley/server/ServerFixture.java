package org.parley.server;

import java.nio.file.Path;
import org.parley.server.db.TokenScope;
import org.parley.server.db.TokenStore;

/** A running server on a fresh database with a write and a read token. */
public final class ServerFixture implements AutoCloseable {
    public final ParleyServer server;
    public final String writeToken;
    public final String readToken;
    public final Http http;

    public ServerFixture(String jdbcUrl, Path dataDir, int workers) {
        ServerConfig config = ServerConfig.defaults().withPort(0).withJdbcUrl(jdbcUrl).withDataDir(dataDir)
                .withWorkers(workers);
        server = ParleyServer.start(config);
        TokenStore tokens = new TokenStore(server.database());
        writeToken = tokens.create("alice", TokenScope.WRITE, null).secret();
        readToken = tokens.create("reader", TokenScope.READ, null).secret();
        http = new Http(server.url(), writeToken);
    }

    @Override
    public void close() {
        server.close();
    }
}
