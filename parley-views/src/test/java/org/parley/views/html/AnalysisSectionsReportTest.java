package org.parley.views.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.analysis.crisis.CrisisAnalysis;
import org.parley.analysis.levers.LeverOptions;
import org.parley.analysis.plan.AnalysisPlan;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.forecast.Forecast;
import org.parley.forecast.Models;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.scenario.io.ReadResult;
import org.parley.scenario.io.ScenarioReader;

/** The "Crisis games" and "What would it take" sections: contents, order, escaping, self-containment. */
class AnalysisSectionsReportTest {
    private static final String EVIL = "<script>alert('x')</script>&";

    private static final String TEXT = """
            metadata: {title: Sections}
            issues: [{id: x, status_quo: 20}]
            actors:
              - {id: a, capability: 3, positions: {x: [10, 60]}}
              - {id: b, capability: 2, positions: {x: [40, 70]}}
              - {id: c, capability: 4, positions: {x: [90, 90]}}
            games:
              - id: g
                template: coercion
                challenger: c
                defender: a
                issue: x
                stances: {"<b>hold</b>": 10, shift: 50}
                parameters: {prior_resolve: 0.3}
              - {id: h, template: iig-logit, challenger: c, defender: a, issue: x, lambda: 5}
            levers:
              - {actor: a, issue: x, attribute: position, target: ">= 60", question: "%s"}
              - {actor: c, issue: x, attribute: salience, target: outcome != deal, game: g, stance: shift}
            """.formatted(EVIL.replace("\\", "\\\\").replace("\"", "\\\""));

    private static String render() {
        ReadResult r = new ScenarioReader().readWithWarnings(TEXT, "s.yaml");
        Scenario s = r.scenario();
        AnalysisPlan plan = AnalysisPlan.read(r, Models.IDS);
        List<Forecast> forecasts = Models.defaults().stream().map(m -> m.forecast(s)).toList();
        List<CrisisAnalysis.CrisisReport> crises = plan.runGames(s);
        RunContext run = RunContext.of(InputKind.SCENARIO, ScenarioDigest.sha256(s));
        List<LeverAnswer> levers = plan.levers().stream().map(l -> AnalysisPlan.runLever(s, l,
                l.isGameLever() ? List.of() : Models.defaults(), LeverOptions.DEFAULTS.withGridPoints(21), run))
                .toList();
        return new HtmlReport().render(s, forecasts, new AnalysisSections(crises, levers), ReportOptions.of("test"));
    }

    @Test
    void sectionsAppearInOrderWithNavigation() {
        String html = render();
        int issues = html.indexOf("<section id=\"issues\">");
        int crises = html.indexOf("<section id=\"crisis-games\">");
        int levers = html.indexOf("<section id=\"levers\">");
        int prov = html.indexOf("<section id=\"provenance\"");
        assertTrue(issues < crises && crises < levers && levers < prov, "issues, crisis games, levers, provenance");
        assertTrue(html.contains("<a href=\"#crisis-games\">Crisis games</a>"));
        assertTrue(html.contains("<a href=\"#levers\">What would it take</a>"));
    }

    @Test
    void crisisSectionShowsMappingTreeEquilibriaAndOverrides() {
        String html = render();
        String g = html.substring(html.indexOf("id=\"game-g\""), html.indexOf("id=\"game-h\""));
        assertTrue(g.contains("id=\"game-g-bars\""), "probability bars");
        assertEquals(2, count(g, "<h4 id="), "one block per stance");
        assertEquals(3, count(g, "<svg"), "bars + a tree per stance");
        assertTrue(g.contains("stroke=\"#C0392B\" stroke-width=\"3\""), "equilibrium path highlighted");
        assertTrue(g.contains("<strong>override</strong> (set in the scenario)"), "override marked");
        assertTrue(g.contains("scenario-derived: "), "derived parameters with their formula");
        assertTrue(g.contains("<strong>selected</strong>"), "selected equilibrium marked");
        assertTrue(g.contains("P(resolved)"), "beliefs listed");
        assertTrue(g.contains("D1 "), "refinements listed");
        String h = html.substring(html.indexOf("id=\"game-h\""), html.indexOf("<section id=\"levers\">"));
        assertTrue(h.contains("\u03bb = 5"), "lambda shown");
        assertTrue(h.contains("logit residual"), "QRE check shown");
    }

    @Test
    void leverSectionHasChartAndPerModelTable() {
        String html = render();
        String l = html.substring(html.indexOf("<section id=\"levers\">"), html.indexOf("<section id=\"provenance\""));
        assertEquals(2, count(l, "<svg"), "one chart per lever");
        for (String id : Models.DEFAULT_IDS) {
            assertTrue(l.contains("<tr><th scope=\"row\">" + id + "</th>"), id);
        }
        assertTrue(l.contains("<tr><th scope=\"row\">g</th>"), "the game lever's row");
        assertTrue(Pattern.compile("<td>(already met|reachable|unreachable)</td>").matcher(l).find());
    }

    @Test
    void everythingFromTheScenarioIsEscapedAndNothingIsLoaded() {
        String html = render();
        assertFalse(html.contains(EVIL), "raw question text");
        assertFalse(html.contains("<b>hold</b>"), "raw stance name");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"), "escaped question");
        assertTrue(html.contains("&lt;b&gt;hold&lt;/b&gt;"), "escaped stance name");
        assertEquals(1, count(html, "<script"), "only the report's own print script");
        assertFalse(Pattern.compile("(?i)(src=|<link|url\\()").matcher(html).find(), "no external resources");
    }

    @Test
    void everySvgIsWellFormedWithATitle() throws Exception {
        java.util.regex.Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(render());
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        int parsed = 0;
        while (m.find()) {
            var doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                    m.group().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals("svg", doc.getDocumentElement().getTagName());
            assertTrue(doc.getElementsByTagName("title").getLength() > 0, "accessible title");
            parsed++;
        }
        assertTrue(parsed >= 8, "issue charts, 2 bar charts, 4 trees, 2 lever charts: " + parsed);
    }

    @Test
    void withoutAnalysesTheReportIsUnchanged() {
        ReadResult r = new ScenarioReader().readWithWarnings(TEXT, "s.yaml");
        List<Forecast> forecasts = Models.defaults().stream().map(m -> m.forecast(r.scenario())).toList();
        ReportOptions o = ReportOptions.of("test");
        assertEquals(new HtmlReport().render(r.scenario(), forecasts, o),
                new HtmlReport().render(r.scenario(), forecasts, AnalysisSections.NONE, o));
        assertFalse(new HtmlReport().render(r.scenario(), forecasts, o).contains("crisis-games"));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
