package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
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
        Http.Response r = api.post("/api/scenarios?message=" + java.net.URLEncoder.encode(message, StandardCharsets.UTF_8), "application/yaml", yaml);
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
    void aSweepRunsAsAJobWithItsReport() throws Exception {
        String uncertain = Fixtures.small().replace("capability: 60", "capability: {value: 60, range: [40, 80]}");
        JsonNode v = create(uncertain, "ranges");
        long id = v.get("scenarioId").asLong();
        assertEquals(422, api.postJson("/api/runs", Map.of("kind", "sweep", "scenarioId", id, "samples", 10_000_000))
                .status());
        Http.Response badZone = api.postJson("/api/runs", Map.of("kind", "sweep", "scenarioId", id,
                "zones", List.of("low=tariff <")));
        assertEquals(422, badZone.status(), badZone::toString);
        assertEquals("/zones/0", badZone.json().at("/errors/0/pointer").asText());
        Http.Response started = api.postJson("/api/runs", Map.of("kind", "sweep", "scenarioId", id, "samples", 300,
                "sobol", 0, "swingPoints", 3, "seed", 7, "models", List.of("compromise", "median"),
                "zones", List.of("low=tariff <= 30")));
        assertEquals(202, started.status(), started::toString);
        JsonNode run = awaitRun(started.json().get("id").asLong());
        assertEquals("SUCCEEDED", run.get("status").asText(), run::toString);
        assertEquals("SWEEP", run.get("kind").asText());
        JsonNode result = api.get("/api/runs/" + run.get("id").asLong() + "/result").json();
        assertEquals("sweep", result.get("kind").asText());
        assertEquals(300, result.at("/sweep/samples").asInt());
        assertEquals(v.get("sha256").asText(), result.at("/scenario/sha256").asText());
        JsonNode provenance = api.get("/api/runs/" + run.get("id").asLong() + "/provenance").json();
        assertEquals(7, provenance.at("/components/0/seed").asInt());
        assertTrue(api.get("/api/runs/" + run.get("id").asLong() + "/report").body().contains("<svg"));
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
    void aBacktestRunsOnStoredScenariosWithOutcomes() throws Exception {
        String withOutcome = Fixtures.small().replace("    status_quo: 20\n", "    status_quo: 20\n    outcome: 25\n");
        long a = create(withOutcome, "case a").get("scenarioId").asLong();
        long b = create(withOutcome.replace("position: 10,", "position: 5,"), "case b").get("scenarioId").asLong();
        long none = create(Fixtures.small(), "no outcome").get("scenarioId").asLong();
        Http.Response refused = api.postJson("/api/runs", Map.of("kind", "backtest", "scenarioIds", List.of(a, none)));
        assertEquals(422, refused.status(), refused::toString);
        assertEquals("/scenarioIds/1", refused.json().at("/errors/0/pointer").asText());
        Http.Response started = api.postJson("/api/runs", Map.of("kind", "backtest", "scenarioIds", List.of(a, b)));
        assertEquals(202, started.status(), started::toString);
        JsonNode run = awaitRun(started.json().get("id").asLong());
        assertEquals("SUCCEEDED", run.get("status").asText(), run::toString);
        assertEquals(List.of(1, 1), Http.JSON.convertValue(run.at("/request/versions"), List.class));
        JsonNode report = api.get("/api/runs/" + run.get("id").asLong() + "/result").json();
        assertEquals(2, report.get("cases").asInt());
        assertEquals("compromise", report.get("reference").asText());
        assertTrue(report.get("summaries").size() >= 4, report::toString);
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

    /** Row counts of every table: what a refused request must leave unchanged. */
    List<Long> counts() throws Exception {
        List<Long> out = new ArrayList<>();
        try (java.sql.Connection c = fx.server.database().connection(); java.sql.Statement s = c.createStatement()) {
            for (String t : List.of("scenario", "scenario_version", "run", "game", "api_token")) {
                try (java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    static final List<String> PAYLOADS = List.of("1; DROP TABLE scenario; --", "' OR '1'='1",
            "1 UNION SELECT token_hash FROM api_token", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "${jndi:ldap://127.0.0.1/x}", "../../etc/passwd", "\u0000", "%00", "javascript:alert(1)");

    @Test
    void aHostileCorpusGets4xxAndChangesNothing() throws Exception {
        long id = create(Fixtures.small(), "base").get("scenarioId").asLong();
        List<Long> before = counts();
        List<String[]> cases = new ArrayList<>();
        List<Http.Response> answers = new ArrayList<>();
        java.util.function.BiConsumer<String, Http.Response> check = (what, r) -> {
            cases.add(new String[] {what, PAYLOADS.stream().filter(what::endsWith).findFirst().orElse("")});
            answers.add(r);
        };
        // oversized bodies, deep nesting, invalid UTF-8, wrong media types, malformed JSON
        String big = "# " + "x".repeat(2 * 1024 * 1024) + "\n" + Fixtures.small();
        check.accept("oversized YAML", api.post("/api/scenarios", "application/yaml", big));
        check.accept("oversized JSON", api.postJson("/api/scenarios", Map.of("source", big)));
        check.accept("oversized run", api.postJson("/api/runs", Map.of("kind", "analysis", "method", big)));
        check.accept("oversized game", api.post("/api/games", "text/plain", big));
        check.accept("deep JSON", api.post("/api/scenarios", "application/json", "[".repeat(100_000)));
        check.accept("deep JSON envelope", api.post("/api/runs", "application/json",
                "{\"kind\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        check.accept("deep flow YAML", api.post("/api/scenarios", "application/yaml", "a: " + "[".repeat(5000)));
        check.accept("deep block YAML", api.post("/api/scenarios", "application/yaml", deepBlockYaml(400)));
        check.accept("alias bomb", api.post("/api/scenarios", "application/yaml", aliasBomb()));
        check.accept("invalid UTF-8", api.postBytes("/api/scenarios", "application/yaml",
                new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, (byte) 0xFF}));
        check.accept("invalid UTF-8 JSON", api.postBytes("/api/runs", "application/json",
                new byte[] {'{', '"', (byte) 0xFE, '"', '}'}));
        check.accept("NUL in YAML", api.post("/api/scenarios", "application/yaml", Fixtures.small() + "\u0000"));
        check.accept("NUL in message", api.postJson("/api/scenarios", Map.of("source", Fixtures.small(), "message",
                "a\u0000b")));
        check.accept("NUL in game name", api.post("/api/games?name=a%00b", "text/plain", Fixtures.PENNIES_NFG));
        check.accept("not JSON", api.post("/api/runs", "application/json", "{kind: analysis"));
        check.accept("trailing JSON", api.post("/api/runs", "application/json", "{\"kind\":\"analysis\"} {}"));
        check.accept("huge number", api.post("/api/runs", "application/json",
                "{\"kind\":\"analysis\",\"scenarioId\":1" + "0".repeat(200) + "}"));
        check.accept("wrong media type", api.post("/api/scenarios", "application/xml", "<scenario/>"));
        check.accept("form body", api.post("/api/tokens", "application/x-www-form-urlencoded", "name=x&scope=write"));
        check.accept("unknown field", api.postJson("/api/scenarios", Map.of("source", Fixtures.small(), "admin", true)));
        check.accept("empty body", api.post("/api/scenarios", "application/yaml", ""));
        check.accept("invalid scenario with payloads", api.post("/api/scenarios", "application/yaml",
                Fixtures.small().replace("Small test negotiation", "<script>alert(1)</script>")
                        .replace("capability: 60", "capability: \"1; DROP TABLE scenario\"")));
        // SQL and script payloads in every field that is not free text: ids, versions, enums, names of things
        for (String p : PAYLOADS) {
            String q = java.net.URLEncoder.encode(p, StandardCharsets.UTF_8);
            check.accept("path id " + p, api.get("/api/scenarios/" + q.replace("+", "%20")));
            check.accept("version " + p, api.get("/api/scenarios/" + id + "/versions/" + q.replace("+", "%20")));
            check.accept("run id " + p, api.post("/api/runs/" + q.replace("+", "%20") + "/cancel", "application/json",
                    ""));
            check.accept("limit " + p, api.get("/api/scenarios?limit=" + q));
            check.accept("scenarioId query " + p, api.get("/api/runs?scenarioId=" + q));
            check.accept("diff " + p, api.get("/api/scenarios/" + id + "/diff?from=1&to=" + q));
            check.accept("If-Match " + p, api.put("/api/scenarios/" + id, "application/yaml", Fixtures.small(),
                    "If-Match", p.replace("\u0000", "")));
            check.accept("baseVersion " + p, api.post("/api/scenarios/" + id, "application/json",
                    "{\"source\":\"x\",\"baseVersion\":" + Http.JSON.writeValueAsString(p) + "}"));
            check.accept("baseVersion put " + p, api.put("/api/scenarios/" + id, "application/json",
                    "{\"source\":\"x\",\"baseVersion\":" + Http.JSON.writeValueAsString(p) + "}"));
            check.accept("kind " + p, api.postJson("/api/runs", Map.of("kind", p, "scenarioId", id)));
            check.accept("model " + p, api.postJson("/api/runs", Map.of("kind", "analysis", "scenarioId", id,
                    "models", List.of(p))));
            check.accept("parameter " + p, api.postJson("/api/runs", Map.of("kind", "analysis", "scenarioId", id,
                    "models", List.of("eu"), "parameters", Map.of("eu." + p, "1"))));
            check.accept("parameter value " + p, api.postJson("/api/runs", Map.of("kind", "analysis", "scenarioId",
                    id, "models", List.of("eu"), "parameters", Map.of("eu.maxRounds", p))));
            check.accept("method " + p, api.postJson("/api/runs", Map.of("kind", "game", "gameId", 1, "method", p)));
            check.accept("backtest ids " + p, api.postJson("/api/runs", Map.of("kind", "backtest", "scenarioIds",
                    List.of(p))));
            check.accept("scope " + p, api.postJson("/api/tokens", Map.of("name", "x", "scope", p)));
            check.accept("token " + p, api.withToken(p.replace("\u0000", "")).get("/api/scenarios"));
            check.accept("game text " + p, api.post("/api/games?name=" + q, "text/plain", p));
            check.accept("scenario text " + p, api.post("/api/scenarios", "application/yaml", p));
            check.accept("token name " + p, api.postJson("/api/tokens", Map.of("name", p + "x".repeat(100), "scope",
                    "read")));
        }
        for (int i = 0; i < answers.size(); i++) {
            Http.Response r = answers.get(i);
            String what = cases.get(i)[0];
            assertTrue(r.status() >= 400 && r.status() < 500, what + " -> " + r);
            if (r.status() != 404 || r.body().startsWith("{")) {
                assertTrue(String.valueOf(r.header("Content-Type")).startsWith("application/problem+json"),
                        what + " -> " + r.header("Content-Type") + " " + r);
            }
            // the request's own text may come back (in "instance", JSON-escaped); anything else would be a leak
            String payload = cases.get(i)[1];
            String body = payload.isEmpty() ? r.body() : r.body().replace(payload, "").replace(
                    java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20"), "");
            for (String leak : List.of("Exception", "at org.", "at java.", "SELECT", "INSERT", "jdbc:", "SQLState",
                    "<script>")) {
                assertFalse(body.contains(leak), what + " leaks '" + leak + "': " + r);
            }
        }
        assertEquals(before, counts(), "refused requests changed the database");
        assertEquals(200, api.get("/api/scenarios/" + id + "/versions/1").status());
    }

    private static String deepBlockYaml(int depth) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        return b.append("  ".repeat(depth)).append("v\n").toString();
    }

    private static String aliasBomb() {
        StringBuilder b = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            b.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            b.append("]\n");
        }
        return b.toString();
    }

    @Test
    void payloadsInFreeTextAreStoredAsDataVerbatim() throws Exception {
        for (String p : PAYLOADS) {
            String clean = p.replace("\u0000", "");
            String yaml = Fixtures.small().replace("\"Small test negotiation\"",
                    Http.JSON.writeValueAsString("T " + clean));
            Http.Response r = api.postJson("/api/scenarios", Map.of("source", yaml, "message", clean));
            assertEquals(201, r.status(), () -> p + " -> " + r);
            long id = r.json().at("/version/scenarioId").asLong();
            JsonNode v = api.get("/api/scenarios/" + id + "/versions/1").json();
            assertEquals("T " + clean, v.at("/version/title").asText());
            assertEquals(clean, v.at("/version/message").asText());
            assertEquals(yaml, v.get("source").asText());
        }
        assertTrue(counts().get(0) >= PAYLOADS.size(), "the tables are intact");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() {
        Http.Response r = api.get("/openapi.json");
        assertEquals(200, r.status());
        JsonNode doc = r.json();
        assertEquals("3.1.0", doc.get("openapi").asText());
        List<String> routes = List.of("/api/scenarios", "/api/scenarios/{id}", "/api/scenarios/{id}/versions",
                "/api/scenarios/{id}/versions/{version}", "/api/scenarios/{id}/versions/{version}/source",
                "/api/scenarios/{id}/diff", "/api/validate", "/api/runs", "/api/runs/{id}", "/api/runs/{id}/cancel",
                "/api/runs/{id}/result", "/api/runs/{id}/provenance", "/api/runs/{id}/report", "/api/games",
                "/api/games/{id}", "/api/games/{id}/source", "/api/solvers", "/api/models", "/api/me",
                "/api/tokens", "/api/tokens/{id}");
        java.util.Set<String> documented = new java.util.TreeSet<>();
        doc.get("paths").fieldNames().forEachRemaining(documented::add);
        assertEquals(new java.util.TreeSet<>(routes), documented, "the document and the routes differ");
        for (String path : routes) {
            // every documented path answers (with a token) something other than "no such route"
            String concrete = path.replace("{id}", "1").replace("{version}", "1");
            Http.Response a = api.get(concrete);
            assertFalse(a.status() == 404 && a.body().contains("no such resource"), path + " is not routed: " + a);
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
