package org.parley.sweep.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.Stance;
import org.parley.scenario.Uncertainty;
import org.parley.sweep.OutputId;
import org.parley.sweep.OutputLayout;
import org.parley.sweep.sample.InputSpace;
import org.parley.sweep.sample.RangeShape;
import org.parley.sweep.sample.SaltelliDesign;
import org.parley.sweep.sample.SwingDesign;

/**
 * Sobol indices and swings on functions with known answers: f = x1 + 2 x2 + 0·x3 with independent U(0, 1)
 * inputs has S_1 = S_T1 = 1/5, S_2 = S_T2 = 4/5, S_3 = S_T3 = 0 (additive: no interactions); f = x1·x2 with
 * U(0, 1) inputs has S_1 = S_2 = 3/7 and S_T1 = S_T2 = 4/7 (V = 7/144, V_1 = V_2 = 1/48).
 */
class SobolAnalysisTest {
    static InputSpace space() {
        Issue issue = new Issue("i", "i", "", Scale.DEFAULT, null, null, List.of());
        List<Actor> actors = List.of(actor("a"), actor("b"), actor("c"));
        return InputSpace.of(new Scenario(new Metadata("t", null, "", List.of()), List.of(issue), actors),
                RangeShape.UNIFORM);
    }

    static Actor actor(String id) {
        Stance st = new Stance("i", new Estimate(0.5, new Uncertainty.Range(0, 1)), Estimate.of(50), null, "",
                List.of());
        return new Actor(id, null, List.of(), Estimate.of(1), "", List.of(), Map.of("i", st));
    }

    interface F {
        double at(double[] x);
    }

    static double[] rows(SaltelliDesign d, F f) {
        double[] out = new double[(int) d.size()];
        double[] x = new double[d.space().dimension()];
        for (int r = 0; r < out.length; r++) {
            d.point(r, x);
            out[r] = f.at(x);
        }
        return out;
    }

    static final OutputLayout ONE = new OutputLayout(List.of(OutputId.forecast("m", "i")));

    @Test
    void additiveFunction() {
        InputSpace s = space();
        assertEquals(3, s.dimension());
        SaltelliDesign d = new SaltelliDesign(s, 11, 4000);
        SobolIndices idx = SobolAnalysis.indices(d, ONE, rows(d, x -> x[0] + 2 * x[1]), 11, 100).get(0);
        Map<String, SobolIndex> by = new java.util.HashMap<>();
        idx.indices().forEach(i -> by.put(i.input().actor(), i));
        assertEquals(0.2, by.get("a").first().value(), 0.03);
        assertEquals(0.8, by.get("b").first().value(), 0.03);
        assertEquals(0.2, by.get("a").total().value(), 0.02);
        assertEquals(0.8, by.get("b").total().value(), 0.03);
        assertEquals(0.0, by.get("c").total().value(), 1e-12); // x3 never matters: every difference is exactly 0
        assertTrue(by.get("b").total().low() <= 0.8 && 0.8 <= by.get("b").total().high(), by.get("b").toString());
        assertEquals("b", idx.indices().get(0).input().actor()); // sorted by total index
    }

    @Test
    void interactionShowsInTheTotalIndex() {
        SaltelliDesign d = new SaltelliDesign(space(), 5, 6000);
        SobolIndices idx = SobolAnalysis.indices(d, ONE, rows(d, x -> x[0] * x[1]), 5, 100).get(0);
        for (SobolIndex i : idx.indices()) {
            if (!i.input().actor().equals("c")) {
                assertEquals(3 / 7.0, i.first().value(), 0.05, i.toString());
                assertEquals(4 / 7.0, i.total().value(), 0.05, i.toString());
            }
        }
    }

    @Test
    void swingsSpanTheRangeOneInputAtATime() {
        SwingDesign d = new SwingDesign(space(), 5);
        double[] out = new double[(int) d.size()];
        double[] x = new double[3];
        for (int r = 0; r < out.length; r++) {
            d.point(r, x);
            out[r] = x[0] + 2 * x[1];
        }
        Tornado t = SwingAnalysis.tornadoes(d, ONE, out).get(0);
        assertEquals(1.5, t.base(), 1e-12);         // 0.5 + 2 × 0.5
        assertEquals("b", t.swings().get(0).input().actor());
        assertEquals(2.0, t.swings().get(0).width(), 1e-12);
        assertEquals(1.0, t.swings().get(1).width(), 1e-12);
        assertEquals(0.0, t.swings().get(2).width(), 1e-12);
    }
}
