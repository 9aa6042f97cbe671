package org.parley.server;

import java.nio.file.Path;

/**
 * A server in its own process (for {@link CrashContract} and {@link LoadTest}): starts on the given database with a free port, prints
 * {@code PORT <n>} and serves until killed.
 */
public final class ChildServer {
    private ChildServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        ServerConfig config = ServerConfig.defaults().withPort(0).withJdbcUrl(args[0]).withDataDir(Path.of(args[1]))
                .withWorkers(2);
        ParleyServer server = ParleyServer.start(config);
        System.out.println("PORT " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
