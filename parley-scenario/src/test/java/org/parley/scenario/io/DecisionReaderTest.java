package org.parley.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.scenario.DecisionStructure;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.scenario.VotingBody;
import org.parley.scenario.VotingRule;

/** The decision: mappings (top level and per issue): typed structures and located problems. */
class DecisionReaderTest {
    private final ScenarioReader reader = new ScenarioReader();

    /** Five lines: three actors with stances on x, a and b also on y. */
    private static final String BASE = """
            metadata: {title: T}
            issues: [{id: x, status_quo: 5}, {id: y}]
            actors:
              - {id: a, capability: 10, positions: {x: [40, 50], y: [1, 50]}}
              - {id: b, capability: 20, positions: {x: [80, 60], y: [10, 10]}}
              - {id: c, capability: 30, positions: {x: [20, 60]}}
            """;

    private List<String> problems(String yaml) {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> reader.read(yaml, "d.yaml"));
        return e.problems().stream().map(p -> p.location() + " " + p.message()
                + (p.hasHint() ? " (hint: " + p.hint() + ")" : "")).toList();
    }

    @Test
    void readsADefaultAndAnIssueOverride() {
        Scenario s = reader.read(BASE.replace("issues: [{id: x, status_quo: 5}, {id: y}]", """
                issues:
                  - id: x
                    status_quo: 5
                    decision: {rule: qualified-majority, deciders: {a: 3, b: 2, c: 1}, threshold: 4, setter: c,
                               also: [{rule: single, deciders: [b]}], procedure: COD/QMV}
                  - {id: y}""") + """
                decision: {rule: bilateral, deciders: [a, b], reversion: 7}
                """, "d.yaml");
        DecisionStructure def = s.decision();
        assertEquals(List.of(VotingBody.of(VotingRule.SINGLE, List.of("a")), VotingBody.of(VotingRule.SINGLE, List.of("b"))),
                def.bodies());
        assertEquals(7.0, def.reversionPoint());
        assertNull(def.agendaSetter());
        DecisionStructure x = s.issue("x").orElseThrow().decision();
        assertEquals(VotingBody.weighted(VotingRule.QUALIFIED_MAJORITY, Map.of("a", 3.0, "b", 2.0, "c", 1.0), 4),
                x.bodies().get(0));
        assertEquals("c", x.agendaSetter());
        assertEquals("COD/QMV", x.procedure());
        assertEquals(x, s.decisionFor("x").orElseThrow(), "the issue's own structure wins");
        assertEquals(def, s.decisionFor("y").orElseThrow(), "the default governs the rest");
        assertEquals(List.of("a", "b", "c"), x.decisiveActors());
    }

    @Test
    void theDigestSeesDecisionsAndOnlyThem() {
        Scenario plain = reader.read(BASE, "d.yaml");
        Scenario ruled = reader.read(BASE + "decision: {rule: unanimity, deciders: [a, b]}\n", "d.yaml");
        Scenario other = reader.read(BASE + "decision: {rule: majority, deciders: [a, b]}\n", "d.yaml");
        assertNotEquals(ScenarioDigest.sha256(plain), ScenarioDigest.sha256(ruled));
        assertNotEquals(ScenarioDigest.sha256(ruled), ScenarioDigest.sha256(other));
        assertEquals(ScenarioDigest.sha256(ruled), ScenarioDigest.sha256(reader.read(
                BASE + "decision:\n  deciders: [a, b]\n  rule: unanimity\n", "d.yaml")), "key order does not matter");
    }

    @Test
    void outcomesAreReadAndLeftOutOfTheDigest() {
        Scenario plain = reader.read(BASE, "d.yaml");
        Scenario known = reader.read(BASE.replace("{id: y}", "{id: y, outcome: {value: 12.5, date: 2020-01-31}}")
                .replace("{id: x, status_quo: 5}", "{id: x, status_quo: 5, outcome: 5}"), "d.yaml");
        assertEquals(5.0, known.issue("x").orElseThrow().outcome().value());
        assertEquals(java.time.LocalDate.of(2020, 1, 31), known.issue("y").orElseThrow().outcome().decided());
        assertEquals(ScenarioDigest.sha256(plain), ScenarioDigest.sha256(known));
        assertEquals(List.of("2:42 outcome of issue 'x' must lie within the issue's scale [0, 100], got 150"),
                problems(BASE.replace("{id: x, status_quo: 5}", "{id: x, status_quo: 5, outcome: 150}")));
    }

    @Test
    void problemsAreLocated() {
        assertEquals(List.of("7:18 unknown decision rule 'unanimty' in the decision (hint: did you mean"
                + " 'unanimity'?; rules: single, unanimity, majority, qualified-majority, bilateral)"),
                problems(BASE + "decision: {rule: unanimty, deciders: [a, b]}\n"));
        assertEquals(List.of("7:43 actor 'c', a decider of decision, takes no stance on issue 'y'"
                + " (hint: give it a position on the issue, or give the issue a decision of its own)"),
                problems(BASE + "decision: {rule: unanimity, deciders: [a, c]}\n"));
        assertEquals(List.of("7:42 unknown actor id 'bb' as a decider of decision (hint: did you mean 'b'?)"),
                problems(BASE + "decision: {rule: majority, deciders: [a, bb]}\n"));
        assertEquals(List.of("7:39 rule bilateral needs exactly 2 deciders, got 1"),
                problems(BASE + "decision: {rule: bilateral, deciders: [a]}\n"));
        assertEquals(List.of("7:11 rule qualified-majority in the decision needs a threshold (votes needed)"),
                problems(BASE + "decision: {rule: qualified-majority, deciders: {a: 1, b: 2}}\n"));
        assertEquals(List.of("7:73 threshold of decision must be > 0 and at most the deciders' total votes 3,"
                + " got 4"), problems(BASE + "decision: {rule: qualified-majority, deciders: {a: 1, b: 2}, threshold: 4}\n"));
        assertEquals(List.of("7:47 a threshold is given only with rule qualified-majority (the decision uses"
                + " unanimity) (hint: remove it, or use rule: qualified-majority)"),
                problems(BASE + "decision: {rule: unanimity, deciders: [a, b], threshold: 2}\n"));
        assertEquals(List.of("7:58 reversion point of decision (issue 'x') must lie within the issue's scale"
                + " [0, 100], got 120"), problems(BASE.replace("{id: y}", "{id: y, scale: {min: 0, max: 200}}")
                + "decision: {rule: unanimity, deciders: [a, b], reversion: 120}\n"));
        assertEquals(List.of("7:47 unknown key 'seter' in a decision (hint: did you mean 'setter'?)"),
                problems(BASE + "decision: {rule: unanimity, deciders: [a, b], seter: a}\n"));
    }
}
