package org.parley.analysis.crisis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.analysis.InvalidAnalysisInputException;
import org.parley.analysis.levers.Crossing;
import org.parley.analysis.levers.LeverOptions;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.LeverQuery;
import org.parley.analysis.levers.ScenarioEdits;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.signaling.SenderPattern;
import org.parley.provenance.InputKind;
import org.parley.scenario.GameSpec;
import org.parley.scenario.LeverAttribute;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.junit.jupiter.api.Test;

class CrisisAnalysisTest {
    private final Scenario sc = CrisisFixtures.korea();

    private GameSpec spec(Map<String, Object> entry) {
        return CrisisFixtures.spec(entry, sc);
    }

    private static double value(List<Param> ps, String name) {
        return ps.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().doubleValue();
    }

    @Test
    void mappingMatchesTheDocumentedFormulas() {
        // hand computation: china (80) is nearer the DPRK (100) than the US (10): K_C = 70·0.9 + 80·0.5 = 103;
        // hawks (0) nearer the US: K_D = 100·0.6 + 35·0.7 = 84.5; p = 103/187.5; e_C = 0.5·100/170; e_D = 0.5·70/170;
        // π = 0.9 · p
        var m = ParameterMapping.map(sc, spec(CrisisFixtures.entry("g", "coercion")), "hold", 10);
        double p = 103 / 187.5, eC = 0.5 * 100 / 170, eD = 0.5 * 70 / 170;
        assertEquals(103, value(m.inputs(), "challenger_strength"), 1e-6);
        assertEquals(84.5, value(m.inputs(), "defender_strength"), 1e-6);
        assertEquals(p, value(m.inputs(), "win_probability"), 1e-6);
        assertEquals(eC, value(m.inputs(), "escalation_cost_challenger"), 1e-6);
        assertEquals(0.9 * p, m.twoType().prior().doubleValue(), 1e-6); // derived numbers carry 6 digits
        // deal at 10 + 0.5·90 = 55: u_D = 0.6 (1 − 45/100), u_C = 0.9 (1 − 45/100)
        assertEquals(0.6 * 0.55, m.twoType().uShift().doubleValue(), 1e-6);
        assertEquals(0.9 * 0.55, m.twoType().vShift().doubleValue(), 1e-6);
        assertEquals(0.6, m.twoType().uBackDown().doubleValue(), 1e-6);           // hold at the US position
        assertEquals(0.9 * 0.1, m.twoType().vBackDownIrresolute().doubleValue(), 1e-6);
        assertEquals(p * 0.6 * 0.1 + (1 - p) * 0.6 - eD, m.twoType().uEscalation().doubleValue(), 1e-6);
        assertEquals(p * 0.9 + (1 - p) * 0.09 - 0.5 * eC, m.twoType().vEscalateResolved().doubleValue(), 1e-6);
        assertEquals(p * 0.9 + (1 - p) * 0.09 - 2 * eC, m.twoType().vEscalateIrresolute().doubleValue(), 1e-6);
        assertEquals(0.5 * 0.5 * eC, m.twoType().costResolved().doubleValue(), 1e-6);
        assertTrue(m.parameters().stream().allMatch(x -> !x.source().isEmpty()), "every parameter says where it came from");
    }

    @Test
    void explicitOverridesReproduceSection53ThroughTheGamesSection() throws Exception {
        Map<String, Object> e = CrisisFixtures.entry("g", "coercion");
        Map<String, Object> ps = new LinkedHashMap<>();
        double[] v = {0.3, 5, 0, 10, 6, 4, 0, 1, -5, 1, 3, 0};
        for (int i = 0; i < v.length; i++) {
            ps.put(TwoTypeCrisis.NAMES.get(i), v[i]);
        }
        e.put("parameters", ps);
        CrisisAnalysis.CrisisReport r = CrisisAnalysis.analyze(sc, spec(e));
        assertEquals(ScenarioDigest.sha256(sc), r.scenarioSha256());
        assertEquals(InputKind.SCENARIO, r.provenance().inputKind());
        assertEquals("crisis/coercion", r.provenance().component());
        assertEquals("coercion", r.provenance().parameters().get("template"));
        assertTrue(r.isVerified());
        CrisisAnalysis.StanceOutcome hold = r.stance("hold").orElseThrow();
        assertEquals(Rational.of(9, 25), hold.result().selectedEquilibrium().exactOutcomes().get(TwoTypeOutcome.DEAL));
        assertEquals(9 / 25.0, hold.pDeal(), 1e-15);
        assertEquals(3 / 25.0, hold.pEscalation(), 1e-15);
        assertEquals(13 / 25.0, hold.pStatusQuo(), 1e-15);
        assertEquals("override", hold.result().parameter("prior_resolve").orElseThrow().source());
        // provenance: the stance's result names the scenario and every parameter exactly; the engine's, the game
        assertEquals(r.scenarioSha256(), hold.result().provenance().inputSha256());
        assertEquals("3/10", hold.result().provenance().parameters().get("prior_resolve"));
        assertEquals("pbe", hold.result().solverProvenance().component());
        assertEquals(hold.result().gameSha256(), hold.result().solverProvenance().inputSha256());
        assertEquals(SenderPattern.SEMI_SEPARATING, hold.result().selectedEquilibrium().signaling().pattern());
    }

    @Test
    void everyTemplateRunsOnTheScenarioAtEveryStance() {
        for (String t : List.of("iig", "iig-logit", "coercion", "tying-hands")) {
            CrisisAnalysis.CrisisReport r = CrisisAnalysis.analyze(sc, spec(CrisisFixtures.entry("g", t)));
            assertEquals(2, r.stances().size());
            assertTrue(r.isVerified(), t);
            for (CrisisAnalysis.StanceOutcome s : r.stances()) {
                assertEquals(1.0, s.pDeal() + s.pEscalation() + s.pStatusQuo(), 1e-12, t);
                assertEquals(List.of(CrisisOutcome.DEAL, CrisisOutcome.ESCALATION, CrisisOutcome.STATUS_QUO),
                        List.copyOf(s.categories().keySet()));
            }
        }
    }

    @Test
    void crisisLeverFindsWhereTheOutcomeFlips() {
        // coercion with the section 5.3 payoffs but prior from the scenario: the US shifts outright once
        // π = s_C · p exceeds μ* = 1/2, so lowering the DPRK's salience (hence π) below the threshold flips
        // the most likely outcome away from a deal
        Map<String, Object> e = CrisisFixtures.entry("g", "coercion");
        Map<String, Object> ps = new LinkedHashMap<>();
        double[] v = {5, 0, 10, 6, 4, 0, 1, -5, 1, 6, 0};
        for (int i = 0; i < v.length; i++) {
            ps.put(TwoTypeCrisis.NAMES.get(i + 1), v[i]);
        }
        ps.put("win_probability", 0.625);
        e.put("parameters", ps);
        GameSpec g = spec(e);
        LeverOutcome o = CrisisAnalysis.lever(sc, g, "hold", LeverQuery.of("dprk", "sequencing", "salience",
                "outcome != deal"), LeverOptions.DEFAULTS);
        assertEquals("deal", o.current().label()); // π = 0.9 · 0.625 = 0.5625 > 1/2
        Crossing c = o.nearest();
        // threshold: 0.625 s = 1/2 ⇔ s = 0.8 (salience 80); at exactly μ* the US may hold
        assertEquals(80.0, c.threshold(), 1e-3);
        assertTrue(c.reaching() <= 80.0);
        assertEquals(LeverOutcome.Status.REACHABLE, o.status());
        Scenario moved = ScenarioEdits.with(sc, "dprk", "sequencing",
                LeverAttribute.SALIENCE, c.reaching());
        double pDeal = CrisisAnalysis.analyze(moved, g).stance("hold").orElseThrow().pDeal();
        assertTrue(pDeal < 0.5, "re-evaluated at the reported value the target holds: P(deal) = " + pDeal);
        // stance null: the defender's own position is the stance, so moving it moves the game
        LeverOutcome us = CrisisAnalysis.lever(sc, spec(CrisisFixtures.entry("h", "iig-logit")), null,
                LeverQuery.of("usa", "sequencing", "position", "p_deal >= 0.99"), LeverOptions.DEFAULTS.withGridPoints(41));
        double lo = us.scan().stream().mapToDouble(p -> p.reading().value()).min().orElseThrow();
        double hi = us.scan().stream().mapToDouble(p -> p.reading().value()).max().orElseThrow();
        assertTrue(hi - lo > 0.01, "P(deal) responds to the US position: " + lo + " .. " + hi);
        assertEquals("defender position", us.provenance().parameters().get("responder.stance"));
        assertThrows(InvalidAnalysisInputException.class, () -> CrisisAnalysis.lever(sc, g, "nope",
                LeverQuery.of("dprk", "sequencing", "salience", "p_deal >= 0.5"), LeverOptions.DEFAULTS));
        assertThrows(InvalidAnalysisInputException.class, () -> CrisisAnalysis.lever(sc, g, "hold",
                LeverQuery.of("dprk", "sequencing", "salience", "forecast >= 0.5"), LeverOptions.DEFAULTS));
    }
}
