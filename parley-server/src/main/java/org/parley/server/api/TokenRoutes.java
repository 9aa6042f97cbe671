package org.parley.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.parley.server.Limits;
import org.parley.server.db.ApiToken;
import org.parley.server.db.NotFoundException;
import org.parley.server.db.TokenScope;
import org.parley.server.db.TokenStore;

/**
 * {@code /api/me} (the caller's token) and {@code /api/tokens}: list, create (the secret is in the answer once) and
 * revoke tokens; creating and revoking need a write token.
 */
final class TokenRoutes {
    private final TokenStore tokens;
    private final ApiJson json;
    private final Limits limits;

    TokenRoutes(TokenStore tokens, ApiJson json, Limits limits) {
        this.tokens = tokens;
        this.json = json;
        this.limits = limits;
    }

    /**
     * @param scope         {@code read} or {@code write}
     * @param expiresInDays days until it expires, or null for never
     */
    record CreateToken(String name, String scope, Integer expiresInDays) {
    }

    record CreatedToken(String token, ApiToken info) {
    }

    void register(RoutesConfig r) {
        r.get("/api/me", ctx -> Responses.json(ctx, 200, json.write(Auth.caller(ctx))));
        r.get("/api/tokens", ctx -> Responses.json(ctx, 200, json.write(tokens.list())));
        r.post("/api/tokens", this::create);
        r.delete("/api/tokens/{id}", this::revoke);
    }

    private void create(Context ctx) {
        if (!Bodies.mediaType(ctx).equals("application/json")) {
            throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type", "send application/json");
        }
        CreateToken req = json.read(Bodies.text(ctx, limits.maxBodyBytes()), CreateToken.class);
        if (req == null || req.name() == null || req.name().isBlank() || req.name().length() > 100) {
            throw ApiProblem.invalidField("/name", "name is required (1 to 100 characters)");
        }
        Text.plain("/name", req.name(), false);
        TokenScope scope;
        try {
            scope = TokenScope.valueOf(String.valueOf(req.scope()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("/scope", "scope must be read or write");
        }
        Instant expires = null;
        if (req.expiresInDays() != null) {
            if (req.expiresInDays() < 1 || req.expiresInDays() > 3650) {
                throw ApiProblem.invalidField("/expiresInDays", "expiresInDays must be between 1 and 3650");
            }
            expires = Instant.now().plus(Duration.ofDays(req.expiresInDays()));
        }
        TokenStore.Created c = tokens.create(req.name().strip(), scope, expires);
        ctx.header("Cache-Control", "no-store");
        Responses.json(ctx, 201, json.write(new CreatedToken(c.secret(), c.token())));
    }

    private void revoke(Context ctx) {
        try {
            tokens.revoke(Params.id(ctx, "id"));
        } catch (NotFoundException e) {
            throw ApiProblem.notFound(e.getMessage());
        }
        ctx.status(204);
    }
}
