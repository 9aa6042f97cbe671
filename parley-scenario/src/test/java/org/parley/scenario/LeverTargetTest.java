package org.parley.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class LeverTargetTest {
    @Test
    void parsesNumericAndCategoricalTargets() {
        LeverTarget t = LeverTarget.parse(">= 50");
        assertNull(t.metric());
        assertEquals(LeverTarget.Comparison.GE, t.comparison());
        assertTrue(t.test(50, null));
        assertFalse(t.test(49.999, null));
        assertFalse(t.test(Double.NaN, null));
        assertTrue(LeverTarget.parse("<=30").test(30, null));
        assertFalse(LeverTarget.parse("> 40").test(40, null));
        assertTrue(LeverTarget.parse("< 40.5").test(40, null));
        LeverTarget p = LeverTarget.parse("p_deal >= 0.5");
        assertEquals(LeverTarget.Metric.P_DEAL, p.metric());
        assertEquals(0.5, p.threshold());
        assertEquals(LeverTarget.Metric.FORECAST, LeverTarget.parse("Forecast < 3").metric());
        LeverTarget d = LeverTarget.parse("outcome == deal");
        assertTrue(d.isCategorical());
        assertTrue(d.test(0.7, "deal"));
        assertTrue(d.test(0.7, "Deal"));
        assertFalse(d.test(0.7, "escalation"));
        assertFalse(d.test(1, null));
        assertTrue(LeverTarget.parse("outcome != war").test(Double.NaN, "deal"));
        assertEquals("outcome == deal", d.toString());
        assertEquals(">= 50", t.toString());
        assertEquals("p_deal >= 0.5", LeverTarget.parse("p_deal>=.50").toString());
    }

    @Test
    void rejectsMeaninglessTargets() {
        for (String bad : List.of("== 50", ">= deal", "50", "", "=> 50", "power >= 3", ">= NaN")) {
            assertThrows(IllegalArgumentException.class, () -> LeverTarget.parse(bad), bad);
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LeverTarget.parse("power >= 3")).getMessage()
                .contains("unknown metric 'power'"));
        assertThrows(IllegalArgumentException.class, () -> LeverAttribute.parse("power"));
        assertEquals(LeverAttribute.SALIENCE, LeverAttribute.parse(" Salience "));
    }

    /** The canonical expression parses back to the same target (the digest relies on it). */
    @Property(tries = 200)
    void canonicalFormRoundTrips(@ForAll @DoubleRange(min = -1e6, max = 1e6) double threshold,
                                 @ForAll LeverTarget.Comparison comparison, @ForAll boolean withMetric) {
        LeverTarget t = comparison == LeverTarget.Comparison.EQ || comparison == LeverTarget.Comparison.NE
                ? new LeverTarget(withMetric ? LeverTarget.Metric.OUTCOME : null, comparison, Double.NaN, "status quo")
                : new LeverTarget(withMetric ? LeverTarget.Metric.P_DEAL : null, comparison, threshold, null);
        assertEquals(t, LeverTarget.parse(t.toString()));
    }
}
