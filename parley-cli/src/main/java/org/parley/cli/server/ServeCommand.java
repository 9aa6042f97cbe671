package org.parley.cli.server;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.cli.ExitCodes;
import org.parley.server.ParleyServer;
import org.parley.server.ServerConfig;
import org.parley.server.db.DatabaseException;
import org.parley.server.db.TokenScope;
import org.parley.server.db.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley serve}: the REST API and the browser UI in one process, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API (OpenAPI 3.1 document at /openapi.json) and the browser UI.",
                "Scenarios, their versions and the runs are kept in a database: the embedded one by default, or "
                        + "PostgreSQL with --db. Every request needs an API token; when the database has none, a "
                        + "write token named 'admin' is created and printed once. Ctrl-C stops the server."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; put a TLS proxy in "
                    + "front before listening on other addresses).")
    String host;

    @Option(names = "--workers", paramLabel = "N",
            description = "Runs computed at once (default: the number of processors).")
    Integer workers;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config = database.applyTo(ServerConfig.defaults()).withPort(port).withHost(host);
        if (workers != null) {
            if (workers < 1) {
                err.println("parley serve: --workers must be at least 1");
                return ExitCodes.BAD_INPUT;
            }
            config = config.withWorkers(workers);
        }
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        ParleyServer server;
        try {
            server = ParleyServer.start(config);
        } catch (DatabaseException e) {
            err.println("parley serve: " + DatabaseOptions.hint(config, e.getMessage()));
            return ExitCodes.FAILURE;
        } catch (RuntimeException e) {
            err.println("parley serve: cannot start: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        TokenStore tokens = new TokenStore(server.database());
        if (tokens.list().isEmpty()) {
            String secret = tokens.create("admin", TokenScope.WRITE, null).secret();
            out.println("No API token yet: created a write token named 'admin' (shown only now):");
            out.println("  " + secret);
        }
        out.println("Parley serves " + server.url() + "/  (database: " + server.database().describe() + ")");
        out.println("Open it in a browser and log in with a token; Ctrl-C stops the server.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "parley-shutdown"));
        stopped.await();
        return ExitCodes.OK;
    }
}
