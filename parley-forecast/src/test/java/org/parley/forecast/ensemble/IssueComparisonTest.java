package org.parley.forecast.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.ModelInfo;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.Stance;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;

class IssueComparisonTest {
    private static final String HASH = "3f5a0c1e9b7d2468ace013579bdf2468ace013579bdf2468ace013579bdf2468";

    private static Stance stance(String issue, double x, double s) {
        return new Stance(issue, Estimate.of(x), Estimate.of(s), null, "", List.of());
    }

    /** Three actors on two issues: "tariff" (status quo 40) and "talks" (no status quo; eu takes no stance). */
    private static Scenario scenario() {
        List<Actor> actors = List.of(
                new Actor("usa", "United States", List.of(), Estimate.of(100), "", List.of(),
                        Map.of("tariff", stance("tariff", 20, 80), "talks", stance("talks", 70, 50))),
                new Actor("chn", "China", List.of(), Estimate.of(80), "", List.of(),
                        Map.of("tariff", stance("tariff", 80, 60), "talks", stance("talks", 30, 90))),
                new Actor("eu", "European Union", List.of(), Estimate.of(60), "", List.of(),
                        Map.of("tariff", stance("tariff", 50, 40))));
        List<Issue> issues = List.of(
                new Issue("tariff", "Tariff level", "", new Scale(0, 100, "free trade", "prohibitive"),
                        Estimate.of(40), null, List.of()),
                new Issue("talks", "Talks format", "", Scale.DEFAULT, null, null, List.of()));
        return new Scenario(new Metadata("Trade talks", null, "", List.of()), issues, actors);
    }

    private static Forecast forecast(String model, double tariff, double talks) {
        List<IssueForecast> issues = new ArrayList<>();
        issues.add(new IssueForecast("tariff", tariff, null, List.of("usa", "chn", "eu"), List.of(), List.of(),
                List.of(), IssueForecast.Convergence.CLOSED_FORM));
        issues.add(new IssueForecast("talks", talks, null, List.of("usa", "chn"), List.of(), List.of(), List.of(),
                IssueForecast.Convergence.CLOSED_FORM));
        return new Forecast(new ModelInfo(model, "Model " + model, "1.0", ""), issues,
                new RunContext(InputKind.SCENARIO, HASH, java.time.Instant.EPOCH, null, null)
                        .provenance(model, "1.0", new TreeMap<>()));
    }

    private static List<Forecast> forecasts() {
        return List.of(forecast("compromise", 45.25, 44.4), forecast("median", 50, 30), forecast("eu", 52.5, 33.3));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, IssueComparison.median(new double[]{3, 1, 2}));
        assertEquals(2.5, IssueComparison.median(new double[]{4, 1, 3, 2}));
        assertTrue(Double.isNaN(IssueComparison.median(new double[0])));
    }

    @Test
    void gainIsReductionOfDistanceToTheActorsPosition() {
        // status quo 40, actor at 20: outcome 30 is 10 closer, outcome 60 is 20 farther
        assertEquals(10.0, IssueComparison.gain(40, 20, 30));
        assertEquals(-20.0, IssueComparison.gain(40, 20, 60));
        assertEquals(0.0, IssueComparison.gain(40, 20, 40));
    }

    @Test
    void spreadMedianAndVerdictsOnTheFixture() {
        List<IssueComparison> all = IssueComparison.of(scenario(), forecasts());
        IssueComparison tariff = all.get(0);
        assertEquals("tariff", tariff.issueId());
        assertEquals(3, tariff.outcomes().size());
        assertEquals(45.25, tariff.min());
        assertEquals(52.5, tariff.max());
        assertEquals(50.0, tariff.median());
        assertEquals(0.5, tariff.neutralBand(), 1e-12);
        // status quo 40, median 50: usa at 20 loses 10, chn at 80 gains 10, eu at 50 gains 10
        IssueComparison.ActorGain usa = tariff.gains().get(0);
        assertEquals(-10.0, usa.gain());
        assertEquals(IssueComparison.Verdict.LOSES, usa.verdict());
        assertEquals(List.of(-5.25, -10.0, -12.5), usa.gainByModel());
        assertEquals(IssueComparison.Verdict.GAINS, tariff.gains().get(1).verdict());
        assertEquals(100 * 80.0, usa.weight());

        IssueComparison talks = all.get(1);
        assertTrue(!talks.hasStatusQuo());
        assertEquals(2, talks.gains().size(), "only actors with a stance on the issue");
        assertEquals(IssueComparison.Verdict.NO_STATUS_QUO, talks.gains().get(0).verdict());
        assertEquals(33.3, talks.median());
    }

    @Test
    void gainsWithinTheNeutralBandCountAsUnchanged() {
        assertEquals(IssueComparison.Verdict.UNCHANGED, IssueComparison.verdict(0.5, true, 0.5));
        assertEquals(IssueComparison.Verdict.GAINS, IssueComparison.verdict(0.51, true, 0.5));
        assertEquals(IssueComparison.Verdict.LOSES, IssueComparison.verdict(-0.51, true, 0.5));
        assertEquals(IssueComparison.Verdict.NO_FORECAST, IssueComparison.verdict(Double.NaN, true, 0.5));
    }

    @Test
    void noForecastsGiveAnEmptySpread() {
        IssueComparison s = IssueComparison.of(scenario(), "tariff", List.of());
        assertTrue(Double.isNaN(s.min()) && Double.isNaN(s.max()) && Double.isNaN(s.median()));
        assertEquals(IssueComparison.Verdict.NO_FORECAST, s.gains().get(0).verdict());
    }
}
