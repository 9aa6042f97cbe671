package org.parley.forecast.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Forecast;
import org.parley.forecast.baseline.WeightedMedianModel;
import org.parley.forecast.eu.ExpectedUtilityModel;
import org.parley.scenario.Scenario;
import org.parley.scenario.io.ScenarioReader;

/** The progress hook of {@link IssueLoop}: one call per issue and model, in order, scoped to the observed call. */
class IssueLoopListenerTest {
    private static final Scenario TWO_ISSUES = new ScenarioReader().read("""
            metadata: {title: Two issues}
            issues:
              - {id: fee, label: Fee}
              - {id: jobs, label: Jobs}
            actors:
              - {id: a, name: A, capability: 60, positions: {fee: [35, 80], jobs: [60, 40]}}
              - {id: b, name: B, capability: 80, positions: {fee: [5, 90], jobs: [20, 50]}}
              - {id: c, name: C, capability: 25, positions: {fee: [25, 30], jobs: [95, 100]}}
            """, "two-issues.yaml");

    @Test
    void toldOfEveryIssueOfEveryModelInOrderThenForgotten() {
        List<BargainingModel> models = List.of(new WeightedMedianModel(), new ExpectedUtilityModel());
        List<String> seen = new ArrayList<>();
        List<Forecast> out = IssueLoop.observed((model, issue) -> seen.add(model.id() + "/" + issue), () -> {
            List<Forecast> fs = new ArrayList<>();
            for (BargainingModel m : models) {
                fs.add(m.forecast(TWO_ISSUES, BargainingModel.runOf(TWO_ISSUES)));
            }
            return fs;
        });
        assertEquals(2, out.size());
        assertEquals(List.of("median/fee", "median/jobs", "eu/fee", "eu/jobs"), seen);
        new ExpectedUtilityModel().forecast(TWO_ISSUES, BargainingModel.runOf(TWO_ISSUES));
        assertEquals(4, seen.size(), "no listener outside observed(...)");
    }

    @Test
    void nestedListenersRestoreTheOuterOne() {
        List<String> outer = new ArrayList<>(), inner = new ArrayList<>();
        IssueLoop.observed((m, i) -> outer.add(i), () -> {
            IssueLoop.observed((m, i) -> inner.add(i), () -> new WeightedMedianModel().forecast(TWO_ISSUES,
                    BargainingModel.runOf(TWO_ISSUES)));
            return new WeightedMedianModel().forecast(TWO_ISSUES, BargainingModel.runOf(TWO_ISSUES));
        });
        assertEquals(List.of("fee", "jobs"), inner);
        assertEquals(List.of("fee", "jobs"), outer);
    }
}
