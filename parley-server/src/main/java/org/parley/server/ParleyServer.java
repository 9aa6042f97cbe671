package org.parley.server;

import io.javalin.Javalin;
import java.util.Objects;
import org.parley.server.api.Api;
import org.parley.server.db.Database;
import org.parley.server.db.GameStore;
import org.parley.server.db.RunStore;
import org.parley.server.db.ScenarioStore;
import org.parley.server.db.TokenStore;
import org.parley.server.jobs.JobRunner;

/**
 * {@code parley serve}: one process that serves the REST API, its OpenAPI document and the browser UI, over the
 * embedded database or PostgreSQL, with a pool of workers for runs. Start with {@link #start(ServerConfig)}, stop
 * with {@link #close()}.
 */
public final class ParleyServer implements AutoCloseable {
    private final Database db;
    private final JobRunner jobs;
    private final Javalin app;
    private final String host;

    private ParleyServer(Database db, JobRunner jobs, Javalin app, String host) {
        this.db = db;
        this.jobs = jobs;
        this.app = app;
        this.host = host;
    }

    /**
     * Opens (and migrates) the database, re-queues runs left queued by a previous process, and starts listening.
     *
     * @throws org.parley.server.db.DatabaseException if the database cannot be opened
     */
    public static ParleyServer start(ServerConfig config) {
        Objects.requireNonNull(config, "config");
        Database db = Database.open(config.effectiveJdbcUrl(), Math.max(10, config.workers() + 8));
        return start(config, db);
    }

    /** Starts on an open database (which the server then owns and closes). */
    public static ParleyServer start(ServerConfig config, Database db) {
        RunStore runs = new RunStore(db);
        JobRunner jobs = new JobRunner(runs, config.workers(), config.limits().maxQueuedRuns());
        Api api = new Api(new ScenarioStore(db), runs, new GameStore(db), new TokenStore(db), jobs, config.limits());
        try {
            api.recoverRuns();
            Javalin app = Javalin.create(c -> {
                api.configure(c);
                c.jetty.host = config.host();
                c.jetty.port = config.port();
            });
            app.start();
            return new ParleyServer(db, jobs, app, config.host());
        } catch (RuntimeException e) {
            jobs.close();
            db.close();
            throw e;
        }
    }

    /** The port listened on (the chosen one when the config said 0). */
    public int port() {
        return app.port();
    }

    /** {@code http://host:port} */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port();
    }

    public Database database() {
        return db;
    }

    @Override
    public void close() {
        app.stop();
        jobs.close();
        db.close();
    }
}
