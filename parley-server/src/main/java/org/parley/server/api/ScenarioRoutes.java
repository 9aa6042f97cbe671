package org.parley.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.scenario.Scenario;
import org.parley.scenario.io.ScenarioReader;
import org.parley.server.Limits;
import org.parley.server.db.NewVersion;
import org.parley.server.db.NotFoundException;
import org.parley.server.db.ScenarioStore;
import org.parley.server.db.ScenarioSummary;
import org.parley.server.db.ScenarioVersion;
import org.parley.server.db.SourceFormat;
import org.parley.server.db.StoredScenario;
import org.parley.server.db.VersionConflictException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * {@code /api/scenarios}: create from YAML or JSON, list, get, save a new version (optimistic concurrency), history,
 * one version with its text and document, and the diff of two versions; {@code /api/validate} checks a text
 * without storing it.
 */
final class ScenarioRoutes {
    /** Media types of a raw scenario body (the text itself, not the JSON envelope). */
    private static final Set<String> RAW_TYPES = Set.of("application/yaml", "application/x-yaml", "text/yaml",
            "text/x-yaml", "text/plain");

    private final ScenarioStore store;
    private final ApiJson json;
    private final Limits limits;

    ScenarioRoutes(ScenarioStore store, ApiJson json, Limits limits) {
        this.store = store;
        this.json = json;
        this.limits = limits;
    }

    /**
     * The JSON envelope of a save.
     *
     * @param source      the scenario text (YAML or JSON)
     * @param message     what changed (optional)
     * @param baseVersion the version this save edits (required for a new version, absent on create)
     */
    record SaveRequest(String source, String message, Integer baseVersion) {
    }

    /** A version just saved, with the reader's warnings. */
    record Saved(ScenarioVersion version, List<ApiProblem.FieldError> warnings) {
    }

    /** One version with its text and its document as a JSON tree (what the editor edits). */
    record VersionDetail(ScenarioVersion version, String source, JsonNode document) {
    }

    record Page<T>(List<T> items, long total, int limit, int offset) {
    }

    record Validation(boolean valid, String sha256, List<ApiProblem.FieldError> problems,
                      List<ApiProblem.FieldError> warnings) {
    }

    record Diff(long scenarioId, int from, int to, List<ScenarioDiff.Change> changes) {
    }

    void register(RoutesConfig r) {
        r.get("/api/scenarios", this::list);
        r.post("/api/scenarios", this::create);
        r.get("/api/scenarios/{id}", this::get);
        r.put("/api/scenarios/{id}", this::save);
        r.get("/api/scenarios/{id}/versions", this::history);
        r.get("/api/scenarios/{id}/versions/{version}", this::version);
        r.get("/api/scenarios/{id}/versions/{version}/source", this::source);
        r.get("/api/scenarios/{id}/diff", this::diff);
        r.post("/api/validate", this::validate);
    }

    private void list(Context ctx) {
        int limit = Params.intQuery(ctx, "limit", 50, 1, 500);
        int offset = Params.intQuery(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        Responses.json(ctx, 200, json.write(new Page<>(store.list(limit, offset), store.count(), limit, offset)));
    }

    private void create(Context ctx) {
        SaveRequest req = saveRequest(ctx);
        if (req.baseVersion() != null) {
            throw ApiProblem.invalidField("/baseVersion", "a new scenario has no base version; to save a new version "
                    + "use PUT /api/scenarios/{id}");
        }
        ScenarioInput.Checked checked = ScenarioInput.check(req.source(), "scenario", limits);
        ScenarioVersion v = store.create(newVersion(ctx, req, checked));
        ctx.header("Location", "/api/scenarios/" + v.scenarioId());
        ctx.header("ETag", etag(v.version()));
        Responses.json(ctx, 201, json.write(new Saved(v, checked.warnings())));
    }

    private void save(Context ctx) {
        long id = Params.id(ctx, "id");
        SaveRequest req = saveRequest(ctx);
        Integer base = req.baseVersion();
        String ifMatch = ctx.header("If-Match");
        if (base == null && ifMatch != null) {
            base = parseEtag(ifMatch);
        }
        if (base == null) {
            throw new ApiProblem(428, "base-version-required", "Base version required", "a save must name the version "
                    + "it edits: baseVersion in the body, or an If-Match header with the version's ETag",
                    List.of(new ApiProblem.FieldError("/baseVersion", 0, 0, "required")));
        }
        if (base < 1) {
            throw ApiProblem.invalidField("/baseVersion", "baseVersion must be at least 1");
        }
        ScenarioInput.Checked checked = ScenarioInput.check(req.source(), "scenario", limits);
        ScenarioVersion v;
        try {
            v = store.save(id, base, newVersion(ctx, req, checked));
        } catch (VersionConflictException e) {
            throw new ApiProblem(409, "version-conflict", "Version conflict", e.getMessage() + "; reload version "
                    + e.currentVersion() + " and apply the change again",
                    List.of(new ApiProblem.FieldError("/baseVersion", 0, 0, "stale: the newest version is "
                            + e.currentVersion())));
        } catch (NotFoundException e) {
            throw ApiProblem.notFound(e.getMessage());
        }
        ctx.header("Location", "/api/scenarios/" + id + "/versions/" + v.version());
        ctx.header("ETag", etag(v.version()));
        Responses.json(ctx, 201, json.write(new Saved(v, checked.warnings())));
    }

    private NewVersion newVersion(Context ctx, SaveRequest req, ScenarioInput.Checked checked) {
        String message = req.message() == null ? "" : req.message();
        if (message.length() > 1000) {
            throw ApiProblem.overLimit("/message", "the message is longer than 1000 characters");
        }
        Text.plain("/message", message, true);
        Scenario s = checked.scenario();
        return new NewVersion(Auth.caller(ctx).name(), message, checked.format(), req.source(), checked.sha256(),
                s.metadata().title(), s.actors().size(), s.issues().size());
    }

    /** The save from the JSON envelope, or from a raw YAML/JSON text body with query parameters. */
    private SaveRequest saveRequest(Context ctx) {
        String type = Bodies.mediaType(ctx);
        String body = Bodies.text(ctx, limits.maxBodyBytes());
        if (type.equals("application/json")) {
            SaveRequest req = json.read(body, SaveRequest.class);
            if (req == null || req.source() == null) {
                throw ApiProblem.badField("/source", "the body must be {\"source\": <scenario text>, \"message\": ..., "
                        + "\"baseVersion\": ...}; to send the scenario text itself use Content-Type application/yaml");
            }
            return req;
        }
        if (RAW_TYPES.contains(type)) {
            String base = ctx.queryParam("baseVersion");
            return new SaveRequest(body, ctx.queryParam("message"),
                    base == null ? null : Params.parseInt("baseVersion", base));
        }
        throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type", "send application/json (the "
                + "save envelope) or application/yaml (the scenario text)");
    }

    private void get(Context ctx) {
        ScenarioSummary s = store.get(Params.id(ctx, "id")).orElseThrow(() -> ApiProblem.notFound(
                "no scenario " + ctx.pathParam("id")));
        ctx.header("ETag", etag(s.latest().version()));
        Responses.json(ctx, 200, json.write(s));
    }

    private void history(Context ctx) {
        long id = Params.id(ctx, "id");
        List<ScenarioVersion> h = store.history(id);
        if (h.isEmpty()) {
            throw ApiProblem.notFound("no scenario " + id);
        }
        Responses.json(ctx, 200, json.write(Map.of("scenarioId", id, "versions", h)));
    }

    private StoredScenario stored(Context ctx, long id, int version) {
        return store.version(id, version).orElseThrow(() -> ApiProblem.notFound("no version " + version
                + " of scenario " + id));
    }

    private void version(Context ctx) {
        long id = Params.id(ctx, "id");
        StoredScenario s = stored(ctx, id, Params.version(ctx, "version"));
        ctx.header("ETag", etag(s.version().version()));
        Responses.json(ctx, 200, json.write(new VersionDetail(s.version(), s.source(), document(s))));
    }

    private void source(Context ctx) {
        long id = Params.id(ctx, "id");
        StoredScenario s = stored(ctx, id, Params.version(ctx, "version"));
        ctx.contentType(s.version().sourceFormat() == SourceFormat.JSON ? "application/json; charset=utf-8"
                : "application/yaml; charset=utf-8");
        ctx.result(s.source());
    }

    private void diff(Context ctx) {
        long id = Params.id(ctx, "id");
        int from = Params.intQuery(ctx, "from", -1, 1, Integer.MAX_VALUE);
        int to = Params.intQuery(ctx, "to", -1, 1, Integer.MAX_VALUE);
        if (from < 0 || to < 0) {
            throw ApiProblem.badField(from < 0 ? "/from" : "/to", "query parameters from and to (versions) are "
                    + "required");
        }
        Scenario a = read(stored(ctx, id, from));
        Scenario b = read(stored(ctx, id, to));
        Responses.json(ctx, 200, json.write(new Diff(id, from, to, ScenarioDiff.between(a, b))));
    }

    private void validate(Context ctx) {
        String type = Bodies.mediaType(ctx);
        String body = Bodies.text(ctx, limits.maxBodyBytes());
        String text = type.equals("application/json") ? json.read(body, SaveRequest.class).source() : body;
        if (text == null) {
            throw ApiProblem.badField("/source", "source is required");
        }
        ScenarioInput.Outcome o = ScenarioInput.tryCheck(text, "scenario", limits);
        Responses.json(ctx, 200, json.write(o.valid()
                ? new Validation(true, o.checked().sha256(), List.of(), o.checked().warnings())
                : new Validation(false, null, o.problems(), List.of())));
    }

    /** A stored version read back (it was checked when saved). */
    static Scenario read(StoredScenario s) {
        return new ScenarioReader().read(s.source(), "scenario");
    }

    /** The stored text as a JSON tree (YAML read with the core schema, so dates stay text). */
    private JsonNode document(StoredScenario s) {
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).build();
        Object tree = new Load(settings).loadFromString(s.source());
        return json.mapper().valueToTree(tree);
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    static Integer parseEtag(String header) {
        String h = header.strip();
        if (h.startsWith("W/")) {
            h = h.substring(2);
        }
        h = h.replace("\"", "");
        try {
            return Integer.parseInt(h);
        } catch (NumberFormatException e) {
            throw ApiProblem.badField("/If-Match", "If-Match must be the ETag of a version, e.g. \"3\"");
        }
    }
}
