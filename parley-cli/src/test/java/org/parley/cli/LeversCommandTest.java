package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.levers.LeverOptions;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.LeverQuery;
import org.parley.analysis.levers.LeverResult;
import org.parley.analysis.levers.Levers;
import org.parley.forecast.Models;
import org.parley.views.format.Numbers;
import org.parley.scenario.Scenario;
import org.parley.scenario.io.ScenarioReader;

/** {@code parley levers}: answers, output formats, and exit code 2 for every kind of bad question. */
class LeversCommandTest {
    @TempDir
    Path dir;

    private static final String GAME = """
            games:
              - {id: fee-game, template: coercion, challenger: firm, defender: city, issue: fee, stances: {hold: 35, shift: 20}}
            """;

    private Path harbour() {
        return Cli.write(dir, "harbour.yaml", Cli.HARBOUR + GAME);
    }

    private Cli.Result levers(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "levers";
        all[1] = harbour().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    @Test
    void answersPerModelWithThresholdAndReadings() {
        Cli.Result r = levers("--actor", "city", "--issue", "fee", "--target", ">= 25", "--grid", "41");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        Scenario s = new ScenarioReader().read(harbour());
        LeverResult direct = Levers.find(s, LeverQuery.of("city", "fee", "position", ">= 25"), Models.defaults(),
                LeverOptions.DEFAULTS.withGridPoints(41));
        assertTrue(r.out().contains("What would it take: city position on fee"), r::toString);
        for (LeverOutcome o : direct.outcomes()) {
            String line = r.out().lines().filter(l -> l.strip().startsWith(o.responderId() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError(o.responderId() + " missing:\n" + r));
            switch (o.status()) {
                case REACHABLE -> {
                    assertTrue(line.contains("reachable"), line);
                    assertTrue(line.contains(Numbers.fixed(o.nearest().threshold(), 3)), line);
                }
                case UNREACHABLE -> assertTrue(line.contains("unreachable"), line);
                case ALREADY_MET -> assertTrue(line.contains("already met"), line);
            }
        }
    }

    @Test
    void jsonHasEveryModelWithProvenance() throws Exception {
        Cli.Result r = levers("--actor", "union", "--issue", "jobs", "--attribute", "salience", "--model",
                "median,compromise", "--target", "< 40", "--grid", "21", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("lever", j.get("kind").asText());
        JsonNode lever = j.get("lever");
        assertEquals("salience", lever.at("/spec/question/attribute").asText());
        assertEquals("< 40", lever.at("/spec/question/target").asText());
        assertEquals(List.of("median", "compromise"), List.of(lever.at("/result/outcomes/0/responderId").asText(),
                lever.at("/result/outcomes/1/responderId").asText()));
        assertEquals(j.get("scenario").get("sha256").asText(),
                lever.at("/result/outcomes/0/provenance/inputSha256").asText());
        // the whole answer reads back into equal records
        var doc = org.parley.views.json.ParleyJson.read(r.out(), org.parley.views.json.Documents.SingleLever.class);
        assertEquals(r.out().strip(), org.parley.views.json.ParleyJson.write(doc));
    }

    @Test
    void csvHasOneRowPerModel() {
        Cli.Result r = levers("--actor", "city", "--issue", "fee", "--target", ">= 25", "--grid", "21",
                "--format", "csv");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(String.join(",", org.parley.views.csv.LeverCsv.HEADER), lines.get(0));
        assertEquals(1 + Models.DEFAULT_IDS.size(), lines.size(), r::toString);
        for (String line : lines.subList(1, lines.size())) {
            assertEquals(org.parley.views.csv.LeverCsv.HEADER.size(), line.split(",", -1).length, line);
        }
    }

    @Test
    void crisisGameLever() {
        Cli.Result r = levers("--actor", "firm", "--issue", "fee", "--attribute", "salience", "--game", "fee-game",
                "--stance", "hold", "--target", "p_deal >= 0.5", "--grid", "41");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().contains("game fee-game at stance hold: p_deal >= 0.5"), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith("fee-game ")), r::toString);
    }

    @Test
    void badQuestionsExitWithTwoAndSayWhy() {
        Object[][] cases = {
                {new String[] {"--actor", "mayor", "--issue", "fee", "--target", ">= 1"}, "--actor: unknown actor id 'mayor'"},
                {new String[] {"--actor", "city", "--issue", "tax", "--target", ">= 1"}, "--issue: unknown issue id 'tax'"},
                {new String[] {"--actor", "city", "--issue", "fee", "--target", ">= 1", "--model", "kalman"},
                        "unknown model 'kalman'"},
                {new String[] {"--actor", "city", "--issue", "fee", "--target", "=> 1"}, "--target: target: expected"},
                {new String[] {"--actor", "city", "--issue", "fee", "--target", "p_deal > 0.5"}, "--target: a bargaining"},
                {new String[] {"--actor", "city", "--issue", "fee", "--target", ">= 1", "--attribute", "resolve"},
                        "--attribute: expected one of position, salience, capability"},
                {new String[] {"--actor", "city", "--issue", "fee", "--target", "p_deal > 0.5", "--game", "other"},
                        "--game: unknown game id 'other'; games: fee-game"},
                {new String[] {"--actor", "city", "--issue", "fee", "--target", "p_deal > 0.5", "--game", "fee-game",
                        "--stance", "fold"}, "--stance: game 'fee-game' has no stance 'fold'"},
                {new String[] {"--actor", "city", "--issue", "fee", "--target", "p_deal > 0.5", "--game", "fee-game",
                        "--model", "eu"}, "--model and --game cannot be combined"},
                {new String[] {"--actor", "city", "--issue", "fee", "--target", ">= 1", "--stance", "hold"},
                        "--stance applies only with --game"},
                {new String[] {"--actor", "city", "--issue", "fee", "--target", ">= 1", "--grid", "2"},
                        "--grid must be at least 3"},
                {new String[] {"--actor", "city", "--issue", "fee"}, "Missing required option: '--target=EXPR'"},
        };
        for (Object[] c : cases) {
            Cli.Result r = levers((String[]) c[0]);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
            assertTrue(r.err().contains((String) c[1]), "expected '" + c[1] + "' in\n" + r);
            assertEquals("", r.out(), r::toString);
        }
    }

    @Test
    void scenarioProblemsInTheGamesAreLocated() {
        Path bad = Cli.write(dir, "bad.yaml", Cli.HARBOUR + GAME.replace("shift: 20", "shift: 80"));
        Cli.Result r = Cli.run("levers", bad.toString(), "--actor", "city", "--issue", "fee", "--target", ">= 1");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains(bad + ":15:113: "), r::toString);
        assertTrue(r.err().contains("/games/0/stances/shift: 80.0 is outside the scale of issue 'fee'"), r::toString);
    }

    @Test
    void helpListsTheOptionsAndExitCodes() {
        Cli.Result r = Cli.run("levers", "--help");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        for (String o : List.of("--actor", "--issue", "--attribute", "--model", "--target", "--game", "--stance",
                "--grid", "--format", "Exit codes")) {
            assertTrue(r.out().contains(o), o + "\n" + r);
        }
    }

    @Test
    void koreaUsPositionQuestion() {
        Path korea = Path.of("../examples/korea-2019.yaml");
        Assumptions.assumeTrue(Files.isRegularFile(korea), "examples/korea-2019.yaml not found; skipping");
        Cli.Result r = Cli.run("levers", korea.toString(), "--actor", "usa", "--issue", "sequencing", "--model",
                "all", "--target", ">= 45", "--grid", "21");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        for (String id : Models.DEFAULT_IDS) {
            assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith(id + " ")), id + "\n" + r);
        }
        assertFalse(r.err().contains("error"), r::toString);
    }
}
