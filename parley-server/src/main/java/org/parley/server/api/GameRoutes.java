package org.parley.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.parley.games.Game;
import org.parley.games.InvalidGameException;
import org.parley.games.io.GameFormatException;
import org.parley.games.io.GameReader;
import org.parley.games.solve.Solvers;
import org.parley.server.Limits;
import org.parley.server.db.GameStore;

/**
 * {@code /api/games}: upload a Gambit {@code .nfg} or {@code .efg} text (checked by the engine's reader; errors
 * located by line and column), list, get, and the text back. Solving is a run: {@code POST /api/runs} with kind
 * {@code game}. {@code /api/solvers} lists the methods.
 */
final class GameRoutes {
    private final GameStore games;
    private final Computations computations;
    private final ApiJson json;
    private final Limits limits;

    GameRoutes(GameStore games, Computations computations, ApiJson json, Limits limits) {
        this.games = games;
        this.computations = computations;
        this.json = json;
        this.limits = limits;
    }

    record Solver(String name, String description) {
    }

    void register(RoutesConfig r) {
        r.get("/api/games", this::list);
        r.post("/api/games", this::upload);
        r.get("/api/games/{id}", this::get);
        r.get("/api/games/{id}/source", this::source);
        r.get("/api/solvers", ctx -> Responses.json(ctx, 200, json.write(Solvers.all().stream()
                .map(s -> new Solver(s.name(), s.description())).toList())));
    }

    private void list(Context ctx) {
        int limit = Params.intQuery(ctx, "limit", 50, 1, 500);
        int offset = Params.intQuery(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        Responses.json(ctx, 200, json.write(new ScenarioRoutes.Page<>(games.list(limit, offset), -1, limit, offset)));
    }

    private void upload(Context ctx) {
        String type = Bodies.mediaType(ctx);
        if (!type.equals("text/plain") && !type.equals("application/octet-stream")) {
            throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type", "send the .nfg or .efg "
                    + "text as text/plain");
        }
        String text = Bodies.text(ctx, limits.maxBodyBytes());
        String name = ctx.queryParam("name") == null ? "game" : ctx.queryParam("name");
        if (name.length() > 200) {
            throw ApiProblem.overLimit("/name", "the name is longer than 200 characters");
        }
        Text.plain("/name", name, false);
        Text.plain("", text, true);
        Game g;
        try {
            g = GameReader.read(text, name);
        } catch (GameFormatException e) {
            throw ApiProblem.invalid("the game file has a problem: " + e.reason(), List.of(
                    new ApiProblem.FieldError("", e.line(), e.column(), e.reason())));
        } catch (InvalidGameException e) {
            throw ApiProblem.invalid("the game is not valid: " + e.getMessage(), List.of());
        } catch (StackOverflowError e) {
            throw ApiProblem.overLimit("", "the game is nested too deeply to read");
        }
        computations.checkSize(g);
        String format = text.stripLeading().startsWith("EFG") ? "EFG" : "NFG";
        String title = g.title().length() > 500 ? g.title().substring(0, 500) : g.title();
        GameStore.StoredGame stored = games.create(name, format, text, g.hash(), title, Auth.caller(ctx).name());
        ctx.header("Location", "/api/games/" + stored.id());
        Responses.json(ctx, 201, json.write(stored));
    }

    private void get(Context ctx) {
        long id = Params.id(ctx, "id");
        Responses.json(ctx, 200, json.write(games.get(id).orElseThrow(() -> ApiProblem.notFound("no game " + id))));
    }

    private void source(Context ctx) {
        long id = Params.id(ctx, "id");
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(games.source(id).orElseThrow(() -> ApiProblem.notFound("no game " + id)));
    }
}
