package org.parley.server.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.parley.games.io.GameReader;
import org.parley.server.Limits;
import org.parley.server.db.Database;
import org.parley.server.db.GameStore;
import org.parley.server.db.NewVersion;
import org.parley.server.db.ScenarioStore;

/**
 * Fuzz targets for the server's request parsing, called directly (no HTTP server; docs/FUZZING.md). An input passes
 * when it is accepted or rejected with an {@link ApiProblem} of status 400 or 422 (a client error with a message);
 * any other throwable (or a hang) is a crash, which the server would answer with a 500.
 * <ul>
 *   <li>{@code scenarioBody}: a scenario text as sent with {@code Content-Type: application/yaml} to
 *       {@code POST /api/scenarios} or {@code /api/validate}: {@link ScenarioInput#tryCheck}.</li>
 *   <li>{@code saveEnvelope}: the JSON save envelope {@code {"source": ..., "message": ..., "baseVersion": ...}},
 *       read by {@link ApiJson} and its source checked.</li>
 *   <li>{@code runRequest}: a {@code POST /api/runs} body, read into a {@link RunRequest} and planned by
 *       {@link Computations#plan} against an in-memory database holding one scenario (id 1) and one game (id 1); the
 *       computation is built, not run.</li>
 * </ul>
 */
class RequestParsingFuzzTest {
    private static final Limits LIMITS = Limits.DEFAULTS;
    private static final ApiJson JSON = new ApiJson(LIMITS.maxNesting(), LIMITS.maxBodyBytes());

    /** A small scenario with a recorded outcome (so backtests plan), a game and a lever. */
    static final String SCENARIO = """
            metadata: {title: Fuzz scenario}
            issues:
              - {id: fee, label: Fee, scale: {min: 0, max: 100}, status_quo: 40, outcome: {value: 55, date: 2024-05-01}}
            actors:
              - {id: a, capability: 60, positions: {fee: [80, 90]}}
              - {id: b, capability: 40, positions: {fee: [20, 70]}}
            games:
              - {id: g, template: coercion, challenger: a, defender: b, issue: fee, stances: {hold: 20, shift: 50}}
            levers:
              - {actor: b, issue: fee, attribute: position, target: ">= 50"}
            """;

    /** The prisoner's dilemma, the stored game 1. */
    static final String GAME = "NFG 1 R \"pd\" { \"1\" \"2\" } { 2 2 }\n3 3 0 5 5 0 1 1\n";

    /** The stores, created on first use (H2 in memory, migrated like the server's). */
    private static final class Stores {
        static final Computations COMPUTATIONS = create();

        private static Computations create() {
            Database db = Database.open("jdbc:h2:mem:fuzz-" + UUID.randomUUID() + ";MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", 2);
            ScenarioStore scenarios = new ScenarioStore(db);
            GameStore games = new GameStore(db);
            ScenarioInput.Checked c = ScenarioInput.check(SCENARIO, "scenario", LIMITS);
            scenarios.create(new NewVersion("fuzz", "", c.format(), SCENARIO, c.sha256(),
                    c.scenario().metadata().title(), c.scenario().actors().size(), c.scenario().issues().size()));
            games.create("pd.nfg", "NFG", GAME, GameReader.read(GAME, "pd.nfg").hash(), "pd", "fuzz");
            return new Computations(scenarios, games, LIMITS, JSON.mapper());
        }
    }

    @FuzzTest(maxDuration = "10m")
    void scenarioBody(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            ScenarioInput.Outcome o = ScenarioInput.tryCheck(text, "scenario", LIMITS);
            assertTrue(o.valid() || !o.problems().isEmpty());
            o.problems().forEach(p -> assertFalse(p.message().isBlank()));
        } catch (ApiProblem e) {
            assertClientError(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void saveEnvelope(byte[] data) {
        String body = new String(data, StandardCharsets.UTF_8);
        try {
            ScenarioRoutes.SaveRequest req = JSON.read(body, ScenarioRoutes.SaveRequest.class);
            if (req != null && req.source() != null) {
                assertNotNull(ScenarioInput.tryCheck(req.source(), "scenario", LIMITS));
            }
        } catch (ApiProblem e) {
            assertClientError(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void runRequest(byte[] data) {
        String body = new String(data, StandardCharsets.UTF_8);
        try {
            RunRequest req = JSON.read(body, RunRequest.class);
            if (req != null) {
                Computations.Planned p = Stores.COMPUTATIONS.plan(req);
                assertNotNull(p.computation());
                assertFalse(p.inputSha256().isBlank());
            }
        } catch (ApiProblem e) {
            assertClientError(e);
        }
    }

    private static void assertClientError(ApiProblem e) {
        assertTrue(e.status() == 400 || e.status() == 422, () -> "status " + e.status() + ": " + e.getMessage());
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a problem without a message");
    }
}
