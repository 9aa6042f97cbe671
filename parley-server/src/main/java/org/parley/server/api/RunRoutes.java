package org.parley.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import org.parley.server.db.Run;
import org.parley.server.db.RunKind;
import org.parley.server.db.RunOutput;
import org.parley.server.db.RunStatus;
import org.parley.server.db.RunStore;
import org.parley.server.jobs.JobRunner;
import org.parley.server.Limits;

/**
 * {@code /api/runs}: start an analysis, a game solve or a backtest as a job (202 with the run), list and get runs
 * (status, progress), cancel, and fetch a finished run's result (Parley's one JSON form), provenance and HTML report.
 */
final class RunRoutes {
    private final RunStore runs;
    private final JobRunner jobs;
    private final Computations computations;
    private final ApiJson json;
    private final Limits limits;

    RunRoutes(RunStore runs, JobRunner jobs, Computations computations, ApiJson json, Limits limits) {
        this.runs = runs;
        this.jobs = jobs;
        this.computations = computations;
        this.json = json;
        this.limits = limits;
    }

    /** A run as served: the stored run with its request as JSON. */
    record RunView(long id, RunKind kind, RunStatus status, Long scenarioId, Integer scenarioVersion, Long gameId,
                   JsonNode request, String inputSha256, double progress, String createdBy, Instant createdAt,
                   Instant startedAt, Instant finishedAt, String error) {
    }

    void register(RoutesConfig r) {
        r.get("/api/runs", this::list);
        r.post("/api/runs", this::start);
        r.get("/api/runs/{id}", this::get);
        r.post("/api/runs/{id}/cancel", this::cancel);
        r.get("/api/runs/{id}/result", this::result);
        r.get("/api/runs/{id}/provenance", this::provenance);
        r.get("/api/runs/{id}/report", this::report);
    }

    RunView view(Run run) {
        JsonNode request;
        try {
            request = json.mapper().readTree(run.request());
        } catch (JsonProcessingException e) {
            request = null;
        }
        return new RunView(run.id(), run.kind(), run.status(), run.scenarioId(), run.scenarioVersion(), run.gameId(),
                request, run.inputSha256(), run.progress(), run.createdBy(), run.createdAt(), run.startedAt(),
                run.finishedAt(), run.error());
    }

    private void list(Context ctx) {
        int limit = Params.intQuery(ctx, "limit", 50, 1, 500);
        int offset = Params.intQuery(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        String scenario = ctx.queryParam("scenarioId");
        Long scenarioId = scenario == null ? null : (long) Params.parseInt("scenarioId", scenario);
        List<RunView> items = runs.list(scenarioId, limit, offset).stream().map(this::view).toList();
        Responses.json(ctx, 200, json.write(new ScenarioRoutes.Page<>(items, -1, limit, offset)));
    }

    private void start(Context ctx) {
        if (!Bodies.mediaType(ctx).equals("application/json")) {
            throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type", "send application/json");
        }
        RunRequest req = json.read(Bodies.text(ctx, limits.maxBodyBytes()), RunRequest.class);
        if (req == null) {
            throw ApiProblem.badRequest("the body must be a JSON object");
        }
        if (!jobs.hasRoom()) {
            ctx.header("Retry-After", "10");
            throw new ApiProblem(503, "queue-full", "Too many queued runs", "the run queue is full; try again later");
        }
        Computations.Planned p = computations.plan(req);
        Run run = runs.create(p.kind(), p.scenarioId(), p.version(), p.gameId(), json.write(req.resolved(p.version(), p.versions())),
                p.inputSha256(), Auth.caller(ctx).name());
        jobs.submit(run, p.computation());
        ctx.header("Location", "/api/runs/" + run.id());
        Responses.json(ctx, 202, json.write(view(run)));
    }

    private Run run(Context ctx) {
        long id = Params.id(ctx, "id");
        return runs.get(id).orElseThrow(() -> ApiProblem.notFound("no run " + id));
    }

    private void get(Context ctx) {
        Responses.json(ctx, 200, json.write(view(run(ctx))));
    }

    private void cancel(Context ctx) {
        Run run = run(ctx);
        if (!jobs.cancel(run.id())) {
            throw ApiProblem.conflict("run-finished", "Run already finished", "run " + run.id() + " has already "
                    + "finished (" + runs.get(run.id()).map(Run::status).orElse(run.status()) + ")");
        }
        Responses.json(ctx, 200, json.write(view(runs.get(run.id()).orElseThrow())));
    }

    private RunOutput output(Context ctx) {
        Run run = run(ctx);
        if (run.status() != RunStatus.SUCCEEDED) {
            throw ApiProblem.conflict("run-not-succeeded", "No result", "run " + run.id() + " is " + run.status()
                    + (run.status().isFinal() ? "" : "; poll GET /api/runs/" + run.id() + " until it succeeds"));
        }
        return runs.output(run.id()).orElseThrow(() -> ApiProblem.notFound("no result for run " + run.id()));
    }

    private void result(Context ctx) {
        Responses.json(ctx, 200, output(ctx).result());
    }

    private void provenance(Context ctx) {
        Responses.json(ctx, 200, output(ctx).provenance());
    }

    private void report(Context ctx) {
        String html = output(ctx).reportHtml();
        if (html == null) {
            throw ApiProblem.notFound("this kind of run has no HTML report");
        }
        ctx.status(200);
        ctx.contentType("text/html; charset=utf-8");
        // the report is self-contained and needs no script; forbid any
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        ctx.result(html);
    }
}
