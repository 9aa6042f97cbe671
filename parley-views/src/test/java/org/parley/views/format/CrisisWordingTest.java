package org.parley.views.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.analysis.crisis.Belief;
import org.parley.analysis.crisis.CrisisAnalysis;
import org.parley.analysis.crisis.CrisisEquilibrium;
import org.parley.analysis.crisis.CrisisResult;
import org.parley.scenario.CrisisTemplate;
import org.parley.analysis.crisis.IigUtilities;
import org.parley.analysis.crisis.InteractionGame;
import org.parley.analysis.crisis.SignalingGame;
import org.parley.analysis.crisis.TwoTypeCrisis;
import org.parley.analysis.plan.AnalysisPlan;
import org.parley.forecast.Models;
import org.parley.games.numeric.Rational;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.scenario.io.ReadResult;
import org.parley.scenario.io.ScenarioReader;

/**
 * The words written for typed crisis results: the section 5.3 semi-separating equilibrium (π = 3/10, k_H = 1,
 * k_L = 3) and the tying-hands one (a = 3) of the models notes, and the International Interaction Game.
 */
class CrisisWordingTest {
    private static Rational q(long p, long d) {
        return Rational.of(p, d);
    }

    private static CrisisResult coercion() {
        return SignalingGame.solve(new TwoTypeCrisis(q(3, 10), q(5, 1), q(0, 1), q(10, 1), q(6, 1), q(4, 1), q(0, 1),
                q(1, 1), q(-5, 1), q(1, 1), q(3, 1), Rational.ZERO), CrisisTemplate.COERCION, "DPRK", "USA");
    }

    @Test
    void signallingEquilibriumKindDescriptionPathAndBeliefs() {
        CrisisResult r = coercion();
        CrisisEquilibrium e = r.selectedEquilibrium();
        assertEquals("semi-separating (irresolute type mixes)", CrisisWording.kind(r.template(), e));
        assertEquals("P(signal | resolved) = 1, P(signal | irresolute) = 3/7; P(shift | signal) = 3/5, "
                + "P(shift | no signal) = 0", CrisisWording.description(r.template(), e));
        assertEquals("chance [nature]: resolved (0.3000)", CrisisWording.path(e).get(0));
        assertTrue(CrisisWording.path(e).contains("USA [resolved, signal]: shift (0.6000) -> deal"),
                CrisisWording.path(e).toString());
        Belief afterSignal = e.beliefs().get(0);
        assertEquals("after signal: P(resolved) = 1/2", CrisisWording.belief(afterSignal));
        assertEquals("among equilibria surviving D1 (if any), isolated before continua, then the one with the highest"
                + " prior-weighted challenger payoff", CrisisWording.selectionRule(r.selectionRule()));
        CrisisResult tying = SignalingGame.solve(new TwoTypeCrisis(q(3, 10), q(5, 1), q(0, 1), q(10, 1), q(6, 1),
                q(4, 1), q(0, 1), q(1, 1), q(-5, 1), Rational.ZERO, Rational.ZERO, q(3, 1)), CrisisTemplate.TYING_HANDS,
                "C", "D");
        assertEquals("semi-separating (irresolute type mixes)", CrisisWording.kind(tying.template(), tying.selectedEquilibrium()));
        assertTrue(CrisisWording.description(tying.template(), tying.selectedEquilibrium()).startsWith("P(commit | resolved)"));
    }

    @Test
    void completeInformationKinds() {
        IigUtilities u = IigUtilities.of(new double[] {3, 2, 5, 4, -2, 1.5, 0, -1}, new double[] {3, 5, 2, 4, 1.5, -2, -1, 0});
        CrisisResult spe = InteractionGame.solve(u, "A", "B");
        assertEquals("subgame perfect (backward induction)", CrisisWording.kind(spe.template(), spe.selectedEquilibrium()));
        assertEquals("outcome NEG", CrisisWording.description(spe.template(), spe.selectedEquilibrium()));
        CrisisResult qre = InteractionGame.solveLogit(u, "A", "B", 2.0);
        assertEquals("agent logit QRE (lambda = 2.0)", CrisisWording.kind(qre.template(), qre.selectedEquilibrium()));
        assertTrue(CrisisWording.description(qre.template(), qre.selectedEquilibrium()).startsWith(
                "logit choice at every node; max regret "));
    }

    /** The section 5.3 numbers given as overrides in a scenario's games: entry. */
    private static final String SCENARIO = """
            metadata: {title: Words}
            issues: [{id: x, status_quo: 20}]
            actors:
              - {id: a, capability: 3, positions: {x: [10, 60]}}
              - {id: c, capability: 4, positions: {x: [90, 90]}}
            games:
              - id: g
                template: coercion
                challenger: c
                defender: a
                issue: x
                stances: {hold: 10}
                parameters: {prior_resolve: 0.3, u_shift: 5, u_escalation: 0, u_back_down: 10, v_shift: 6,
                             v_escalate_resolved: 4, v_back_down_resolved: 0, v_back_down_irresolute: 1,
                             v_escalate_irresolute: -5, signal_cost_resolved: 1, signal_cost_irresolute: 3,
                             audience_cost: 0}
            """;

    /** The JSON form (the typed records, written by parley-views' Jackson mapper) carries the same numbers. */
    @Test
    void jsonFormCarriesTheHeadlineNumbers() throws Exception {
        ReadResult read = new ScenarioReader().readWithWarnings(SCENARIO, "s.yaml");
        Scenario s = read.scenario();
        List<CrisisAnalysis.CrisisReport> reports = AnalysisPlan.read(read, Models.IDS).runGames(s);
        var json = org.parley.views.json.ParleyJson.mapper().readTree(
                org.parley.views.json.ParleyJson.write(reports.get(0)));
        assertEquals(ScenarioDigest.sha256(s), json.at("/provenance/inputSha256").asText());
        var hold = json.at("/stances/0");
        assertEquals(9 / 25.0, hold.at("/categories/deal").doubleValue(), 1e-15);
        assertEquals("3/10", hold.at("/result/parameters/0/value").asText());
        var selected = hold.at("/result/equilibria/" + hold.at("/result/selected").asInt());
        assertEquals("PERFECT_BAYESIAN", selected.get("concept").asText());
        assertEquals("1/2", selected.at("/beliefs/0/low").asText());
        List<String> labels = new java.util.ArrayList<>();
        selected.get("outcomes").fieldNames().forEachRemaining(labels::add);
        assertEquals(List.of("deal", "escalation", "status quo"), labels);
    }
}
