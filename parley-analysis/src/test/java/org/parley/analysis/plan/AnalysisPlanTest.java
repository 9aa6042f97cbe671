package org.parley.analysis.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.analysis.InvalidAnalysisInputException;
import org.parley.analysis.crisis.CrisisAnalysis;
import org.parley.analysis.levers.LeverOptions;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.LeverResult;
import org.parley.analysis.levers.Levers;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Models;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.scenario.LeverAttribute;
import org.parley.scenario.LeverQuestion;
import org.parley.scenario.LeverTarget;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.scenario.io.ReadResult;
import org.parley.scenario.io.ScenarioFormatException;
import org.parley.scenario.io.ScenarioReader;

class AnalysisPlanTest {
    private static final LeverOptions FAST = LeverOptions.DEFAULTS.withGridPoints(41);

    /** Three actors at 10, 40, 90 with weights 1, 1, c on one issue: the median moves at c = 2 (levers.md). */
    private static final String TEXT = """
            metadata: {title: Plan}
            issues: [{id: x, status_quo: 20}]
            actors:
              - {id: a, capability: 1, positions: {x: [10, 100]}}
              - {id: b, capability: 1, positions: {x: [40, 100]}}
              - {id: c, capability: 1, positions: {x: [90, 100]}}
            games:
              - {id: g, template: coercion, challenger: c, defender: a, issue: x, stances: {hold: 10, shift: 50}}
            levers:
              - {actor: c, issue: x, attribute: capability, target: ">= 60", models: [median]}
              - {actor: c, issue: x, attribute: position, target: outcome == status_quo, game: g, stance: hold}
              - {actor: a, issue: x, attribute: position, target: "<= -5"}
            """;

    private static ReadResult read() {
        return new ScenarioReader().readWithWarnings(TEXT, "plan.yaml");
    }

    private static RunContext run(Scenario s) {
        return RunContext.of(InputKind.SCENARIO, ScenarioDigest.sha256(s));
    }

    @Test
    void bindsEveryLeverToItsGame() {
        AnalysisPlan plan = AnalysisPlan.read(read(), Models.IDS);
        assertEquals(read().scenario().games(), plan.games());
        assertEquals(3, plan.levers().size());
        LeverSpec l0 = plan.levers().get(0);
        assertEquals("/levers/0", l0.pointer());
        assertEquals(List.of("median"), l0.models());
        assertFalse(l0.isGameLever());
        LeverSpec l1 = plan.levers().get(1);
        assertTrue(l1.isGameLever());
        assertEquals("g", l1.game().id());
        assertEquals("hold", l1.stance());
        assertEquals("status quo", l1.query().target().label());
        assertEquals(LeverAttribute.POSITION, l1.query().attribute());
    }

    @Test
    void modelLeverIsLevers_find() {
        Scenario s = read().scenario();
        AnalysisPlan plan = AnalysisPlan.read(read(), Models.IDS);
        List<BargainingModel> median = List.of(Models.byId("median"));
        RunContext run = run(s);
        LeverAnswer a = AnalysisPlan.runLever(s, plan.levers().get(0), median, FAST, run);
        LeverResult direct = Levers.find(s, plan.levers().get(0).query(), median, FAST, run);
        assertEquals(direct, a.result());
        // the weighted median reaches 90 exactly where c's weight passes half of the total: capability 2
        LeverOutcome o = a.result().outcomes().get(0);
        assertEquals(LeverOutcome.Status.REACHABLE, o.status());
        assertEquals(2.0, o.nearest().threshold(), 1e-5);
        assertEquals(ScenarioDigest.sha256(s), o.provenance().inputSha256());
    }

    @Test
    void gameLeverWrapsTheCrisisLever() {
        Scenario s = read().scenario();
        AnalysisPlan plan = AnalysisPlan.read(read(), Models.IDS);
        LeverSpec spec = plan.levers().get(1);
        RunContext run = run(s);
        LeverAnswer a = AnalysisPlan.runLever(s, spec, List.of(), FAST, run);
        assertEquals(1, a.result().outcomes().size());
        assertEquals("g", a.result().outcomes().get(0).responderId());
        assertEquals(90.0, a.result().currentValue());
        LeverOutcome direct = CrisisAnalysis.lever(s, spec.game(), "hold", spec.query(), FAST, run);
        assertEquals(direct, a.result().outcomes().get(0));
    }

    @Test
    void unreachableTargetsHaveNoRequiredChange() {
        Scenario s = read().scenario();
        AnalysisPlan plan = AnalysisPlan.read(read(), Models.IDS);
        LeverAnswer a = AnalysisPlan.runLever(s, plan.levers().get(2), List.of(Models.byId("median")), FAST, run(s));
        LeverOutcome o = a.result().outcomes().get(0);
        assertEquals(LeverOutcome.Status.UNREACHABLE, o.status());
        assertTrue(Double.isNaN(o.requiredChange()));
        assertEquals(null, o.nearest());
    }

    @Test
    void runGamesAnalysesEveryStance() {
        Scenario s = read().scenario();
        var reports = AnalysisPlan.read(read(), Models.IDS).runGames(s);
        assertEquals(1, reports.size());
        assertEquals(List.of("hold", "shift"), reports.get(0).stances().stream().map(x -> x.name()).toList());
        assertTrue(reports.get(0).isVerified());
    }

    @Test
    void modelIdsAreCheckedOnlyAgainstAList() {
        Scenario s = new ScenarioReader().read(TEXT.replace("models: [median]", "models: [mine]"), "m.yaml");
        assertEquals(3, AnalysisPlan.of(s, null).levers().size());
        InvalidAnalysisInputException e = assertThrows(InvalidAnalysisInputException.class,
                () -> AnalysisPlan.of(s, Models.IDS));
        assertEquals("/levers/0/models/0", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().startsWith("unknown model 'mine'; known models: "),
                e.getMessage());
    }

    @Test
    void unknownModelsAreLocatedInTheFile() {
        ReadResult r = new ScenarioReader().readWithWarnings(TEXT.replace("models: [median]", "models: [median, x]"),
                "m.yaml");
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> AnalysisPlan.read(r, Models.IDS));
        assertEquals(List.of("m.yaml:10:83: /levers/0/models/1: unknown model 'x'; known models: "
                + String.join(", ", Models.IDS)), e.problems().stream().map(p -> p.format()).toList());
    }

    @Test
    void commandLineQuestionsUseTheirOwnPrefix() {
        Scenario s = read().scenario();
        LeverQuestion q = new LeverQuestion("a", "x", LeverAttribute.POSITION, LeverTarget.parse(">= 1"),
                List.of("eu", "kalman"), null, null, "");
        InvalidAnalysisInputException e = assertThrows(InvalidAnalysisInputException.class,
                () -> AnalysisPlan.lever(s, q, "", Models.IDS));
        assertEquals(List.of("/models/1"), e.problems().stream().map(p -> p.path()).toList());
        LeverQuestion onGame = new LeverQuestion("a", "x", LeverAttribute.POSITION, LeverTarget.parse("p_deal > 0.5"),
                List.of(), "g", null, "");
        assertEquals(s.game("g").orElseThrow(), AnalysisPlan.lever(s, onGame, "", Models.IDS).game());
    }

    @Test
    void problemsWithoutADocumentAreUnlocated() {
        ReadResult bare = new ReadResult(new ScenarioReader().read(TEXT.replace("models: [median]", "models: [x]"),
                "n"), List.of());
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> AnalysisPlan.read(bare, Models.IDS));
        assertFalse(e.problems().get(0).hasLocation());
    }
}
