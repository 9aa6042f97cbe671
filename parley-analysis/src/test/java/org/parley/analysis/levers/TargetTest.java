package org.parley.analysis.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TargetTest {
    @Test
    void parsesNumericAndCategoricalTargets() {
        Target t = Target.parse(">= 50");
        assertNull(t.metric());
        assertEquals(Target.Comparison.GE, t.comparison());
        assertTrue(t.test(Reading.of(50)));
        assertFalse(t.test(Reading.of(49.999)));
        assertFalse(t.test(Reading.of(Double.NaN)));
        assertTrue(Target.parse("<=30").test(Reading.of(30)));
        assertFalse(Target.parse("> 40").test(Reading.of(40)));
        assertTrue(Target.parse("< 40.5").test(Reading.of(40)));
        Target p = Target.parse("p_deal >= 0.5");
        assertEquals("p_deal", p.metric());
        assertEquals(0.5, p.threshold());
        Target d = Target.parse("outcome == deal");
        assertTrue(d.isCategorical());
        assertTrue(d.test(new Reading(0.7, "deal")));
        assertFalse(d.test(new Reading(0.7, "escalation")));
        assertFalse(d.test(Reading.of(1)));
        assertTrue(Target.parse("outcome != war").test(new Reading(Double.NaN, "deal")));
        assertEquals("outcome == deal", d.toString());
        assertEquals(">= 50", t.toString());
    }

    @Test
    void rejectsMeaninglessTargets() {
        assertThrows(IllegalArgumentException.class, () -> Target.parse("== 50"));
        assertThrows(IllegalArgumentException.class, () -> Target.parse(">= deal"));
        assertThrows(IllegalArgumentException.class, () -> Target.parse("50"));
        assertThrows(IllegalArgumentException.class, () -> Target.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Attribute.parse("power"));
    }
}
