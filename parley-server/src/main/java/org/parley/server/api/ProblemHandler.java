package org.parley.server.api;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.parley.server.db.DatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to {@code application/problem+json}. Expected problems ({@link ApiProblem}) carry their own
 * status and message; anything else is a 500 whose body says only that the server failed (the cause goes to the
 * log, never to the client: no stack traces, no SQL).
 */
final class ProblemHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    private final ApiJson json;

    ProblemHandler(ApiJson json) {
        this.json = json;
    }

    void problem(ApiProblem p, Context ctx) {
        write(ctx, p);
    }

    void http(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        String title = switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Request body too large";
            default -> "Request failed";
        };
        String type = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            default -> "http-" + status;
        };
        write(ctx, new ApiProblem(status, type, title, status == 404 ? "no such resource: " + ctx.path() : title));
    }

    void database(DatabaseException e, Context ctx) {
        LOG.error("database failure on {} {}", ctx.method(), ctx.path(), e);
        write(ctx, new ApiProblem(503, "database-unavailable", "Database unavailable",
                "the database could not complete the request; try again"));
    }

    void unexpected(Exception e, Context ctx) {
        LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
        write(ctx, new ApiProblem(500, "internal-error", "Internal error", "the server failed to answer this "
                + "request; the administrator can find the cause in the server log"));
    }

    void write(Context ctx, ApiProblem p) {
        ctx.status(p.status());
        ctx.contentType("application/problem+json; charset=utf-8");
        ctx.result(json.write(ProblemBody.of(p, ctx.path())));
    }
}
