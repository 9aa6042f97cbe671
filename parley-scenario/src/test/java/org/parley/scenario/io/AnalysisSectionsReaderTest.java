package org.parley.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.scenario.LeverQuestion;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;

/** The games: and levers: sections: plain data in file order, located references, pointer locations. */
class AnalysisSectionsReaderTest {
    private final ScenarioReader reader = new ScenarioReader();

    private static final String BASE = """
            metadata: {title: T}
            issues: [{id: x}, {id: y}]
            actors:
              - {id: a, capability: 10, positions: {x: [40, 50]}}
              - {id: b, capability: 20, positions: {x: [80, 60], y: [10, 10]}}
            """;

    private static final String GAMES = """
            games:
              - id: g1
                template: coercion
                challenger: a
                defender: b
                issue: x
                stances: {hold: 80, shift: 60}
                parameters: {prior_resolve: 0.4, audience_cost: 3}
                flag: true
            """;

    private static final String LEVERS = """
            levers:
              - {actor: b, issue: x, attribute: position, target: ">= 50", models: [median, eu]}
              - actor: b
                issue: x
                attribute: salience
                target: p_deal >= 0.5
                game: g1
                stance: hold
                question: How much must b care?
            """;

    @Test
    void gamesAreKeptAsPlainDataInFileOrder() {
        ReadResult r = reader.readWithWarnings(BASE + GAMES, "g.yaml");
        assertEquals(List.of(), r.warnings());
        List<Map<String, Object>> games = r.games();
        assertEquals(1, games.size());
        Map<String, Object> g = games.get(0);
        assertEquals(List.of("id", "template", "challenger", "defender", "issue", "stances", "parameters", "flag"),
                List.copyOf(g.keySet()));
        assertEquals(Map.of("hold", 80L, "shift", 60L), g.get("stances"));
        assertEquals(0.4, ((Map<?, ?>) g.get("parameters")).get("prior_resolve"));
        assertEquals(3L, ((Map<?, ?>) g.get("parameters")).get("audience_cost"));
        assertEquals(Boolean.TRUE, g.get("flag"));
        assertThrows(UnsupportedOperationException.class, () -> g.put("z", 1));
        assertThrows(UnsupportedOperationException.class,
                () -> ((Map<String, Object>) g.get("stances")).put("z", 1));
    }

    @Test
    void leversAreRead() {
        Scenario s = reader.read(BASE + GAMES + LEVERS, "l.yaml");
        assertEquals(2, s.levers().size());
        LeverQuestion l0 = s.levers().get(0);
        assertEquals(new LeverQuestion("b", "x", "position", ">= 50", List.of("median", "eu"), null, null, ""), l0);
        assertFalse(l0.isGameLever());
        LeverQuestion l1 = s.levers().get(1);
        assertTrue(l1.isGameLever());
        assertEquals("g1", l1.game());
        assertEquals("hold", l1.stance());
        assertEquals("How much must b care?", l1.question());
    }

    @Test
    void pointersAreLocated() {
        ReadResult r = reader.readWithWarnings(BASE + GAMES + LEVERS, "l.yaml");
        // BASE has 5 lines; "games:" is line 6
        assertEquals("l.yaml:12:21: bad", r.problemAt("/games/0/stances/hold", "bad", "").format());
        assertEquals("l.yaml:12:14: bad", r.problemAt("/games/0/stances", "bad", "").format());
        assertEquals("l.yaml:13:33: bad", r.problemAt("/games/0/parameters/prior_resolve", "bad", "").format());
        // a missing key: the mapping that lacks it
        assertEquals("l.yaml:7:5: bad", r.problemAt("/games/0/lambda", "bad", "").format());
        assertEquals("l.yaml:20:13: bad", r.problemAt("/levers/1/target", "bad", "").format());
        assertEquals("l.yaml:1:1: bad", r.problemAt("", "bad", "").format());
        assertEquals("l.yaml:12:21: bad", r.problemAt("/games/0/stances/hold/deeper", "bad", "").format());
    }

    @Test
    void pointerSegmentsAreUnescaped() {
        ReadResult r = reader.readWithWarnings(BASE + """
                games:
                  - {id: g, "a/b": 1, "c~d": 2}
                """, "e.yaml");
        assertEquals("e.yaml:7:20: m", r.problemAt("/games/0/a~1b", "m", "").format());
        assertEquals("e.yaml:7:30: m", r.problemAt("/games/0/c~0d", "m", "").format());
    }

    @Test
    void structuralGameErrorsAreLocated() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> reader.read(BASE + """
                games:
                  - [not, a, mapping]
                  - {id: g, id: h, x: .nan}
                """, "s.yaml"));
        List<String> got = e.problems().stream().map(p -> p.location() + " " + p.message()).toList();
        assertEquals(3, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("7:5 each entry of 'games' must be a game"), got.get(0));
        assertTrue(got.get(1).startsWith("8:13 duplicate key 'id' (first at line 8)"), got.get(1));
        assertTrue(got.get(2).startsWith("8:23 '.nan' must be a finite number"), got.get(2));
    }

    @Test
    void leverReferencesAreCheckedAndLocated() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> reader.read(BASE + """
                levers:
                  - {actor: c, issue: x, attribute: position, target: ">= 50"}
                  - {actor: a, issue: z, attribute: postion, target: ">= 50"}
                  - {actor: a, issue: y, attribute: position, target: " "}
                  - {actor: a, issue: x, attribute: position, target: p_deal > 0.5, game: g, models: [eu]}
                  - {actor: a, issue: x, attribute: position, target: "> 1", stance: hold, models: []}
                  - {actor: a, issue: x}
                """, "l.yaml"));
        List<String> got = e.problems().stream().map(p -> p.location() + " " + p.message()).toList();
        assertEquals(List.of(
                "7:13 unknown actor id 'c' in a lever",
                "8:23 unknown issue id 'z' in a lever",
                "8:37 unknown lever attribute 'postion'; expected one of position, salience, capability",
                "9:13 actor 'a' takes no stance on issue 'y', so a lever cannot change it",
                "9:55 the target of a lever must not be empty",
                "10:78 a lever asks either bargaining models ('models') or a crisis game ('game'), not both",
                "11:62 'stance' applies only to a lever on a crisis game ('game')",
                "11:84 'models' of a lever lists no model",
                "12:5 missing required key 'attribute' in a lever",
                "12:5 missing required key 'target' in a lever"), got);
        assertTrue(e.problems().get(0).hint().contains("did you mean 'a'"), e.problems().get(0).hint());
    }

    @Test
    void digestCoversGamesAndLevers() {
        String base = BASE + GAMES + LEVERS;
        Scenario s = reader.read(base, "a");
        Scenario none = reader.read(BASE, "b");
        assertNotEquals(ScenarioDigest.sha256(s), ScenarioDigest.sha256(none));
        // a changed game parameter, stance, lever target or lever model list changes the digest
        for (String[] change : new String[][] {{"prior_resolve: 0.4", "prior_resolve: 0.5"},
                {"hold: 80", "hold: 79"}, {"p_deal >= 0.5", "p_deal >= 0.6"}, {"models: [median, eu]", "models: [eu]"},
                {"flag: true", "flag: false"}, {"question: How much must b care?", "question: other"}}) {
            Scenario c = reader.read(base.replace(change[0], change[1]), "c");
            assertNotEquals(ScenarioDigest.sha256(s), ScenarioDigest.sha256(c), change[0]);
        }
        // key order inside a game and 3 vs 3.0 do not
        Scenario reordered = reader.read(base.replace("parameters: {prior_resolve: 0.4, audience_cost: 3}",
                "parameters: {audience_cost: 3.0, prior_resolve: 0.4}"), "d");
        assertEquals(ScenarioDigest.sha256(s), ScenarioDigest.sha256(reordered));
    }

    /**
     * In random scenarios written as YAML and as JSON, the pointer to every scalar of every game locates exactly
     * where that value is written (the writer prints scalars in JSON form, so the text there starts with it).
     */
    @net.jqwik.api.Property(tries = 60)
    void pointersLocateEveryScalarOfRandomGames(@net.jqwik.api.ForAll long seed) {
        Scenario s = org.parley.scenario.RandomScenarios.scenario(seed);
        for (boolean json : new boolean[] {false, true}) {
            String text = org.parley.scenario.RandomScenarios.write(s, json, seed + 7);
            ReadResult r = reader.readWithWarnings(text, "r");
            List<String> lines = text.lines().toList();
            for (int g = 0; g < s.games().size(); g++) {
                checkScalars(r, lines, "/games/" + g, s.games().get(g), text);
            }
        }
    }

    private static void checkScalars(ReadResult r, List<String> lines, String pointer, Object v, String text) {
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> checkScalars(r, lines, pointer + "/" + k, x, text));
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                checkScalars(r, lines, pointer + "/" + i, l.get(i), text);
            }
        } else {
            Problem p = r.problemAt(pointer, "m", "");
            assertTrue(p.hasLocation(), pointer);
            String at = lines.get(p.line() - 1).substring(p.column() - 1);
            String expected = v == null ? "null" : v instanceof String t ? "\"" + t.replace("\\", "\\\\")
                    .replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"" : v.toString();
            assertTrue(at.startsWith(expected), pointer + " at " + p.location() + ": '" + at + "' should start with '"
                    + expected + "'\n" + text);
        }
    }

    @Test
    void jsonFormWorksToo() {
        Scenario s = reader.read("""
                {"metadata": {"title": "T"}, "issues": [{"id": "x"}],
                 "actors": [{"id": "a", "capability": 1, "positions": {"x": [1, 2]}},
                            {"id": "b", "capability": 1, "positions": {"x": [9, 2]}}],
                 "games": [{"id": "g", "template": "iig", "challenger": "a", "defender": "b", "issue": "x"}],
                 "levers": [{"actor": "a", "issue": "x", "attribute": "capability", "target": "<= 3"}]}
                """, "j.json");
        assertEquals("iig", s.games().get(0).get("template"));
        assertEquals("capability", s.levers().get(0).attribute());
    }
}
