package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.forecast.Forecast;
import org.parley.forecast.Models;
import org.parley.report.Numbers;
import org.parley.scenario.Issue;
import org.parley.scenario.Scenario;
import org.parley.scenario.io.ScenarioReader;

/** {@code parley analyze} on the bundled Korea 2019 example, end to end. */
class KoreaEndToEndTest {
    static final Path EXAMPLE = Path.of("../examples/korea-2019.yaml");

    @Test
    void analyzeWritesAReportWithEveryModelsForecastForEveryIssue(@TempDir Path out) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(EXAMPLE),
                "example " + EXAMPLE.toAbsolutePath() + " not found; skipping the end-to-end test");
        Cli.Result r = Cli.run("analyze", EXAMPLE.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        Path report = out.resolve("index.html");
        assertTrue(Files.isRegularFile(report), r::toString);
        String html = Files.readString(report);

        Scenario s = new ScenarioReader().read(EXAMPLE);
        List<Forecast> forecasts = Models.defaults().stream().map(m -> m.forecast(s)).toList();
        for (Issue issue : s.issues()) {
            int start = html.indexOf("<section class=\"issue\" id=\"issue-");
            start = html.indexOf(">" + escape(issue.label()) + " <span class=\"unc\">(" + issue.id() + ")", start);
            assertTrue(start > 0, "section of issue " + issue.id());
            String section = html.substring(start, html.indexOf("</section>", start));
            for (Forecast f : forecasts) {
                double y = f.issue(issue.id()).orElseThrow().outcome();
                assertTrue(section.contains(escape(f.model().name())), f.model().id() + " on " + issue.id());
                assertTrue(section.contains("<strong>" + Numbers.format(y) + "</strong>"),
                        f.model().id() + " forecast " + y + " on " + issue.id());
            }
            assertTrue(section.contains("<svg"), "position chart for " + issue.id());
        }
        // the expected-utility model has rounds: one path chart per issue
        assertEquals(2 * s.issues().size(), count(html, "<svg"));
        assertTrue(html.contains(forecasts.get(0).provenance().scenarioSha256()), "provenance hash");
        assertFalse(Pattern.compile("(?i)(src=|<link|url\\()").matcher(html).find(), "no external resources");
        // the terminal summary names every issue and model too
        for (Issue issue : s.issues()) {
            assertTrue(r.out().contains("(" + issue.id() + ")"), r::toString);
        }
        System.out.printf("korea-2019 report: %d bytes, %d issues, %d models%n", Files.size(report),
                s.issues().size(), forecasts.size());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
