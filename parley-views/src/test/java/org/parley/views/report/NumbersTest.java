package org.parley.views.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void formatsWithoutTrailingZerosAndLocaleIndependent() {
        assertEquals("40", Numbers.format(40));
        assertEquals("40.5", Numbers.format(40.5));
        assertEquals("40.26", Numbers.format(40.255));
        assertEquals("0", Numbers.format(-0.001));
        assertEquals("1200", Numbers.format(1200));
        assertEquals("\u2014", Numbers.format(Double.NaN));
        assertEquals("+3.5", Numbers.signed(3.5));
        assertEquals("\u22122", Numbers.signed(-2));
        assertEquals("0", Numbers.signed(0.0001));
    }

    @Test
    void niceTicksCoverTheScale() {
        assertEquals(List.of(0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0),
                Charts.ticks(0, 100, 10));
        assertEquals(List.of(-1.0, -0.5, 0.0, 0.5, 1.0), Charts.ticks(-1, 1, 4));
        assertEquals(List.of(0.0, 2.0, 4.0, 6.0), Charts.ticks(0, 7, 4));
    }
}
