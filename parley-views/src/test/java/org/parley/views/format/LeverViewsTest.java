package org.parley.views.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.analysis.levers.LeverOptions;
import org.parley.analysis.plan.AnalysisPlan;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.analysis.plan.LeverSpec;
import org.parley.forecast.Models;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.scenario.io.ScenarioReader;

/** The words and the JSON form of lever answers (formerly built by the analysis module itself). */
class LeverViewsTest {
    private static final String TEXT = """
            metadata: {title: Levers}
            issues: [{id: x, status_quo: 20}]
            actors:
              - {id: a, capability: 1, positions: {x: [10, 100]}}
              - {id: b, capability: 1, positions: {x: [40, 100]}}
              - {id: c, capability: 1, positions: {x: [90, 100]}}
            games:
              - {id: g, template: coercion, challenger: c, defender: a, issue: x, stances: {hold: 10, shift: 50}}
            levers:
              - {actor: c, issue: x, attribute: capability, target: ">= 60.0", models: [median]}
              - {actor: c, issue: x, attribute: position, target: outcome == status_quo, game: g, stance: hold}
              - {actor: a, issue: x, attribute: position, target: "<= -5", question: Can a go below the scale?}
            """;

    private final Scenario scenario = new ScenarioReader().read(TEXT, "l.yaml");
    private final AnalysisPlan plan = AnalysisPlan.of(scenario, Models.IDS);

    @Test
    void questionsInWords() {
        List<LeverSpec> l = plan.levers();
        assertEquals("c capability on x: what change makes the forecast >= 60?", Phrases.leverQuestion(l.get(0)));
        assertEquals("c position on x: what change makes game g (hold): outcome == status quo?",
                Phrases.leverQuestion(l.get(1)));
        assertEquals("Can a go below the scale?", Phrases.leverQuestion(l.get(2)));
    }

    @Test
    void jsonFormWithProvenanceAndNaNAsText() throws Exception {
        String sha = ScenarioDigest.sha256(scenario);
        LeverAnswer a = AnalysisPlan.runLever(scenario, plan.levers().get(2), List.of(Models.byId("median")),
                LeverOptions.DEFAULTS.withGridPoints(21), RunContext.of(InputKind.SCENARIO, sha));
        var m = org.parley.views.json.ParleyJson.mapper().readTree(org.parley.views.json.ParleyJson.write(a));
        assertEquals("/levers/2", m.at("/spec/pointer").asText());
        assertEquals("position", m.at("/spec/question/attribute").asText());
        assertEquals("<= -5", m.at("/spec/question/target").asText());
        assertTrue(m.at("/spec/game").isNull());
        var o = m.at("/result/outcomes/0");
        assertEquals("UNREACHABLE", o.get("status").asText());
        assertTrue(o.get("nearest").isNull());
        assertEquals(sha, o.at("/provenance/inputSha256").asText());
        assertEquals("SCENARIO", o.at("/provenance/inputKind").asText());
        assertEquals("levers", o.at("/provenance/component").asText());
        assertEquals("median", o.at("/provenance/parameters/responder.id").asText());
        assertEquals(a, org.parley.views.json.ParleyJson.read(org.parley.views.json.ParleyJson.write(a),
                LeverAnswer.class), "the answer reads back equal");
    }
}
