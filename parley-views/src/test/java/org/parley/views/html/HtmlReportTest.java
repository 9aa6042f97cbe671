package org.parley.views.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.ModelInfo;
import org.parley.forecast.Sentence;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.Source;

class HtmlReportTest {
    private static final ReportOptions OPTIONS = ReportOptions.of("0.1.0-test");

    private static String render() {
        return new HtmlReport().render(Fixtures.scenario(), Fixtures.all(), OPTIONS);
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "section " + id + " missing");
        int end = html.indexOf("</section>", start);
        return html.substring(start, end);
    }

    @Test
    void everyModelsForecastAppearsInEveryIssueSection() {
        String html = render();
        String tariff = section(html, "issue-tariff");
        String talks = section(html, "issue-talks");
        for (String s : List.of("Compromise model", "Weighted median", "Expected utility")) {
            assertTrue(tariff.contains(s) && talks.contains(s), s);
        }
        assertTrue(tariff.contains("<strong>45.25</strong>"));
        assertTrue(tariff.contains("<strong>50</strong>"));
        assertTrue(tariff.contains("<strong>52.5</strong>"));
        assertTrue(talks.contains("<strong>44.4</strong>"));
        assertTrue(talks.contains("<strong>30</strong>"));
        assertTrue(talks.contains("<strong>33.3</strong>"));
        // status quo, spread and shifts
        assertTrue(tariff.contains("45.25\u201352.5"), "ensemble spread");
        assertTrue(tariff.contains("+12.5"), "shift of the eu forecast from the status quo 40");
        // explanations and convergence
        assertTrue(tariff.contains("China holds out; the US compromises."));
        assertTrue(tariff.contains("Stopped after 2 rounds: max rounds"));
        // gains: usa at 20 loses 10 under the median forecast 50
        assertTrue(tariff.contains("class=\"loses\">loses (\u221210)"));
        assertTrue(talks.contains("no status quo"));
    }

    @Test
    void chartsArePresentAndWellFormedSvg() throws Exception {
        String html = render();
        // one position chart per issue, one path chart for the model with rounds on "tariff"
        assertEquals(3, count(html, "<svg"));
        assertTrue(html.contains("id=\"chart-pos-tariff-t\""));
        assertTrue(html.contains("id=\"chart-path-eu-tariff-t\""));
        assertTrue(html.contains("stroke-width=\"3.5\""), "thick forecast line");
        Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        int parsed = 0;
        while (m.find()) {
            var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                    m.group().getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", doc.getDocumentElement().getTagName());
            assertTrue(doc.getElementsByTagName("title").getLength() > 0, "accessible title");
            parsed++;
        }
        assertEquals(3, parsed);
        // actors as dots, one per actor with a stance: 3 on tariff + 2 on talks
        assertEquals(5, count(html, "<circle"));
        // one polyline per actor plus the forecast line
        assertEquals(4, count(html, "<polyline"));
    }

    @Test
    void manyActorsKeepTheChartsCompact() {
        // 60 actors on one issue: dots keep their tooltips, text labels are dropped
        List<Actor> actors = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add("a" + i);
            actors.add(new Actor("a" + i, "Actor number " + i, List.of(), Estimate.of(1 + i % 7), "", List.of(),
                    Map.of("x", Fixtures.stance("x", (i * 37) % 101, 50, ""))));
        }
        Scenario sc = new Scenario(new Metadata("Crowd", null, "", List.of()), List.of(new Issue("x", "X", "",
                Scale.DEFAULT, Estimate.of(50), null, List.of())), actors);
        Forecast f = new Forecast(new ModelInfo("m", "M", "1", ""), List.of(Fixtures.staticIssue("x", ids, 48, null)),
                Fixtures.provenance("m"));
        String html = new HtmlReport().render(sc, List.of(f), OPTIONS);
        assertEquals(60, count(html, "<circle"));
        assertEquals(60, count(html, "<title>Actor number "), "every dot keeps its tooltip");
        assertFalse(html.contains(">Actor number 1</text>"), "no per-actor text labels");
        Matcher h = Pattern.compile("viewBox=\"0 0 760 ([0-9.]+)\"").matcher(html);
        assertTrue(h.find());
        assertTrue(Double.parseDouble(h.group(1)) < 600, "chart height " + h.group(1));
    }

    @Test
    void movesTableIsCollapsibleAndComplete() {
        String tariff = section(render(), "issue-tariff");
        assertTrue(tariff.contains("<details>"));
        assertTrue(tariff.contains("Moves per round (2 rounds, 3 moves)"));
        assertTrue(tariff.contains("<td>capitulation</td>"));
        assertTrue(tariff.contains("<td>European Union</td>"));
    }

    @Test
    void movesTableHonoursTheRowCap() {
        String html = new HtmlReport().render(Fixtures.scenario(), Fixtures.all(),
                new ReportOptions("x", "17", null, 1));
        assertTrue(html.contains("2 further moves not shown (limit 1 rows)"));
    }

    @Test
    void provenanceBlockHasHashVersionsParametersAndSeed() {
        String prov = section(render(), "provenance");
        assertTrue(prov.contains(Fixtures.HASH));
        assertTrue(prov.contains("alpha=0.5"));
        assertTrue(prov.contains("rounds=2"));
        assertTrue(prov.contains("<td>42</td>"), "seed");
        assertTrue(prov.contains("none (deterministic)"));
        assertTrue(prov.contains("<td>2.0</td>"), "model version");
        assertTrue(prov.contains("Parley 0.1.0-test on Java"));
    }

    @Test
    void forecastsOfDifferentScenariosAreRejected() {
        Forecast other = new Forecast(Fixtures.median().model(), Fixtures.median().issues(),
                new RunContext(InputKind.SCENARIO, "00ff".repeat(16), java.time.Instant.EPOCH, null, null)
                        .provenance("median", "1.0", new TreeMap<>()));
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new HtmlReport().render(Fixtures.scenario(), List.of(Fixtures.compromise(), other), OPTIONS));
        assertTrue(e.getMessage().contains("different scenario"), e.getMessage());
    }

    @Test
    void scenarioTableShowsUncertaintyRationaleAndNotes() {
        String sc = section(render(), "scenario");
        assertTrue(sc.contains("20 <span class=\"unc\">[10\u201330]</span>"), "range on a position");
        assertTrue(sc.contains("60 <span class=\"unc\">\u00b110</span>"), "standard deviation on a salience");
        assertTrue(sc.contains("80 <span class=\"unc\">[70\u201390]</span>"), "range on a capability");
        assertTrue(sc.contains("title=\"Wants low tariffs\""), "rationale as tooltip");
        assertTrue(sc.contains("Wants low tariffs (sources: <a href=\"#source-s1\">s1</a>)"), "rationale as note");
        assertTrue(sc.contains("r=0.8"), "risk attitude");
        assertTrue(sc.contains("title=\"no stance\""), "EU has no stance on talks");
    }

    @Test
    void headerHasTitleAsOfDateDescriptionAndSources() {
        String html = render();
        assertTrue(html.contains("<h1>Trade talks</h1>"));
        assertTrue(html.contains("As of 2019-06-01"));
        assertTrue(html.contains("<p>Second paragraph.</p>"));
        String src = section(html, "sources");
        assertTrue(src.contains("<a href=\"https://example.org/stats\" rel=\"noopener noreferrer\">Trade statistics</a>"));
        assertTrue(src.contains("Briefing"));
    }

    /** Nothing is loaded from anywhere: no src attributes, stylesheets, imports or url() references at all. */
    @Test
    void noExternalResources() {
        String html = render();
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        assertFalse(lower.contains("src="), "no src attributes");
        assertFalse(lower.contains("<link"), "no link elements");
        assertFalse(lower.contains("@import"), "no CSS imports");
        assertFalse(lower.contains("url("), "no CSS url()");
        assertFalse(lower.contains("<iframe") || lower.contains("<object") || lower.contains("<embed"));
        // every absolute address is a plain link in the sources list
        Matcher m = Pattern.compile("https?://").matcher(lower);
        List<Integer> at = new ArrayList<>();
        while (m.find()) {
            at.add(m.start());
        }
        assertEquals(1, at.size(), "only the one source link");
        assertTrue(lower.substring(at.get(0) - 9, at.get(0)).equals("<a href=\""));
    }

    @Test
    void scenarioTextIsEscaped() {
        String evil = "<script>alert('x')</script> & \"quotes\"";
        Map<String, org.parley.scenario.Stance> st = Map.of("i<1>",
                new org.parley.scenario.Stance("i<1>", Estimate.of(10), Estimate.of(50), null,
                        "\"><img src=x onerror=alert(1)>", List.of()));
        Actor a = new Actor("a<b>", "<b>Bold</b> actor", List.of(), Estimate.of(10), evil, List.of(), st);
        Issue i = new Issue("i<1>", "<i>Issue</i>", evil, new Scale(0, 10, "<left>", "right&"), Estimate.of(5), null,
                List.of());
        Source s = new Source("s\"1", evil, evil, null, "javascript:alert(1)");
        Scenario sc = new Scenario(new Metadata(evil, null, evil, List.of(s)), List.of(i), List.of(a));
        IssueForecast fi = new IssueForecast("i<1>", 7, null, List.of("a<b>"), List.of(), List.of(),
                List.of(Sentence.of(evil)), IssueForecast.Convergence.CLOSED_FORM);
        Forecast f = new Forecast(new ModelInfo("m<1>", evil, "1<", evil), List.of(fi),
                Fixtures.provenance("m<1>", "1<", new TreeMap<>(Map.of("k<", "v>")), null));
        String html = new HtmlReport().render(sc, List.of(f), new ReportOptions("<v>", "<j>", null, 10));
        assertFalse(html.contains("<script>alert"), "script tag from the scenario");
        assertFalse(html.contains("<img"), "injected element");
        assertFalse(html.contains("<b>Bold"), "markup in an actor name");
        assertFalse(html.contains("<i>Issue"), "markup in an issue label");
        assertFalse(html.contains("<left>"), "markup in a scale meaning");
        assertFalse(html.contains("href=\"javascript"), "javascript: URL must not become a link");
        assertFalse(html.contains("<hash>") || html.contains("<v>") || html.contains("k<"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        assertTrue(html.contains("&lt;b&gt;Bold&lt;/b&gt; actor"));
        assertFalse(html.contains("id=\"issue-i<1>\""), "ids in anchors are sanitised");
        // the only script element is Parley's own print helper
        assertEquals(1, html.split("<script>", -1).length - 1);
    }

    @Test
    void renderingIsDeterministicWithoutTimestamp() {
        assertEquals(render(), render());
        String stamped = new HtmlReport().render(Fixtures.scenario(), Fixtures.all(),
                OPTIONS.withGeneratedAt(Instant.parse("2026-01-02T03:04:05Z")));
        assertTrue(stamped.contains("generated 2026-01-02T03:04:05Z"));
    }

    @Test
    void writeCreatesDirectoriesAndTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a/b/index.html");
        Path written = new HtmlReport().write(file, Fixtures.scenario(), Fixtures.all(), OPTIONS);
        assertEquals(file, written);
        assertEquals(render(), Files.readString(file));
    }

    @Test
    void optionsAreValidated() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ReportOptions("v", "17", null, -1));
        assertTrue(e.getMessage().contains("maxMoveRows"));
    }
}
