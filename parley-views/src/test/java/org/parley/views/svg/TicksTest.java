package org.parley.views.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void aroundCoversTheScaleWithNiceSteps() {
        assertEquals(List.of(0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0),
                Ticks.around(0, 100, 10));
        assertEquals(List.of(-1.0, -0.5, 0.0, 0.5, 1.0), Ticks.around(-1, 1, 4));
        assertEquals(List.of(0.0, 2.0, 4.0, 6.0), Ticks.around(0, 7, 4));
    }

    @Test
    void atLeastGivesAboutFiveTicks() {
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0), Ticks.atLeast(0, 100));
        assertEquals(List.of(0.0, 2.0, 4.0, 6.0), Ticks.atLeast(0, 7));
    }

    @Test
    void anyFiniteRangeGivesFewTicksQuickly() {
        double[][] ranges = {{-1e308, 1e308}, {-Double.MAX_VALUE, Double.MAX_VALUE}, {1e300, 1e300 * (1 + 1e-15)},
            {0, Double.MIN_VALUE}, {-5e-324, 5e-324}, {1e20, 1e20 + 1e5}, {0, 1e-300}};
        for (double[] r : ranges) {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
                for (List<Double> t : List.of(Ticks.around(r[0], r[1], 10), Ticks.atLeast(r[0], r[1]))) {
                    org.junit.jupiter.api.Assertions.assertTrue(t.size() <= Ticks.MAX_TICKS, t::toString);
                    for (double v : t) {
                        org.junit.jupiter.api.Assertions.assertTrue(Double.isFinite(v) && v >= r[0] * (1 + 1e-9)
                                - 1e-300 || v >= r[0], () -> v + " outside " + r[0] + ".." + r[1]);
                    }
                }
            });
        }
    }
}
