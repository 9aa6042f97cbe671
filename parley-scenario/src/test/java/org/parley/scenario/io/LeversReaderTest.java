package org.parley.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.scenario.LeverAttribute;
import org.parley.scenario.LeverQuestion;
import org.parley.scenario.LeverTarget;
import org.parley.scenario.Scenario;

/** The levers: section: typed questions, and every rule of {@link LeverRules} located in the file. */
class LeversReaderTest {
    private final ScenarioReader reader = new ScenarioReader();

    /** Eight lines; without the broken game g2, "levers:" is line 8. */
    private static final String BASE = """
            metadata: {title: T}
            issues: [{id: x}, {id: y}]
            actors:
              - {id: a, capability: 10, positions: {x: [40, 50]}}
              - {id: b, capability: 20, positions: {x: [80, 60], y: [10, 10]}}
            games:
              - {id: g1, template: coercion, challenger: a, defender: b, issue: x, stances: {hold: 80, shift: 60}}
              - {id: g2, template: cercion, challenger: a, defender: b, issue: x}
            """;

    private List<String> problems(String levers) {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> reader.read(
                BASE.replace("  - {id: g2, template: cercion, challenger: a, defender: b, issue: x}\n", "") + levers,
                "l.yaml"));
        return e.problems().stream().map(p -> p.location() + " " + p.message()).toList();
    }

    @Test
    void readsTypedQuestions() {
        Scenario s = reader.read(BASE.replace("  - {id: g2, template: cercion, challenger: a, defender: b, issue: x}\n",
                "") + """
                levers:
                  - {actor: b, issue: x, attribute: position, target: ">= 50", models: [median, eu]}
                  - actor: b
                    issue: x
                    attribute: salience
                    target: outcome == status_quo
                    game: g1
                    stance: hold
                    question: How much must b care?
                """, "l.yaml");
        assertEquals(2, s.levers().size());
        LeverQuestion l0 = s.levers().get(0);
        assertEquals(new LeverQuestion("b", "x", LeverAttribute.POSITION, LeverTarget.parse(">= 50"),
                List.of("median", "eu"), null, null, ""), l0);
        assertFalse(l0.isGameLever());
        LeverQuestion l1 = s.levers().get(1);
        assertTrue(l1.isGameLever());
        assertEquals(LeverAttribute.SALIENCE, l1.attribute());
        // status_quo names the category "status quo"; a categorical game target tests the outcome
        assertEquals(new LeverTarget(LeverTarget.Metric.OUTCOME, LeverTarget.Comparison.EQ, Double.NaN, "status quo"),
                l1.target());
        assertEquals("hold", l1.stance());
        assertEquals("How much must b care?", l1.question());
    }

    @Test
    void referencesAttributeAndShapeAreCheckedAndLocated() {
        assertEquals(List.of(
                "9:13 /levers/0/actor: unknown actor id 'c' in a lever",
                "10:23 /levers/1/issue: unknown issue id 'z' in a lever",
                "10:37 /levers/1/attribute: unknown lever attribute 'postion'; expected one of position, salience, "
                        + "capability",
                "11:13 /levers/2/actor: actor 'a' takes no stance on issue 'y', so a lever cannot change it",
                "11:55 /levers/2/target: the target of a lever must not be empty",
                "12:79 /levers/3/models: a lever asks either bargaining models ('models') or a crisis game ('game'), "
                        + "not both",
                "13:62 /levers/4/stance: 'stance' applies only to a lever on a crisis game ('game')",
                "13:84 'models' of a lever lists no model",
                "14:5 missing required key 'attribute' in a lever",
                "14:5 missing required key 'target' in a lever"), problems("""
                levers:
                  - {actor: c, issue: x, attribute: position, target: ">= 50"}
                  - {actor: a, issue: z, attribute: postion, target: ">= 50"}
                  - {actor: a, issue: y, attribute: position, target: " "}
                  - {actor: a, issue: x, attribute: position, target: p_deal > 0.5, game: g1, models: [eu]}
                  - {actor: a, issue: x, attribute: position, target: "> 1", stance: hold, models: []}
                  - {actor: a, issue: x}
                """));
    }

    @Test
    void targetsGamesAndStancesAreCheckedAgainstTheKindOfLever() {
        assertEquals(List.of(
                "9:55 /levers/0/target: target: expected '[metric] op value' with op one of >=, <=, >, <, ==, != "
                        + "(e.g. '>= 50' or 'outcome == deal'); got '=> 50'",
                "10:55 /levers/1/target: a bargaining model's forecast is a number: use e.g. '>= 50' ('p_deal' needs "
                        + "a game); got 'p_deal >= 0.5'",
                "11:76 /levers/2/game: unknown game id 'h'; games: g1",
                "12:55 /levers/3/target: a crisis-game target is 'p_deal|p_escalation|p_status_quo <op> number' or "
                        + "'outcome ==|!= deal|escalation|status quo'; got '>= 50'",
                "13:55 /levers/4/target: unknown crisis outcome 'war'; expected deal, escalation or status quo",
                "14:88 /levers/5/stance: game 'g1' has no stance 'fold'; stances: hold, shift",
                "15:55 /levers/6/target: target: unknown metric 'resolve'; expected forecast, p_deal, p_escalation, "
                        + "p_status_quo or outcome"), problems("""
                levers:
                  - {actor: b, issue: x, attribute: position, target: "=> 50"}
                  - {actor: b, issue: x, attribute: position, target: p_deal >= 0.5}
                  - {actor: b, issue: x, attribute: position, target: p_deal >= 0.5, game: h}
                  - {actor: b, issue: x, attribute: position, target: ">= 50", game: g1}
                  - {actor: b, issue: x, attribute: position, target: outcome == war, game: g1}
                  - {actor: b, issue: x, attribute: position, target: p_deal >= 0.5, game: g1, stance: fold}
                  - {actor: b, issue: x, attribute: position, target: resolve >= 0.5}
                """));
    }

    @Test
    void aLeverOnABrokenGameIsNotAlsoAnUnknownGame() {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> reader.read(BASE + """
                levers:
                  - {actor: b, issue: x, attribute: position, target: p_deal >= 0.5, game: g2, stance: hold}
                """, "l.yaml"));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).message().startsWith("/games/1/template: "), e.getMessage());
        assertEquals("8:24", e.problems().get(0).location());
    }

    @Test
    void commandLineQuestionsAreCheckedByTheSameRules() {
        Scenario s = reader.read(BASE.replace("  - {id: g2, template: cercion, challenger: a, defender: b, issue: x}\n",
                ""), "s.yaml");
        LeverRules.Checked bad = LeverRules.check(new LeverRules.Written("zz", "qq", "position", ">= 1", List.of(),
                null, null, ""), s);
        assertEquals(List.of("actor", "issue"), bad.violations().stream().map(LeverRules.Violation::key).toList());
        assertEquals(null, bad.question());
        LeverRules.Checked noGames = LeverRules.check(new LeverRules.Written("a", "x", "position", "p_deal >= 0.5",
                List.of(), "g", null, ""), new ScenarioReader().read(BASE.substring(0, BASE.indexOf("games:")), "n"));
        assertEquals("unknown game id 'g'; games: none (add a games: section)", noGames.violations().get(0).message());
        LeverRules.Checked ok = LeverRules.check(new LeverRules.Written("a", "x", "capability", "forecast < 30",
                List.of("eu"), null, null, "q"), s);
        assertEquals(List.of(), ok.violations());
        assertEquals(new LeverQuestion("a", "x", LeverAttribute.CAPABILITY, LeverTarget.parse("forecast < 30"),
                List.of("eu"), null, null, "q"), ok.question());
    }
}
