package org.parley.server.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.parley.server.Limits;
import org.parley.server.db.DatabaseException;
import org.parley.server.db.GameStore;
import org.parley.server.db.RunStore;
import org.parley.server.db.ScenarioStore;
import org.parley.server.db.TokenStore;
import org.parley.server.jobs.JobRunner;

/**
 * Wires the API, the OpenAPI document and the UI into a Javalin configuration: authentication before every
 * {@code /api} request and {@code /openapi.json}, security headers on every answer, problem details for every
 * error, the UI's static files (no data in them; they need no token) at {@code /}.
 */
public final class Api {
    /** Where the UI's files are in the jar. */
    public static final String UI_RESOURCES = "/org/parley/server/ui";

    private final ScenarioStore scenarios;
    private final RunStore runs;
    private final GameStore games;
    private final TokenStore tokens;
    private final JobRunner jobs;
    private final Limits limits;
    private final ApiJson json;
    private final Computations computations;

    public Api(ScenarioStore scenarios, RunStore runs, GameStore games, TokenStore tokens, JobRunner jobs,
               Limits limits) {
        this.scenarios = scenarios;
        this.runs = runs;
        this.games = games;
        this.tokens = tokens;
        this.jobs = jobs;
        this.limits = limits;
        this.json = new ApiJson(limits.maxNesting(), limits.maxBodyBytes());
        this.computations = new Computations(scenarios, games, limits, json.mapper());
    }

    /** Re-queues the runs a previous process left queued (call once, before serving). */
    public void recoverRuns() {
        jobs.recover(id -> computations.rebuild(runs.get(id).orElseThrow()));
    }

    public void configure(JavalinConfig config) {
        config.http.maxRequestSize = limits.maxBodyBytes();
        config.http.defaultContentType = "application/json";
        config.http.prefer405over404 = true;
        config.router.ignoreTrailingSlashes = true;
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.modifyServer(server -> server.setErrorHandler(new LowLevelErrors()));
        config.staticFiles.add(sf -> {
            sf.hostedPath = "/";
            sf.directory = UI_RESOURCES;
            sf.location = Location.CLASSPATH;
            sf.headers = java.util.Map.of("Cache-Control", "no-cache");
        });
        Auth auth = new Auth(tokens, Clock.systemUTC());
        ProblemHandler problems = new ProblemHandler(json);
        var r = config.routes;
        r.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "SAMEORIGIN");
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                    + "style-src 'self' 'unsafe-inline'; frame-src 'self'; object-src 'none'; base-uri 'none'");
        });
        r.before("/api/*", auth::check);
        r.before("/openapi.json", auth::check);
        r.exception(ApiProblem.class, problems::problem);
        r.exception(HttpResponseException.class, problems::http);
        r.exception(DatabaseException.class, problems::database);
        r.exception(Exception.class, problems::unexpected);
        r.error(404, ctx -> {
            if (!String.valueOf(ctx.res().getContentType()).startsWith("application/problem+json")) {
                problems.write(ctx, ApiProblem.notFound("no such resource: " + ctx.path()));
            }
        });
        r.error(405, ctx -> {
            if (!String.valueOf(ctx.res().getContentType()).startsWith("application/problem+json")) {
                problems.write(ctx, new ApiProblem(405, "method-not-allowed", "Method not allowed",
                        ctx.method() + " is not allowed on " + ctx.path()));
            }
        });
        String openApi = resource("/org/parley/server/openapi.json");
        r.get("/openapi.json", ctx -> Responses.json(ctx, 200, openApi));
        r.get("/api/models", ctx -> Responses.json(ctx, 200, json.write(ModelList.all())));
        new ScenarioRoutes(scenarios, json, limits).register(r);
        new RunRoutes(runs, jobs, computations, json, limits).register(r);
        new GameRoutes(games, computations, json, limits).register(r);
        new TokenRoutes(tokens, json, limits).register(r);
    }

    private static String resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }
}
