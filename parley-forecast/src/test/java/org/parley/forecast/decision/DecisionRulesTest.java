package org.parley.forecast.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.forecast.Agreement;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.TestScenarios;
import org.parley.forecast.baseline.CompromiseModel;
import org.parley.forecast.baseline.WeightedMedianModel;
import org.parley.forecast.eu.ExpectedUtilityModel;
import org.parley.forecast.nash.NashBargainingModel;
import org.parley.forecast.procedural.ProceduralModel;
import org.parley.scenario.DecisionStructure;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.VotingBody;
import org.parley.scenario.VotingRule;

/** Win-sets, the decision stage and the procedural model, with hand-computed known answers. */
class DecisionRulesTest {
    static final double EXACT = 0.0;

    /** Actors a (setter), b, c with ideals xa, xb, xc; status quo q; unanimity of {b, c}; a proposes. */
    static Scenario setterCase(double q, double xa, double xb, double xc) {
        Scenario s = TestScenarios.oneIssue(new Scale(-100, 100, "", ""), q, new String[] {"a", "b", "c"},
                new double[] {1, 1, 1}, new double[] {xa, xb, xc}, new double[] {50, 50, 50});
        DecisionStructure d = new DecisionStructure(List.of(VotingBody.of(VotingRule.UNANIMITY, List.of("b", "c"))),
                "a", null, "");
        return s.withIssues(List.of(s.issues().get(0).withDecision(d)));
    }

    @Test
    void unanimityWinSetAndSetterProposalKnownAnswer() {
        // ../shared/models/README.md §6.4: q = 0, A = 80, B = 30, C = 60: B accepts (0, 60), C (0, 120); W = (0, 60);
        // the setter proposes 60 (the supremum of the open set)
        Scenario s = setterCase(0, 80, 30, 60);
        AcceptableSet w = AcceptableSet.of(s.slice(TestScenarios.ISSUE), s.issues().get(0).decision());
        assertEquals(0, w.left(), EXACT);
        assertEquals(60, w.right(), EXACT);
        assertFalse(w.isEmpty());
        IssueForecast f = new ProceduralModel().forecastIssue(s.slice(TestScenarios.ISSUE));
        assertEquals(60, f.outcome(), EXACT);
        assertEquals(Agreement.Status.AGREEMENT, f.agreement().status());
        assertEquals(List.of(), f.agreement().blockers());
    }

    @Test
    void vetoPlayersOnBothSidesMeanNoAgreement() {
        // §6.4: with B = -10, B prefers only x < 0 and C only x > 0: W is empty, the outcome is q = 0, blocked by B and C
        Scenario s = setterCase(0, 80, -10, 60);
        IssueForecast f = new ProceduralModel().forecastIssue(s.slice(TestScenarios.ISSUE));
        assertEquals(0, f.outcome(), EXACT);
        assertEquals(Agreement.Status.NO_AGREEMENT, f.agreement().status());
        assertEquals(List.of("b", "c"), f.agreement().blockers());
        // the vote-like models now say the same: their influence-stage answers lie outside the acceptable set
        for (var m : List.of(new CompromiseModel(), new WeightedMedianModel(), new ExpectedUtilityModel())) {
            IssueForecast g = m.forecast(s).issues().get(0);
            assertEquals(0, g.outcome(), EXACT, m.info().id());
            assertEquals(Agreement.Status.NO_AGREEMENT, g.agreement().status(), m.info().id());
            assertEquals(List.of("b", "c"), g.agreement().blockers(), m.info().id());
        }
        IssueForecast nash = new NashBargainingModel().forecast(s).issues().get(0);
        assertEquals(0, nash.outcome(), EXACT);
        assertEquals(Agreement.Status.NO_AGREEMENT, nash.agreement().status());
    }

    @Test
    void decisionStageMovesAnUnacceptableForecastToTheNearestAcceptablePoint() {
        // compromise of 80, 30, 60 with equal weights is 56.67, inside W = [0, 60]: unchanged
        Scenario s = setterCase(0, 80, 30, 60);
        IssueForecast c = new CompromiseModel().forecast(s).issues().get(0);
        assertEquals((80 + 30 + 60) / 3.0, c.outcome(), 1e-12);
        assertEquals(Agreement.Status.AGREEMENT, c.agreement().status());
        // with the setter at 100 the median of 100, 30, 60 is 60 = the bound; with c at 40 the bound is 60 (b: 2*30)
        Scenario t = setterCase(0, 100, 30, 40);
        // W: b accepts (0, 60), c accepts (0, 80): W = (0, 60); compromise (100 + 30 + 40)/3 = 56.67 is inside
        assertEquals(170 / 3.0, new CompromiseModel().forecast(t).issues().get(0).outcome(), 1e-12);
        Scenario u = setterCase(0, 100, 20, 100);
        // W: b accepts (0, 40), c accepts (0, 200): W = (0, 40); compromise 220/3 = 73.3 is moved to 40
        IssueForecast cu = new CompromiseModel().forecast(u).issues().get(0);
        assertEquals(40, cu.outcome(), EXACT);
        assertEquals(Agreement.Status.AGREEMENT, cu.agreement().status());
        // ignoring the rule gives the old answer
        IssueForecast old = new CompromiseModel(new CompromiseModel.Options(
                org.parley.forecast.WeightScheme.CAPABILITY_TIMES_SALIENCE, DecisionReading.IGNORE)).forecast(u)
                .issues().get(0);
        assertEquals(220 / 3.0, old.outcome(), 1e-12);
        assertSame(Agreement.Status.NOT_MODELLED, old.agreement().status());
    }

    @Test
    void qualifiedMajorityPivotsKnownAnswer() {
        // five voters with ideals 10, 20, 30, 40, 50 and votes 1, 2, 3, 4, 5 (15 in all), q = 0, threshold 10:
        // reflections 2x - q = 100, 80, 60, 40, 20; from the top the votes add 5, 9, 12 >= 10 at x = 30: right bound 60
        Scenario s = TestScenarios.oneIssue(Scale.DEFAULT, 0, new String[] {"v1", "v2", "v3", "v4", "v5"},
                new double[] {1, 1, 1, 1, 1}, new double[] {10, 20, 30, 40, 50}, new double[] {50, 50, 50, 50, 50});
        Map<String, Double> votes = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            votes.put("v" + i, (double) i);
        }
        DecisionStructure qmv = new DecisionStructure(List.of(VotingBody.weighted(VotingRule.QUALIFIED_MAJORITY, votes,
                10)), null, null, "QMV");
        Scenario sq = s.withIssues(List.of(s.issues().get(0).withDecision(qmv)));
        AcceptableSet w = AcceptableSet.of(sq.slice(TestScenarios.ISSUE), qmv);
        assertEquals(60, w.right(), EXACT);
        assertEquals(0, w.left(), EXACT);
        // simple majority (more than 7.5): 5 + 4 = 9 > 7.5 at x = 40: right bound 80
        DecisionStructure maj = new DecisionStructure(List.of(VotingBody.weighted(VotingRule.MAJORITY, votes, 0)),
                null, null, "");
        assertEquals(80, AcceptableSet.of(sq.slice(TestScenarios.ISSUE), maj).right(), EXACT);
        // procedural without a setter: vote-weighted median of the ideals (40: 1+2+3 = 6 < 7.5, +4 = 10 > 7.5) in [0, 60]
        IssueForecast f = new ProceduralModel().forecastIssue(sq.slice(TestScenarios.ISSUE));
        assertEquals(40, f.outcome(), EXACT);
        assertTrue(f.agreement().status() == Agreement.Status.AGREEMENT);
    }

    @Test
    void consultationCoreBoundsTheSetter() {
        // a majority Council {b, c, d} with ideals 10, 20, 30 and q = 0; the Commission a at 90 proposes.
        // W (more than 1.5 of 3 votes): reflections 60, 40, 20 -> 2 votes at x < 40: right bound 40. The Council can
        // amend by unanimity within [10, 30], so the setter proposes 30 (no amendment: 40).
        Scenario s = TestScenarios.oneIssue(Scale.DEFAULT, 0, new String[] {"a", "b", "c", "d"},
                new double[] {1, 1, 1, 1}, new double[] {90, 10, 20, 30}, new double[] {50, 50, 50, 50});
        DecisionStructure d = new DecisionStructure(List.of(VotingBody.of(VotingRule.MAJORITY, List.of("b", "c", "d"))),
                "a", null, "CNS");
        Scenario sd = s.withIssues(List.of(s.issues().get(0).withDecision(d)));
        assertEquals(30, new ProceduralModel().forecastIssue(sd.slice(TestScenarios.ISSUE)).outcome(), EXACT);
        assertEquals(40, new ProceduralModel(new ProceduralModel.Options(ProceduralModel.Amendment.NONE,
                org.parley.forecast.WeightScheme.CAPABILITY)).forecastIssue(sd.slice(TestScenarios.ISSUE)).outcome(), EXACT);
    }

    @Test
    void withoutAStructureEveryModelBehavesAsBefore() {
        Scenario s = TestScenarios.ecEmissions();
        assertEquals(new CompromiseModel().forecastIssue(s.slice(s.issues().get(0).id())).outcome(),
                new CompromiseModel().forecast(s).issues().get(0).outcome(), EXACT);
        assertSame(Agreement.Status.NOT_MODELLED, new ExpectedUtilityModel().forecast(s).issues().get(0).agreement().status());
    }

    @Test
    void structuresAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> VotingBody.of(VotingRule.SINGLE, List.of("a", "b")));
        assertThrows(IllegalArgumentException.class,
                () -> VotingBody.weighted(VotingRule.QUALIFIED_MAJORITY, Map.of("a", 1.0), 2));
        assertThrows(IllegalArgumentException.class, () -> new DecisionStructure(List.of(), null, null, ""));
        Scenario s = setterCase(0, 80, 30, 60);
        DecisionStructure unknown = new DecisionStructure(List.of(VotingBody.of(VotingRule.SINGLE, List.of("zz"))),
                null, null, "");
        var e = assertThrows(IllegalArgumentException.class,
                () -> AcceptableSet.of(s.slice(TestScenarios.ISSUE), unknown));
        assertTrue(e.getMessage().contains("zz"), e.getMessage());
    }
}
