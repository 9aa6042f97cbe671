package org.parley.server.api;

import io.javalin.http.Context;

/** Writing answers. */
final class Responses {
    private Responses() {
    }

    static void json(Context ctx, int status, String body) {
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(body);
    }
}
