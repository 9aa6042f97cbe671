package org.parley.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.parley.analysis.TestScenarios;
import org.parley.analysis.crisis.CrisisResult;
import org.parley.analysis.crisis.IigUtilities;
import org.parley.analysis.crisis.InteractionGame;
import org.parley.analysis.crisis.SignalingGame;
import org.parley.analysis.crisis.TwoTypeCrisis;
import org.parley.analysis.levers.LeverQuery;
import org.parley.analysis.levers.LeverResult;
import org.parley.analysis.levers.Levers;
import org.parley.games.numeric.Rational;
import org.parley.scenario.CrisisTemplate;
import org.w3c.dom.Document;
import org.junit.jupiter.api.Test;

class RenderTest {
    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void gameTreeIsWellFormedStandaloneSvgWithThePathHighlighted() throws Exception {
        CrisisResult r = InteractionGame.solve(IigUtilities.of(new double[] {3, 2, 5, 4, -2, 1.5, 0, -1},
                new double[] {3, 5, 2, 4, 1.5, -2, -1, 0}), "A & co", "B");
        String svg = GameTreeSvg.render(r.game(), r.selectedEquilibrium().profile(), r.game().title());
        Document d = parse(svg);
        assertEquals("svg", d.getDocumentElement().getTagName());
        assertEquals(13, d.getElementsByTagName("rect").getLength() - 1, "one square per terminal (+ background)");
        assertEquals(12, d.getElementsByTagName("circle").getLength(), "one circle per decision node");
        assertTrue(svg.contains("A &amp; co"), "labels are escaped");
        assertTrue(svg.contains("stroke=\"#C0392B\" stroke-width=\"3\""), "equilibrium path drawn thick");
        assertFalse(svg.contains("href"), "no external resources");
    }

    @Test
    void signallingTreeShowsChanceInformationSetsAndProbabilities() throws Exception {
        TwoTypeCrisis c = new TwoTypeCrisis(Rational.of(3, 10), Rational.of(5), Rational.ZERO, Rational.of(10),
                Rational.of(6), Rational.of(4), Rational.ZERO, Rational.ONE, Rational.of(-5), Rational.ONE,
                Rational.of(3), Rational.ZERO);
        CrisisResult r = SignalingGame.solve(c, CrisisTemplate.COERCION, "DPRK", "USA");
        String svg = GameTreeSvg.render(r.game(), r.selectedEquilibrium().profile(), r.game().title());
        parse(svg);
        assertTrue(svg.contains("<polygon"), "chance node");
        assertTrue(svg.contains("stroke-dasharray=\"4 3\" stroke-width=\"1.2\"/>"), "information set joined");
        assertTrue(svg.contains("resolved (0.3)"), "chance probability on the edge");
        assertTrue(svg.contains("shift (0.6)"), "mixed equilibrium probability on the path");
    }

    @Test
    void leverChartMarksThresholdCurrentValueAndCrossings() throws Exception {
        LeverResult r = Levers.find(TestScenarios.oneIssue(new double[] {10, 40, 90}, new double[] {1, 1, 1},
                new double[] {100, 100, 100}), LeverQuery.of("a2", "x", "capability", ">= 90"),
                List.of(TestScenarios.median(), TestScenarios.compromise()));
        String svg = LeverChartSvg.render(r);
        Document d = parse(svg);
        assertEquals(2, d.getElementsByTagName("path").getLength(), "one line per model");
        assertTrue(svg.contains("target &gt;= 90"));
        assertTrue(svg.contains("now 1"));
        assertTrue(svg.contains("t-median: change 1"));
        assertTrue(svg.contains("t-compromise: unreachable"));
    }
}
