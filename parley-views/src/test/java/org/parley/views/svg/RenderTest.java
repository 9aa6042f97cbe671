package org.parley.views.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.parley.analysis.crisis.CrisisResult;
import org.parley.analysis.crisis.IigUtilities;
import org.parley.analysis.crisis.InteractionGame;
import org.parley.analysis.crisis.SignalingGame;
import org.parley.analysis.crisis.TwoTypeCrisis;
import org.parley.analysis.levers.LeverQuery;
import org.parley.analysis.levers.LeverResult;
import org.parley.analysis.levers.Levers;
import org.parley.forecast.Models;
import org.parley.games.numeric.Rational;
import org.parley.scenario.Actor;
import org.parley.scenario.CrisisTemplate;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.Stance;
import org.w3c.dom.Document;

class RenderTest {
    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** One issue "x" on 0–100; actor a{i} at position pos[i] with capability cap[i] and salience sal[i]. */
    static Scenario oneIssue(double[] pos, double[] cap, double[] sal) {
        Issue issue = new Issue("x", "X", "", Scale.DEFAULT, null, null, List.of());
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < pos.length; i++) {
            Stance st = new Stance("x", Estimate.of(pos[i]), Estimate.of(sal[i]), null, "", List.of());
            actors.add(new Actor("a" + i, "a" + i, List.of(), Estimate.of(cap[i]), "", List.of(), Map.of("x", st)));
        }
        return new Scenario(new Metadata("test", null, "", List.of()), List.of(issue), actors);
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
        LeverResult r = Levers.find(oneIssue(new double[] {10, 40, 90}, new double[] {1, 1, 1},
                new double[] {100, 100, 100}), LeverQuery.of("a2", "x", "capability", ">= 90"),
                List.of(Models.byId("median"), Models.byId("compromise")));
        String svg = LeverChartSvg.render(r);
        Document d = parse(svg);
        assertEquals(2, d.getElementsByTagName("path").getLength(), "one line per model");
        assertTrue(svg.contains("target &gt;= 90"));
        assertTrue(svg.contains("now 1"));
        assertTrue(svg.contains("median: change 1"), svg);
        assertTrue(svg.contains("compromise: unreachable"));
    }
}
