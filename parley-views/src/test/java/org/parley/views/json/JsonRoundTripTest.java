package org.parley.views.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.parley.analysis.crisis.CrisisAnalysis.CrisisReport;
import org.parley.analysis.levers.LeverOptions;
import org.parley.analysis.plan.AnalysisPlan;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.forecast.Forecast;
import org.parley.forecast.Models;
import org.parley.forecast.Sentence;
import org.parley.forecast.ensemble.IssueComparison;
import org.parley.games.Arithmetic;
import org.parley.games.Game;
import org.parley.games.io.GameReader;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.Solvers;
import org.parley.provenance.InputKind;
import org.parley.provenance.Provenance;
import org.parley.provenance.RunContext;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.scenario.io.ReadResult;
import org.parley.scenario.io.ScenarioReader;
import org.parley.views.format.Phrases;

/**
 * Every result kind goes to JSON and back to an equal record (forecasts, provenance, equilibrium results, crisis
 * reports, lever answers, whole documents); writing the record read back gives the same text. Results that refer
 * to games are read against the games and their profiles are checked again.
 */
class JsonRoundTripTest {
    private static final String SCENARIO = """
            metadata: {title: Round trip, as_of: 2024-05-01}
            issues: [{id: x, status_quo: 20}, {id: y}]
            actors:
              - {id: a, capability: 3, positions: {x: [10, 60], y: [0, 50]}}
              - {id: b, capability: 2, positions: {x: [40, 70], y: [30, 40]}}
              - {id: c, capability: 4, positions: {x: [90, 90], y: [100, 80]}}
            games:
              - {id: g, template: coercion, challenger: c, defender: a, issue: x, stances: {hold: 10, shift: 50}}
              - {id: h, template: iig-logit, challenger: c, defender: a, issue: x, lambda: 5}
              - {id: k, template: iig, challenger: c, defender: a, issue: x}
              - {id: t, template: tying-hands, challenger: c, defender: b, issue: x}
            levers:
              - {actor: a, issue: x, attribute: position, target: ">= 60", question: "How far must a move?"}
              - {actor: c, issue: x, attribute: salience, target: outcome != deal, game: g, stance: shift}
              - {actor: b, issue: x, attribute: capability, target: "> 99"}
            """;

    /** Kreps–Wilson (Gambit catalogue e04.efg). */
    private static final String E04 = """
            EFG 2 R "Kreps-Wilson" { "Player 1" "Player 2" }
            ""

            p "" 1 1 "(1,1)" { "A" "R" "L" } 0
            t "" 1 "Outcome 1" { 0, 0 }
            p "" 2 1 "(2,1)" { "R" "L" } 0
            t "" 2 "Outcome 2" { -1, 2 }
            t "" 3 "Outcome 3" { -1, 0 }
            p "" 2 1 "(2,1)" { "R" "L" } 0
            t "" 4 "Outcome 4" { -2, -2 }
            t "" 5 "Outcome 5" { 3, -1 }
            """;

    /** A 3x3 table with several equilibria, one of them mixed. */
    private static final String TABLE = """
            NFG 1 R "three" { "Row" "Column" } { 3 3 }
            4 4 0 0 0 0 0 0 3 3 0 0 0 0 0 0 2 2
            """;

    private record Analysed(Scenario scenario, List<Forecast> forecasts, List<CrisisReport> crises,
                            List<LeverAnswer> levers) {
        KnownGames games() {
            List<Game> g = new ArrayList<>();
            crises.forEach(r -> r.stances().forEach(s -> g.add(s.result().game())));
            return KnownGames.of(g);
        }
    }

    private static Analysed analyse() {
        ReadResult r = new ScenarioReader().readWithWarnings(SCENARIO, "rt.yaml");
        Scenario s = r.scenario();
        AnalysisPlan plan = AnalysisPlan.read(r, Models.IDS);
        RunContext run = new RunContext(InputKind.SCENARIO, ScenarioDigest.sha256(s),
                Instant.parse("2026-01-02T03:04:05.678Z"), null, null);
        List<Forecast> forecasts = Models.defaults().stream().map(m -> m.forecast(s, run)).toList();
        List<LeverAnswer> levers = plan.levers().stream().map(l -> AnalysisPlan.runLever(s, l,
                l.isGameLever() ? List.of() : Models.defaults(), LeverOptions.DEFAULTS.withGridPoints(11), run))
                .toList();
        return new Analysed(s, forecasts, plan.runGames(run, s), levers);
    }

    /** Writes, reads, checks equality, and checks that the value read writes the same text. */
    private static <T> T roundTrip(T value, Class<T> type, KnownGames games) {
        String json = ParleyJson.write(value);
        T back = ParleyJson.read(json, type, games);
        assertEquals(value, back, () -> type.getSimpleName() + " differs at " + difference("", value, back));
        assertEquals(json, ParleyJson.write(back), "the value read back writes the same JSON");
        return back;
    }

    /**
     * For records that hold engine objects compared by identity (profiles on a game instance): reads the value
     * back against its games and checks that it writes the same JSON.
     */
    private static <T> T roundTripJson(T value, Class<T> type, KnownGames games) {
        String json = ParleyJson.write(value);
        T back = ParleyJson.read(json, type, games);
        assertEquals(json, ParleyJson.write(back), "the value read back writes the same JSON");
        return back;
    }

    /** Where two values first differ (record components, list elements, map entries), for failure messages. */
    private static String difference(String at, Object a, Object b) {
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return at + ": " + a + " vs " + b;
        }
        if (a instanceof Record) {
            for (var c : a.getClass().getRecordComponents()) {
                try {
                    Object x = c.getAccessor().invoke(a), y = c.getAccessor().invoke(b);
                    if (!java.util.Objects.equals(x, y)) {
                        return difference(at + "/" + c.getName(), x, y);
                    }
                } catch (ReflectiveOperationException e) {
                    return at + ": " + e;
                }
            }
        } else if (a instanceof List<?> l && b instanceof List<?> m && l.size() == m.size()) {
            for (int i = 0; i < l.size(); i++) {
                if (!java.util.Objects.equals(l.get(i), m.get(i))) {
                    return difference(at + "/" + i, l.get(i), m.get(i));
                }
            }
        }
        return at + ": " + a + " vs " + b;
    }

    @Test
    void forecastsOfEveryModelRoundTrip() {
        Analysed a = analyse();
        for (Forecast f : a.forecasts()) {
            roundTrip(f, Forecast.class, KnownGames.NONE);
        }
        Documents.SingleForecast doc = new Documents.SingleForecast("test", "17", Documents.ScenarioRef.of(
                Path.of("rt.yaml"), a.scenario(), ScenarioDigest.sha256(a.scenario())), a.forecasts().get(3));
        roundTrip(doc, Documents.SingleForecast.class, KnownGames.NONE);
        for (IssueComparison c : IssueComparison.of(a.scenario(), a.forecasts())) {
            roundTrip(c, IssueComparison.class, KnownGames.NONE);
        }
    }

    @Test
    void sentencesKeepWordsAndNumbersApart() throws Exception {
        Sentence s = Sentence.builder().text("Forecast ").number(55.2154750244858).text(" lies in [").number(-0.0)
                .text(", ").number(Double.NaN).text("].").build();
        String json = ParleyJson.write(s);
        JsonNode tree = ParleyJson.mapper().readTree(json);
        assertEquals("Forecast ", tree.get(0).asText());
        assertEquals(55.2154750244858, tree.get(1).doubleValue(), 0.0);
        assertEquals("NaN", tree.get(5).get("number").asText(), "a non-finite number is not mistaken for words");
        assertEquals(s, ParleyJson.read(json, Sentence.class));
        assertEquals("Forecast 55.2155 lies in [0, NaN].", Phrases.sentence(s));
    }

    @Test
    void provenanceRoundTripsAndIsReadTolerantly() throws Exception {
        TreeMap<String, String> params = new TreeMap<>();
        params.put("rounds", "10");
        Provenance p = new RunContext(InputKind.GAME, "ab".repeat(32), Instant.parse("2026-01-02T03:04:05Z"), 7L, 3L)
                .provenance("lcp", "2", params).withTransformation("reduced strategic form");
        roundTrip(p, Provenance.class, KnownGames.NONE);
        ObjectNode later = (ObjectNode) ParleyJson.mapper().readTree(ParleyJson.write(p));
        later.put("addedLater", 42);
        later.remove("gitCommit");
        later.remove("transformations");
        Provenance read = ParleyJson.read(later.toString(), Provenance.class);
        assertEquals("unknown", read.gitCommit());
        assertEquals(List.of(), read.transformations());
        assertEquals(p.parameters(), read.parameters());
    }

    @Test
    void equilibriumResultsRoundTripAgainstTheirGame() {
        Game tree = GameReader.read(E04, "e04.efg");
        Game table = GameReader.read(TABLE, "three.nfg");
        List<EquilibriumResult> results = List.of(
                Solvers.byName("enumpure").orElseThrow().solve(tree, Arithmetic.EXACT),
                Solvers.byName("lcp").orElseThrow().solve(tree, Arithmetic.DOUBLE),
                Solvers.byName("enummixed").orElseThrow().solve(table, Arithmetic.EXACT),
                Solvers.byName("lcp").orElseThrow().solve(table, Arithmetic.DOUBLE),
                Solvers.byName("logit").orElseThrow().solve(table, Arithmetic.DOUBLE),
                // a run a budget ended: its completion status travels with it
                Solvers.byName("enummixed").orElseThrow().solve(table, Arithmetic.EXACT,
                        org.parley.games.solve.SolveBudget.equilibria(1)).withCompletion(
                                org.parley.games.solve.Completion.EQUILIBRIUM_LIMIT),
                Solvers.byName("liap").orElseThrow().solve(table, Arithmetic.DOUBLE),
                Solvers.byName("ipa").orElseThrow().solve(table, Arithmetic.DOUBLE),
                Solvers.byName("enumpoly").orElseThrow().solve(table, Arithmetic.DOUBLE),
                org.parley.games.solve.configure.ConfiguredSolvers.solve(Solvers.byName("gnm").orElseThrow(), table,
                        Arithmetic.DOUBLE, org.parley.games.solve.configure.GambitOptions.defaults().withPerturbations(2, 3)));
        KnownGames games = KnownGames.of(tree, table);
        for (EquilibriumResult r : results) {
            assertTrue(!r.equilibria().isEmpty(), r.method());
            roundTrip(r, EquilibriumResult.class, games);
            Documents.Equilibria doc = new Documents.Equilibria("test", "17",
                    Documents.GameRef.of("g", r.game()), r);
            roundTrip(doc, Documents.Equilibria.class, games);
        }
    }

    @Test
    void aProfileThatIsNoEquilibriumCannotBeReadIn() throws Exception {
        Game table = GameReader.read(TABLE, "three.nfg");
        EquilibriumResult r = Solvers.byName("enumpure").orElseThrow().solve(table, Arithmetic.EXACT);
        ObjectNode doc = (ObjectNode) ParleyJson.mapper().readTree(ParleyJson.write(
                new Documents.Equilibria("test", "17", Documents.GameRef.of("three.nfg", table), r)));
        // move the first equilibrium's row player from strategy 1 to strategy 2 (column still on 1)
        var values = (com.fasterxml.jackson.databind.node.ArrayNode) doc.at("/result/equilibria/0/profile/values");
        values.set(0, TextNode.valueOf("0"));
        values.set(1, TextNode.valueOf("1"));
        InvalidJsonException e = assertThrows(InvalidJsonException.class,
                () -> ParleyJson.read(doc.toString(), Documents.Equilibria.class, KnownGames.of(table)));
        assertEquals("/result/equilibria/0", e.pointer(), e.getMessage());
        assertTrue(e.getMessage().contains("not an equilibrium"), e.getMessage());
        // the same file read without its game says which game it needs
        InvalidJsonException missing = assertThrows(InvalidJsonException.class,
                () -> ParleyJson.read(ParleyJson.write(r), EquilibriumResult.class));
        assertTrue(missing.getMessage().contains(table.hash()), missing.getMessage());
    }

    @Test
    void crisisReportsRoundTripAndCheckTheirGames() {
        Analysed a = analyse();
        assertEquals(4, a.crises().size());
        for (CrisisReport r : a.crises()) {
            CrisisReport back = roundTripJson(r, CrisisReport.class, a.games());
            assertEquals(r.spec(), back.spec());
            for (int i = 0; i < r.stances().size(); i++) {
                var s = r.stances().get(i);
                var t = back.stances().get(i);
                assertEquals(s.categories(), t.categories());
                assertEquals(s.inputs(), t.inputs());
                assertEquals(s.result().parameters(), t.result().parameters());
                assertEquals(s.result().game(), t.result().game());
                assertEquals(s.result().isVerified(), t.result().isVerified());
            }
        }
    }

    @Test
    void leverAnswersRoundTrip() {
        Analysed a = analyse();
        assertEquals(3, a.levers().size());
        for (LeverAnswer l : a.levers()) {
            roundTrip(l, LeverAnswer.class, KnownGames.NONE);
        }
    }

    @Test
    void analysisDocumentRoundTripsAndIsDeterministic() {
        Analysed a = analyse();
        Documents.Analysis doc = new Documents.Analysis("test", "17", Documents.ScenarioRef.of(Path.of("rt.yaml"),
                a.scenario(), ScenarioDigest.sha256(a.scenario())), a.forecasts(),
                IssueComparison.of(a.scenario(), a.forecasts()), Phrases.GAIN_DEFINITION, a.crises(), a.levers(), null,
                null);
        Documents.Analysis back = roundTripJson(doc, Documents.Analysis.class, a.games());
        assertEquals(doc.forecasts(), back.forecasts());
        assertEquals(doc.summary(), back.summary());
        assertEquals(doc.levers(), back.levers());
        Analysed again = analyse();
        assertEquals(withoutClocks(ParleyJson.write(doc)), withoutClocks(ParleyJson.write(new Documents.Analysis("test",
                "17", doc.scenario(), again.forecasts(), doc.summary(), doc.gainDefinition(), again.crises(),
                again.levers(), null, null))), "the same analysis writes the same text, but for the clocks");
    }

    /** The text without the values that record when and how long (start times of the engine's runs, timings). */
    private static String withoutClocks(String json) {
        return json.replaceAll("\"startedAt\" : \"[^\"]*\"", "\"startedAt\" : \"T\"")
                .replaceAll("\"elapsedNanos\" : [0-9]+", "\"elapsedNanos\" : 0");
    }

    @Test
    void badDocumentsAreLocated() {
        InvalidJsonException notJson = assertThrows(InvalidJsonException.class,
                () -> ParleyJson.read("{\"schemaVersion\": 2,\n \"kind\": }", Documents.SingleForecast.class));
        assertTrue(notJson.getMessage().contains("line 2"), notJson.getMessage());
        Analysed a = analyse();
        String json = ParleyJson.write(a.forecasts().get(0)).replace("\"outcome\" : ", "\"outcome\" : \"many\", \"x\" : ");
        InvalidJsonException wrongType = assertThrows(InvalidJsonException.class,
                () -> ParleyJson.read(json, Forecast.class));
        assertEquals("/issues/0/outcome", wrongType.pointer(), wrongType.getMessage());
        InvalidJsonException wrongKind = assertThrows(InvalidJsonException.class, () -> ParleyJson.read(
                "{\"schemaVersion\": 2, \"kind\": \"lever\"}", Documents.SingleForecast.class));
        assertTrue(wrongKind.getMessage().contains("kind"), wrongKind.getMessage());
    }
}
