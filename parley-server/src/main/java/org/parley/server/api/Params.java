package org.parley.server.api;

import io.javalin.http.Context;

/** Path and query parameters, checked (400 naming the parameter when malformed or out of range). */
final class Params {
    private Params() {
    }

    static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long v = Long.parseLong(raw);
            if (v < 1) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("no such " + name + " (ids are positive integers)");
        }
    }

    static int version(Context ctx, String name) {
        return (int) Math.min(Integer.MAX_VALUE, id(ctx, name));
    }

    static int parseInt(String name, String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badField("/" + name, name + " must be an integer");
        }
    }

    static int intQuery(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return fallback;
        }
        int v = parseInt(name, raw);
        if (v < min || v > max) {
            throw ApiProblem.badField("/" + name, name + " must be between " + min + " and " + max);
        }
        return v;
    }
}
