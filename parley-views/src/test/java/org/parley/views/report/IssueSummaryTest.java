package org.parley.views.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IssueSummaryTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, IssueSummary.median(new double[]{3, 1, 2}));
        assertEquals(2.5, IssueSummary.median(new double[]{4, 1, 3, 2}));
        assertTrue(Double.isNaN(IssueSummary.median(new double[0])));
    }

    @Test
    void gainIsReductionOfDistanceToTheActorsPosition() {
        // status quo 40, actor at 20: outcome 30 is 10 closer, outcome 60 is 20 farther
        assertEquals(10.0, IssueSummary.gain(40, 20, 30));
        assertEquals(-20.0, IssueSummary.gain(40, 20, 60));
        assertEquals(0.0, IssueSummary.gain(40, 20, 40));
    }

    @Test
    void spreadMedianAndVerdictsOnTheFixture() {
        List<IssueSummary> all = IssueSummary.of(Fixtures.scenario(), Fixtures.all());
        IssueSummary tariff = all.get(0);
        assertEquals("tariff", tariff.issueId());
        assertEquals(3, tariff.outcomes().size());
        assertEquals(45.25, tariff.min());
        assertEquals(52.5, tariff.max());
        assertEquals(50.0, tariff.median());
        assertEquals(0.5, tariff.neutralBand(), 1e-12);
        // status quo 40, median 50: usa at 20 loses 10, chn at 80 gains 10, eu at 50 gains 10
        IssueSummary.ActorGain usa = tariff.gains().get(0);
        assertEquals(-10.0, usa.gain());
        assertEquals(IssueSummary.Verdict.LOSES, usa.verdict());
        assertEquals(List.of(-5.25, -10.0, -12.5), usa.gainByModel());
        assertEquals(IssueSummary.Verdict.GAINS, tariff.gains().get(1).verdict());
        assertEquals(100 * 80.0, usa.weight());

        IssueSummary talks = all.get(1);
        assertTrue(!talks.hasStatusQuo());
        assertEquals(2, talks.gains().size(), "only actors with a stance on the issue");
        assertEquals(IssueSummary.Verdict.NO_STATUS_QUO, talks.gains().get(0).verdict());
        assertEquals(33.3, talks.median());
    }

    @Test
    void gainsWithinTheNeutralBandCountAsUnchanged() {
        assertEquals(IssueSummary.Verdict.UNCHANGED, IssueSummary.verdict(0.5, true, 0.5));
        assertEquals(IssueSummary.Verdict.GAINS, IssueSummary.verdict(0.51, true, 0.5));
        assertEquals(IssueSummary.Verdict.LOSES, IssueSummary.verdict(-0.51, true, 0.5));
        assertEquals(IssueSummary.Verdict.NO_FORECAST, IssueSummary.verdict(Double.NaN, true, 0.5));
    }

    @Test
    void noForecastsGiveAnEmptySpread() {
        IssueSummary s = IssueSummary.of(Fixtures.scenario(), "tariff", List.of());
        assertTrue(Double.isNaN(s.min()) && Double.isNaN(s.max()) && Double.isNaN(s.median()));
        assertEquals(IssueSummary.Verdict.NO_FORECAST, s.gains().get(0).verdict());
    }
}
