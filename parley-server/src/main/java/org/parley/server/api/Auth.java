package org.parley.server.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import org.parley.server.db.ApiToken;
import org.parley.server.db.TokenScope;
import org.parley.server.db.TokenStore;

/**
 * Token authentication of every API request ({@code Authorization: Bearer parley_...}). Without a valid token the
 * answer is 401 (with {@code WWW-Authenticate: Bearer}); a read token on a request that changes something gets 403.
 * Reads are GET and HEAD, and POST to {@code /api/validate} (which stores nothing).
 */
final class Auth {
    static final String CALLER = "parley.caller";

    private final TokenStore tokens;
    private final Clock clock;

    Auth(TokenStore tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    void check(Context ctx) {
        if (ctx.method() == HandlerType.OPTIONS) {
            // no CORS: preflights are refused like any unauthenticated request
            throw unauthorized(ctx, "authentication required: send Authorization: Bearer <token>");
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized(ctx, "authentication required: send Authorization: Bearer <token>");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthorized(ctx, "unsupported authorization scheme: use Bearer <token>");
        }
        ApiToken token = tokens.authenticate(header.substring(7).strip(), clock.instant())
                .orElseThrow(() -> unauthorized(ctx, "the token is not valid (unknown, expired or revoked)"));
        TokenScope needed = isRead(ctx) ? TokenScope.READ : TokenScope.WRITE;
        if (!token.scope().allows(needed)) {
            throw new ApiProblem(403, "forbidden", "Forbidden", "this token may only read; the request needs a "
                    + "token with scope write");
        }
        ctx.attribute(CALLER, token);
    }

    private static boolean isRead(Context ctx) {
        HandlerType m = ctx.method();
        return m == HandlerType.GET || m == HandlerType.HEAD
                || (m == HandlerType.POST && ctx.path().equals("/api/validate"));
    }

    private static ApiProblem unauthorized(Context ctx, String detail) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"parley\"");
        return new ApiProblem(401, "unauthorized", "Unauthorized", detail);
    }

    /** The token of the request (set by {@link #check}). */
    static ApiToken caller(Context ctx) {
        ApiToken t = ctx.attribute(CALLER);
        if (t == null) {
            throw new IllegalStateException("request was not authenticated");
        }
        return t;
    }
}
