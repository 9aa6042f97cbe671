package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.scenario.io.Problem;
import org.parley.scenario.io.ScenarioFormatException;
import org.parley.scenario.io.ScenarioReader;

/**
 * The API suite. It runs unchanged on every database: {@link H2ApiTest} and {@link PostgresApiTest} only say which.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContract {
    ServerFixture fx;
    Http api;

    /** A URL of a fresh, empty database. */
    abstract String databaseUrl(Path tempDir);

    @BeforeAll
    void start() {
        Path dir = TestDatabases.tempDir("parley-api");
        fx = new ServerFixture(databaseUrl(dir), dir, 2);
        api = fx.http;
    }

    @AfterAll
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    JsonNode create(String yaml, String message) {
        Http.Response r = api.post("/api/scenarios?message=" + message, "application/yaml", yaml);
        assertEquals(201, r.status(), r::toString);
        return r.json().get("version");
    }

    JsonNode awaitRun(long id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode run = api.get("/api/runs/" + id).json();
            String status = run.get("status").asText();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("run " + id + " did not finish in 30 s");
    }

    @Test
    void createsListsAndReadsScenariosFromYamlAndJson() {
        JsonNode v = create(Fixtures.small(), "first");
        long id = v.get("scenarioId").asLong();
        assertEquals(1, v.get("version").asInt());
        assertEquals("alice", v.get("author").asText());
        assertEquals("first", v.get("message").asText());
        assertEquals("Small test negotiation", v.get("title").asText());
        assertEquals(3, v.get("actorCount").asInt());

        Http.Response detail = api.get("/api/scenarios/" + id + "/versions/1");
        assertEquals(200, detail.status());
        assertEquals(Fixtures.small(), detail.json().get("source").asText(), "the text is stored exactly as sent");
        assertEquals("Small test negotiation", detail.json().at("/document/metadata/title").asText());
        assertEquals("\"1\"", detail.header("ETag"));
        assertEquals(Fixtures.small(), api.get("/api/scenarios/" + id + "/versions/1/source").body());

        // the same scenario as JSON, in the envelope
        String json = detail.json().get("document").toString();
        Http.Response r = api.postJson("/api/scenarios", Map.of("source", json, "message", "as json"));
        assertEquals(201, r.status(), r::toString);
        assertEquals("JSON", r.json().at("/version/sourceFormat").asText());
        assertEquals(v.get("sha256").asText(), r.json().at("/version/sha256").asText(),
                "YAML and JSON of the same scenario have the same digest");

        JsonNode list = api.get("/api/scenarios").json();
        assertTrue(list.get("total").asLong() >= 2);
        List<Long> ids = new ArrayList<>();
        list.get("items").forEach(n -> ids.add(n.get("id").asLong()));
        assertTrue(ids.contains(id));
        assertEquals(404, api.get("/api/scenarios/999999").status());
        assertEquals(404, api.get("/api/scenarios/" + id + "/versions/7").status());
    }

    @Test
    void everySaveIsANewVersionAndTheDiffShowsTheChange() {
        long id = create(Fixtures.small(), "base").get("scenarioId").asLong();
        Http.Response r = api.putJson("/api/scenarios/" + id, Map.of("source", Fixtures.smallWithSouthAt(55),
                "message", "South softens", "baseVersion", 1));
        assertEquals(201, r.status(), r::toString);
        assertEquals(2, r.json().at("/version/version").asInt());
        // raw text with If-Match
        Http.Response r3 = api.put("/api/scenarios/" + id + "?message=back", "application/yaml", Fixtures.small(),
                "If-Match", "\"2\"");
        assertEquals(201, r3.status(), r3::toString);

        JsonNode history = api.get("/api/scenarios/" + id + "/versions").json().get("versions");
        assertEquals(3, history.size());
        assertEquals("South softens", history.get(1).get("message").asText());
        assertEquals(Fixtures.small(), api.get("/api/scenarios/" + id + "/versions/1/source").body(),
                "version 1 is never overwritten");

        JsonNode changes = api.get("/api/scenarios/" + id + "/diff?from=1&to=2").json().get("changes");
        assertEquals(1, changes.size(), changes::toString);
        JsonNode c = changes.get(0);
        assertEquals("/actors/south/positions/tariff/position", c.get("path").asText());
        assertEquals("70", c.get("from").asText());
        assertEquals("55", c.get("to").asText());
        assertEquals(0, api.get("/api/scenarios/" + id + "/diff?from=1&to=3").json().get("changes").size());
    }

    @Test
    void aStaleSaveGets409AndNoUpdateIsLost() {
        long id = create(Fixtures.small(), "base").get("scenarioId").asLong();
        // two clients load version 1 and edit it
        Http.Response first = api.putJson("/api/scenarios/" + id, Map.of("source", Fixtures.smallWithSouthAt(40),
                "baseVersion", 1, "message", "client A"));
        Http.Response second = api.putJson("/api/scenarios/" + id, Map.of("source", Fixtures.smallWithSouthAt(90),
                "baseVersion", 1, "message", "client B"));
        assertEquals(201, first.status());
        assertEquals(409, second.status(), second::toString);
        assertEquals("application/problem+json; charset=utf-8", second.header("Content-Type"));
        assertEquals("/problems/version-conflict", second.json().get("type").asText());
        assertEquals("/baseVersion", second.json().at("/errors/0/pointer").asText());
        assertEquals(2, api.get("/api/scenarios/" + id + "/versions").json().get("versions").size());
        assertTrue(api.get("/api/scenarios/" + id + "/versions/2/source").body().contains("position: 40"));
        // without a base version: 428
        assertEquals(428, api.put("/api/scenarios/" + id, "application/yaml", Fixtures.small()).status());
    }

    @Test
    void concurrentSavesOnOneVersionHaveExactlyOneWinner() throws Exception {
        long id = create(Fixtures.small(), "base").get("scenarioId").asLong();
        int clients = 12;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int position = 30 + i;
            answers.add(pool.submit(() -> {
                go.await();
                return api.putJson("/api/scenarios/" + id, Map.of("source", Fixtures.smallWithSouthAt(position),
                        "baseVersion", 1)).status();
            }));
        }
        go.countDown();
        int won = 0;
        int conflicts = 0;
        for (Future<Integer> f : answers) {
            int s = f.get();
            if (s == 201) {
                won++;
            } else if (s == 409) {
                conflicts++;
            }
        }
        pool.shutdown();
        assertEquals(1, won);
        assertEquals(clients - 1, conflicts);
        assertEquals(2, api.get("/api/scenarios/" + id + "/versions").json().get("versions").size());
    }

    @Test
    void anInvalidScenarioIs422WithTheCliMessagesLocated() {
        String broken = Fixtures.small().replace("capability: 40", "capability: -5")
                .replace("tariff: {position: 50, salience: 50}", "tarif: {position: 50, salience: 50}");
        List<Problem> cli = new ArrayList<>();
        try {
            new ScenarioReader().read(broken, "scenario");
        } catch (ScenarioFormatException e) {
            cli.addAll(e.problems());
        }
        assertFalse(cli.isEmpty());
        Http.Response r = api.post("/api/scenarios", "application/yaml", broken);
        assertEquals(422, r.status(), r::toString);
        assertEquals("application/problem+json; charset=utf-8", r.header("Content-Type"));
        JsonNode errors = r.json().get("errors");
        assertEquals(cli.size(), errors.size());
        for (int i = 0; i < cli.size(); i++) {
            Problem p = cli.get(i);
            JsonNode e = errors.get(i);
            assertEquals(p.line(), e.get("line").asInt());
            assertEquals(p.column(), e.get("column").asInt());
            assertTrue(e.get("message").asText().startsWith(p.message()), e::toString);
            assertTrue(e.get("pointer").asText().startsWith("/actors/"), e::toString);
        }
        // the validate endpoint gives the same problems without storing anything
        JsonNode v = api.post("/api/validate", "application/yaml", broken).json();
        assertFalse(v.get("valid").asBoolean());
        assertEquals(errors, v.get("problems"));
        assertTrue(api.withToken(fx.readToken).post("/api/validate", "application/yaml", Fixtures.small()).json()
                .get("valid").asBoolean(), "validation needs only a read token");
    }

    @Test
    void anAnalysisRunsAsAJobWithProvenanceResultAndReport() throws Exception {
        JsonNode v = create(Fixtures.small(), "base");
        long id = v.get("scenarioId").asLong();
        Http.Response started = api.postJson("/api/runs", Map.of("kind", "analysis", "scenarioId", id,
                "models", List.of("compromise", "median", "eu"), "parameters", Map.of("eu.maxRounds", "50")));
        assertEquals(202, started.status(), started::toString);
        long runId = started.json().get("id").asLong();
        assertEquals("/api/runs/" + runId, started.header("Location"));
        JsonNode run = awaitRun(runId);
        assertEquals("SUCCEEDED", run.get("status").asText(), run::toString);
        assertEquals(1, run.get("scenarioVersion").asInt());
        assertEquals(1.0, run.get("progress").asDouble());
        assertEquals(v.get("sha256").asText(), run.get("inputSha256").asText());

        JsonNode result = api.get("/api/runs/" + runId + "/result").json();
        assertEquals(3, result.get("forecasts").size());
        assertEquals("compromise", result.at("/forecasts/0/model/id").asText());
        assertEquals(v.get("sha256").asText(), result.at("/scenario/sha256").asText());
        JsonNode provenance = api.get("/api/runs/" + runId + "/provenance").json();
        assertEquals(v.get("sha256").asText(), provenance.get("inputSha256").asText());
        assertEquals(3, provenance.get("components").size());
        assertEquals("50", provenance.at("/components/2/parameters/maxRounds").asText());
        Http.Response report = api.get("/api/runs/" + runId + "/report");
        assertEquals(200, report.status());
        assertTrue(report.header("Content-Type").startsWith("text/html"));
        assertTrue(report.body().contains("Small test negotiation"));

        JsonNode runs = api.get("/api/runs?scenarioId=" + id).json().get("items");
        assertEquals(1, runs.size());
        assertEquals(409, api.post("/api/runs/" + runId + "/cancel", "application/json", "").status(),
                "a finished run cannot be cancelled");
    }

    @Test
    void badRunRequestsAre4xxNamingTheField() {
        long id = create(Fixtures.small(), "base").get("scenarioId").asLong();
        Http.Response unknownModel = api.postJson("/api/runs", Map.of("kind", "analysis", "scenarioId", id,
                "models", List.of("median", "oracle")));
        assertEquals(422, unknownModel.status());
        assertEquals("/models/1", unknownModel.json().at("/errors/0/pointer").asText());
        Http.Response rounds = api.postJson("/api/runs", Map.of("kind", "analysis", "scenarioId", id,
                "models", List.of("eu"), "parameters", Map.of("eu.maxRounds", "100000000")));
        assertEquals(422, rounds.status());
        assertEquals("/problems/limit-exceeded", rounds.json().get("type").asText());
        Http.Response grid = api.postJson("/api/runs", Map.of("kind", "analysis", "scenarioId", id,
                "leverGrid", 1_000_000));
        assertEquals(422, grid.status());
        assertEquals("/leverGrid", grid.json().at("/errors/0/pointer").asText());
        assertEquals(400, api.postJson("/api/runs", Map.of("kind", "analysis", "scenarioId", "x")).status());
        assertEquals(400, api.postJson("/api/runs", Map.of("kind", "analysis", "surprise", 1)).status());
        assertEquals(422, api.postJson("/api/runs", Map.of("kind", "forecast")).status());
    }

    @Test
    void aGameIsUploadedAndSolvedWithVerifiedEquilibria() throws Exception {
        Http.Response up = api.post("/api/games?name=pennies", "text/plain", Fixtures.PENNIES_NFG);
        assertEquals(201, up.status(), up::toString);
        long gameId = up.json().get("id").asLong();
        Http.Response started = api.postJson("/api/runs", Map.of("kind", "game", "gameId", gameId, "method",
                "enummixed", "exact", true));
        assertEquals(202, started.status(), started::toString);
        JsonNode run = awaitRun(started.json().get("id").asLong());
        assertEquals("SUCCEEDED", run.get("status").asText(), run::toString);
        JsonNode result = api.get("/api/runs/" + run.get("id").asLong() + "/result").json();
        assertTrue(result.toString().contains("\"verified\":true"), result::toString);
        assertEquals(up.json().get("sha256").asText(), run.get("inputSha256").asText());

        Http.Response broken = api.post("/api/games", "text/plain", "NFG 1 R \"x\" { \"A\" } { 2 \n 1 2");
        assertEquals(422, broken.status(), broken::toString);
        assertTrue(broken.json().at("/errors/0/line").asInt() > 0);
        assertEquals(422, api.postJson("/api/runs", Map.of("kind", "game", "gameId", gameId, "method",
                "psychic")).status());
    }

    @Test
    void tokensAreCheckedOnEveryRequest() {
        Http anonymous = api.withToken(null);
        Http.Response none = anonymous.get("/api/scenarios");
        assertEquals(401, none.status());
        assertNotNull(none.header("WWW-Authenticate"));
        assertEquals(401, anonymous.get("/openapi.json").status());
        assertEquals(401, api.withToken("parley_not-a-real-token").get("/api/scenarios").status());
        assertEquals(401, api.withToken("").get("/api/me").status());
        Http.Response basic = api.send(api.withToken(null).builder("/api/me").header("Authorization",
                "Basic YWxpY2U6c2VjcmV0"));
        assertEquals(401, basic.status());

        Http reader = api.withToken(fx.readToken);
        assertEquals(200, reader.get("/api/scenarios").status());
        Http.Response write = reader.post("/api/scenarios", "application/yaml", Fixtures.small());
        assertEquals(403, write.status());
        assertEquals("/problems/forbidden", write.json().get("type").asText());
        assertEquals(403, reader.postJson("/api/runs", Map.of("kind", "analysis", "scenarioId", 1)).status());
        assertEquals(403, reader.postJson("/api/tokens", Map.of("name", "x", "scope", "write")).status());

        // expired and revoked tokens
        var store = new org.parley.server.db.TokenStore(fx.server.database());
        String expired = store.create("old", org.parley.server.db.TokenScope.WRITE,
                java.time.Instant.now().minusSeconds(1)).secret();
        assertEquals(401, api.withToken(expired).get("/api/scenarios").status());
        Http.Response created = api.postJson("/api/tokens", Map.of("name", "temp", "scope", "write",
                "expiresInDays", 1));
        assertEquals(201, created.status(), created::toString);
        String temp = created.json().get("token").asText();
        assertEquals("temp", api.withToken(temp).get("/api/me").json().get("name").asText());
        assertEquals(204, api.delete("/api/tokens/" + created.json().at("/info/id").asLong()).status());
        assertEquals(401, api.withToken(temp).get("/api/me").status());
        assertFalse(api.get("/api/tokens").body().contains(temp), "secrets are never listed");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() {
        Http.Response r = api.get("/openapi.json");
        assertEquals(200, r.status());
        JsonNode doc = r.json();
        assertEquals("3.1.0", doc.get("openapi").asText());
        for (String path : List.of("/api/scenarios", "/api/scenarios/{id}", "/api/scenarios/{id}/versions",
                "/api/scenarios/{id}/versions/{version}", "/api/scenarios/{id}/versions/{version}/source",
                "/api/scenarios/{id}/diff", "/api/validate", "/api/runs", "/api/runs/{id}", "/api/runs/{id}/cancel",
                "/api/runs/{id}/result", "/api/runs/{id}/provenance", "/api/runs/{id}/report", "/api/games",
                "/api/games/{id}", "/api/games/{id}/source", "/api/solvers", "/api/models", "/api/me",
                "/api/tokens", "/api/tokens/{id}")) {
            assertTrue(doc.at("/paths").has(path), "OpenAPI lacks " + path);
        }
    }

    @Test
    void theUiIsServedWithoutATokenAndWithoutData() {
        Http.Response index = api.withToken(null).get("/");
        assertEquals(200, index.status());
        assertTrue(index.body().contains("<script type=\"module\""), index::toString);
        assertTrue(index.header("Content-Security-Policy").contains("default-src 'self'"));
        assertEquals(404, api.get("/api/nothing-here").status());
        assertEquals("application/problem+json; charset=utf-8", api.get("/api/nothing-here").header("Content-Type"));
    }
}
