package org.parley.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.analysis.crisis.CrisisOutcome;

/** Parsing and evaluating zone conditions against a layout. */
class ZoneConditionTest {
    static final OutputLayout LAYOUT = new OutputLayout(List.of(OutputId.forecast("eu", "seq"),
            OutputId.agreement("eu", "seq"), OutputId.forecast("nash", "seq"), OutputId.agreement("nash", "seq"),
            OutputId.crisis(OutputKind.P_DEAL, "g", "seq", "hold"),
            OutputId.crisis(OutputKind.MODAL_OUTCOME, "g", "seq", "hold")));
    //                      eu    eu-ag  nash  nash-ag  p_deal  modal
    static final double[] ROW = {50.0, 0.0, 30.0, Double.NaN, 0.4, CrisisOutcome.ESCALATION.ordinal()};

    static int test(String expr, String model) {
        return ZoneCondition.parse(expr, LAYOUT).test(ROW, 0, LAYOUT, model);
    }

    @Test
    void comparisonsAndConnectives() {
        assertEquals(1, test("eu.seq >= 45", null));
        assertEquals(0, test("nash.seq >= 45", null));
        assertEquals(1, test("eu.seq in [40, 60] and not nash.seq > 40", null));
        assertEquals(1, test("(eu.seq < 10 or g.hold.p_deal < 0.5) and g.hold.outcome == escalation", null));
        assertEquals(1, test("g.hold.outcome != status quo", null));
        assertEquals(0, test("g.hold.outcome == deal", null));
    }

    @Test
    void issueWithoutModelIsEvaluatedPerModel() {
        ZoneCondition c = ZoneCondition.parse("seq >= 45", LAYOUT);
        assertTrue(c.perModel());
        assertEquals(1, c.test(ROW, 0, LAYOUT, "eu"));
        assertEquals(0, c.test(ROW, 0, LAYOUT, "nash"));
        assertFalse(ZoneCondition.parse("eu.seq >= 45", LAYOUT).perModel());
    }

    @Test
    void missingValuesLeaveTheSampleOut() {
        assertEquals(0, test("seq.agreement == no_agreement", "eu"));
        assertEquals(-1, test("seq.agreement == no_agreement", "nash")); // nash does not say
        assertEquals(-1, test("eu.seq > 1 or nash.seq.agreement == agreement", null));
    }

    @Test
    void errorsNameTheColumnAndWhatWasExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> test("eu.nowhere >= 3", null));
        assertTrue(e.getMessage().contains("column 1") && e.getMessage().contains("unknown reference"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> test("eu.seq == 3", null));
        assertTrue(e.getMessage().contains("not compared with =="), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> test("eu.seq >= ", null));
        assertTrue(e.getMessage().contains("expected a number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> test("g.hold.outcome == peace", null));
        assertTrue(e.getMessage().contains("deal"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> test("eu.seq in [5, 1]", null));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
}
