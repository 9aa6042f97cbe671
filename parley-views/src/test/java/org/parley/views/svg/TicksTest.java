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
}
