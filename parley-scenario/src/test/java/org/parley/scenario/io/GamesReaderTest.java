package org.parley.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.scenario.CrisisTemplate;
import org.parley.scenario.GameSpec;
import org.parley.scenario.Scenario;

/** The games: section: typed entries with their defaults, and every problem located (meaning: with its pointer). */
class GamesReaderTest {
    private final ScenarioReader reader = new ScenarioReader();

    /** Six lines: "games:" is line 7. */
    private static final String BASE = """
            metadata: {title: T}
            issues: [{id: x, scale: {min: 0, max: 100}}, {id: y}]
            actors:
              - {id: a, capability: 10, positions: {x: [40, 50]}}
              - {id: b, capability: 20, positions: {x: [80, 60], y: [10, 10]}}
              - {id: c, capability: 5, positions: {x: [70, 40], y: [50, 50]}}
            """;

    private List<String> problems(String games) {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> reader.read(BASE + games,
                "g.yaml"));
        return e.problems().stream().map(p -> p.location() + " " + p.message()).toList();
    }

    @Test
    void readsTypedEntriesInFileOrderWithTheirDefaults() {
        Scenario s = reader.read(BASE + """
                games:
                  - id: g1
                    template: coercion
                    challenger: a
                    defender: b
                    issue: x
                    stances: {shift: 60, hold: 80}
                    backers: [c]
                    parameters: {prior_resolve: 0.4, audience_cost: 3}
                  - {id: g2, template: IIG-Logit, challenger: b, defender: c, issue: y}
                  - {id: g3, template: iig, challenger: c, defender: b, issue: x}
                """, "g.yaml");
        assertEquals(3, s.games().size());
        GameSpec g1 = s.games().get(0);
        assertEquals(new GameSpec("g1", CrisisTemplate.COERCION, "a", "b", "x", Map.of("shift", 60.0, "hold", 80.0),
                Double.NaN, List.of("c"), Map.of("prior_resolve", 0.4, "audience_cost", 3.0)), g1);
        assertEquals(List.of("shift", "hold"), List.copyOf(g1.stances().keySet()), "file order kept");
        GameSpec g2 = s.games().get(1);
        assertEquals(CrisisTemplate.IIG_LOGIT, g2.template(), "template ids ignore case");
        assertEquals(GameSpec.DEFAULT_LAMBDA, g2.lambda());
        assertEquals(Map.of("hold", 50.0), g2.stances(), "stances default to the defender's position");
        assertNull(g2.backers());
        assertEquals(Map.of(), g2.parameters());
        assertTrue(Double.isNaN(s.games().get(2).lambda()));
        assertEquals(g1, s.game("g1").orElseThrow());
    }

    @Test
    void problemsOfMeaningCarryTheirPointerAndSitAtTheValue() {
        assertEquals(List.of(
                "8:24 /games/0/template: template: expected one of iig, iig-logit, coercion, tying-hands; got 'war'",
                "8:41 /games/0/challenger: unknown actor id 'z'",
                "9:41 /games/1/challenger: actor 'a' takes no stance on issue 'y'",
                "10:54 /games/2/defender: defender must differ from challenger",
                "10:64 /games/2/issue: unknown issue id 'q'",
                "11:75 /games/3/lambda: lambda applies only to template iig-logit",
                "12:81 /games/4/lambda: must be >= 0, got -1.0",
                "13:89 /games/5/stances/shift: 145.0 is outside the scale of issue 'x' [0.0, 100.0]",
                "14:81 /games/6/stances: give at least one stance, e.g. {hold: 10}",
                "15:82 /games/7/backers/0: unknown actor id 'd'",
                "15:85 /games/7/backers/1: a backer must be a third party, not 'a'",
                "16:94 /games/8/parameters/resolve: unknown parameter for template coercion; expected one of "
                        + CrisisTemplate.COERCION.overridableParameters(),
                "17:100 /games/9/parameters/prior_resolve: prior_resolve must be in (0, 1), got 1.5",
                "18:10 /games/10/id: duplicate game id 'g0' (first defined at line 8)"), problems("""
                games:
                  - {id: g0, template: war, challenger: z, defender: b, issue: x}
                  - {id: g1, template: iig, challenger: a, defender: b, issue: y}
                  - {id: g2, template: iig, challenger: a, defender: a, issue: q}
                  - {id: g3, template: iig, challenger: b, defender: c, issue: y, lambda: 2}
                  - {id: g4, template: iig-logit, challenger: b, defender: c, issue: y, lambda: -1}
                  - {id: g5, template: coercion, challenger: a, defender: b, issue: x, stances: {shift: 145}}
                  - {id: g6, template: coercion, challenger: a, defender: b, issue: x, stances: {}}
                  - {id: g7, template: coercion, challenger: a, defender: b, issue: x, backers: [d, a]}
                  - {id: g8, template: coercion, challenger: a, defender: b, issue: x, parameters: {resolve: 2}}
                  - {id: g9, template: coercion, challenger: a, defender: b, issue: x, parameters: {prior_resolve: 1.5}}
                  - {id: g0, template: iig, challenger: a, defender: b, issue: x}
                """));
    }

    @Test
    void problemsOfShapeReadLikeTheRestOfTheFile() {
        List<String> got = problems("""
                games:
                  - [not, a, mapping]
                  - {id: g, template: iig, challenger: a, defender: b, issue: x, colour: red, stances: {hold: .nan}}
                  - {id: h, template: iig, defender: b, issue: x, stances: [10], backers: c, parameters: 3}
                """);
        assertEquals(List.of(
                "8:5 each entry of 'games' must be a game ({id, template, challenger, defender, issue, ...}), got a list",
                "9:66 unknown key 'colour' in a game",
                "9:95 stance 'hold' of game 'g' must be a finite number, got .nan",
                "10:5 missing required key 'challenger' in a game",
                "10:60 the stances of game 'h' must be a mapping of stance name to position, e.g. {hold: 10, shift: 45};"
                        + " got a list",
                "10:75 'backers' must be a list of actor ids, got text 'c'",
                "10:90 the parameters of game 'h' must be a mapping of parameter name to number, got the number 3"),
                got);
    }

    @Test
    void gamesMustBeAList() {
        assertEquals(List.of("8:3 'games' must be a list, got a mapping"), problems("""
                games:
                  id: g
                """));
    }

    @Test
    void aGameNamingAnActorWithABrokenStanceIsNotAlsoReported() {
        // the stance of b on y is broken (reported); the game does not add "takes no stance"
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> reader.read(
                BASE.replace("y: [10, 10]", "y: [10, 0]") + """
                games:
                  - {id: g, template: iig, challenger: c, defender: b, issue: y}
                """, "g.yaml"));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).message().startsWith("salience of 'b' on issue 'y'"), e.getMessage());
    }

    /**
     * In random scenarios written as YAML and as JSON, the JSON pointer of every value of every game locates
     * exactly where that value is written (the writer prints scalars in JSON form, so the text there starts with
     * it): the locator the analysis uses for its own problems agrees with the reader.
     */
    @net.jqwik.api.Property(tries = 60)
    void pointersLocateEveryValueOfRandomGames(@net.jqwik.api.ForAll long seed) {
        Scenario s = org.parley.scenario.RandomScenarios.scenario(seed);
        for (boolean json : new boolean[] {false, true}) {
            String text = org.parley.scenario.RandomScenarios.write(s, json, seed + 7);
            ReadResult r = reader.readWithWarnings(text, "r");
            assertEquals(s, r.scenario());
            List<String> lines = text.lines().toList();
            for (int i = 0; i < s.games().size(); i++) {
                GameSpec g = s.games().get(i);
                String at = "/games/" + i;
                expectAt(r, lines, at + "/id", "\"" + g.id() + "\"");
                expectAt(r, lines, at + "/template", "\"" + g.template().id() + "\"");
                expectAt(r, lines, at + "/challenger", "\"" + g.challenger() + "\"");
                expectAt(r, lines, at + "/issue", "\"" + g.issue() + "\"");
                // stances may be left out when they are the default: the pointer then names the game itself
                boolean stancesWritten = !r.problemAt(at + "/stances", "m", "").location()
                        .equals(r.problemAt(at, "m", "").location());
                if (stancesWritten) {
                    g.stances().forEach((name, v) -> expectAt(r, lines, at + "/stances/" + name, v.toString()));
                }
                g.parameters().forEach((name, v) -> expectAt(r, lines, at + "/parameters/" + name, v.toString()));
                if (g.backers() != null) {
                    for (int k = 0; k < g.backers().size(); k++) {
                        expectAt(r, lines, at + "/backers/" + k, "\"" + g.backers().get(k) + "\"");
                    }
                }
            }
        }
    }

    private static void expectAt(ReadResult r, List<String> lines, String pointer, String written) {
        Problem p = r.problemAt(pointer, "m", "");
        assertTrue(p.hasLocation(), pointer);
        String there = lines.get(p.line() - 1).substring(p.column() - 1);
        assertTrue(there.startsWith(written), pointer + " at " + p.location() + ": '" + there + "' should start with '"
                + written + "'");
    }

    @Test
    void jsonFormWorksToo() {
        Scenario s = reader.read("""
                {"metadata": {"title": "T"}, "issues": [{"id": "x"}],
                 "actors": [{"id": "a", "capability": 1, "positions": {"x": [1, 2]}},
                            {"id": "b", "capability": 1, "positions": {"x": [9, 2]}}],
                 "games": [{"id": "g", "template": "iig", "challenger": "a", "defender": "b", "issue": "x"}]}
                """, "j.json");
        assertEquals(CrisisTemplate.IIG, s.games().get(0).template());
        assertEquals(Map.of("hold", 9.0), s.games().get(0).stances());
    }
}
