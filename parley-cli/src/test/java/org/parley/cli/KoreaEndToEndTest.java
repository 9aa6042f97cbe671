package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.crisis.CrisisAnalysis;
import org.parley.analysis.levers.LeverOptions;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.plan.AnalysisPlan;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.analysis.plan.LeverSpec;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Forecast;
import org.parley.forecast.Models;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.scenario.Issue;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.scenario.io.ReadResult;
import org.parley.scenario.io.ScenarioReader;
import org.parley.views.format.Numbers;
import org.parley.views.format.Phrases;

/** {@code parley analyze} on the bundled Korea 2019 example, end to end. */
class KoreaEndToEndTest {
    static final Path EXAMPLE = Path.of("../examples/korea-2019.yaml");

    @Test
    void analyzeWritesAReportWithEveryModelsForecastForEveryIssue(@TempDir Path out) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(EXAMPLE),
                "example " + EXAMPLE.toAbsolutePath() + " not found; skipping the end-to-end test");
        Cli.Result r = Cli.run("analyze", EXAMPLE.toString(), "--out", out.toString(), "--lever-grid", GRID);
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
                assertTrue(section.contains("<strong>" + Numbers.fixed(y) + "</strong>"),
                        f.model().id() + " forecast " + y + " on " + issue.id());
            }
            assertTrue(section.contains("<svg"), "position chart for " + issue.id());
        }
        // the expected-utility model has rounds: one path chart per issue
        String issues = html.substring(html.indexOf("<section id=\"issues\">"), html.indexOf("<section id=\"crisis-games\">"));
        assertEquals(2 * s.issues().size(), count(issues, "<svg"));
        crisisAndLeverSections(html, new ScenarioReader().readWithWarnings(EXAMPLE), r.out());
        assertTrue(html.contains(forecasts.get(0).provenance().inputSha256()), "provenance hash");
        assertFalse(Pattern.compile("(?i)(src=|<link|url\\()").matcher(html).find(), "no external resources");
        // the terminal summary names every issue and model too
        for (Issue issue : s.issues()) {
            assertTrue(r.out().contains("(" + issue.id() + ")"), r::toString);
        }
        System.out.printf("korea-2019 report: %d bytes, %d issues, %d models%n", Files.size(report),
                s.issues().size(), forecasts.size());
    }

    static final String GRID = "51";

    /** The crisis games and levers of the example, computed here directly, must appear in the report and text. */
    private static void crisisAndLeverSections(String html, ReadResult read, String text) {
        Scenario s = read.scenario();
        AnalysisPlan plan = AnalysisPlan.read(read, Models.IDS);
        assertFalse(plan.games().isEmpty(), "the example has games");
        assertFalse(plan.levers().isEmpty(), "the example has levers");
        int crisisStart = html.indexOf("<section id=\"crisis-games\">");
        int leverStart = html.indexOf("<section id=\"levers\">");
        assertTrue(crisisStart > 0 && leverStart > crisisStart, "crisis and lever sections, in that order");
        String crisis = html.substring(crisisStart, leverStart);
        for (CrisisAnalysis.CrisisReport cr : plan.runGames(s)) {
            int g = crisis.indexOf("id=\"game-" + cr.spec().id() + "\"");
            assertTrue(g > 0, "section of game " + cr.spec().id());
            String game = crisis.substring(g, crisis.indexOf("<p class=\"note\">Scenario SHA-256", g));
            assertTrue(game.contains("id=\"game-" + cr.spec().id() + "-bars\""), "probability chart");
            assertEquals(cr.stances().size(), count(game, "<h4 id="), "one block per stance");
            for (CrisisAnalysis.StanceOutcome so : cr.stances()) {
                String row = "<tr><th scope=\"row\">" + so.name() + "</th><td class=\"num\">"
                        + Numbers.fixed(so.position()) + "</td><td class=\"num\">" + Numbers.fixed(so.pDeal(), 3)
                        + "</td><td class=\"num\">" + Numbers.fixed(so.pEscalation(), 3) + "</td><td class=\"num\">"
                        + Numbers.fixed(so.pStatusQuo(), 3) + "</td>";
                assertTrue(game.contains(row), "probabilities of stance " + so.name() + ": " + row);
                assertTrue(Pattern.compile("(?m)^ +" + Pattern.quote(so.name()) + " +" + Pattern.quote(Numbers.fixed(
                        so.position())) + " +" + Pattern.quote(Numbers.fixed(so.pDeal(), 3)) + " +").matcher(text)
                        .find(), "text row " + so.name());
            }
            // one tree per stance, each with the equilibrium path drawn thick red
            assertEquals(cr.stances().size() + 1, count(game, "<svg"), "bar chart + one tree per stance");
            assertTrue(game.contains("stroke=\"#C0392B\" stroke-width=\"3\""), "highlighted path");
            assertTrue(game.contains("scenario-derived: "), "mapping sources");
            assertTrue(game.contains("<strong>Verified</strong>"), "verification status");
        }
        String levers = html.substring(leverStart, html.indexOf("<section id=\"provenance\""));
        for (LeverSpec ls : plan.levers()) {
            List<BargainingModel> models = ls.isGameLever() ? List.of() : Models.defaults();
            LeverAnswer a = AnalysisPlan.runLever(s, ls, models,
                    LeverOptions.DEFAULTS.withGridPoints(Integer.parseInt(GRID)),
                    RunContext.of(InputKind.SCENARIO, ScenarioDigest.sha256(s)));
            int at = levers.indexOf(escape(Phrases.leverQuestion(ls)));
            assertTrue(at > 0, "lever " + Phrases.leverQuestion(ls));
            String section = levers.substring(at, levers.indexOf("</section>", at));
            assertTrue(section.contains("<svg"), "lever chart");
            for (LeverOutcome o : a.result().outcomes()) {
                String threshold = o.nearest() == null ? "\u2014" : Numbers.fixed(o.nearest().threshold(), 3);
                String answer = switch (o.status()) {
                    case ALREADY_MET -> "already met";
                    case REACHABLE -> "reachable";
                    case UNREACHABLE -> "unreachable";
                };
                assertTrue(section.matches("(?s).*<tr><th scope=\"row\">" + Pattern.quote(o.responderId())
                        + "</th><td class=\"num\">[^<]*</td><td>" + answer + "</td><td class=\"num\">"
                        + Pattern.quote(threshold) + "</td>.*"), o.responderId() + " " + answer + " " + threshold);
                assertTrue(text.contains(o.responderId()), "text names " + o.responderId());
            }
        }
        assertTrue(text.contains("What would it take: "), "text lever block");
        assertTrue(text.contains(org.parley.views.text.CrisisText.MAPPING_NOTE), "mapping note in the text output");
    }

    @Test
    void analyzeJsonHasCrisisGamesAndLeversWithProvenance() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(EXAMPLE), "example not found; skipping");
        Cli.Result r = Cli.run("analyze", EXAMPLE.toString(), "--no-report", "--format", "json",
                "--lever-grid", GRID);
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        JsonNode j = new ObjectMapper().readTree(r.out());
        ReadResult read = new ScenarioReader().readWithWarnings(EXAMPLE);
        String sha = ScenarioDigest.sha256(read.scenario());
        AnalysisPlan plan = AnalysisPlan.read(read, Models.IDS);
        List<CrisisAnalysis.CrisisReport> crises = plan.runGames(read.scenario());
        assertEquals(crises.size(), j.get("crisisGames").size());
        for (int i = 0; i < crises.size(); i++) {
            JsonNode g = j.get("crisisGames").get(i);
            assertEquals(crises.get(i).spec().id(), g.at("/spec/id").asText());
            assertEquals(sha, g.at("/provenance/inputSha256").asText());
            for (int k = 0; k < crises.get(i).stances().size(); k++) {
                var so = crises.get(i).stances().get(k);
                JsonNode st = g.get("stances").get(k);
                assertEquals(so.name(), st.get("name").asText());
                assertEquals(so.pDeal(), st.at("/categories/deal").asDouble(), 0.0);
                assertEquals(so.pEscalation(), st.at("/categories/escalation").asDouble(), 0.0);
                assertEquals(so.pStatusQuo(), st.at("/categories/status quo").asDouble(), 0.0);
                assertEquals(so.result().game().hash(), st.at("/result/game").asText());
                assertTrue(st.at("/result/parameters").size() > 0 && st.at("/result/equilibria").size() > 0);
            }
        }
        assertEquals(plan.levers().size(), j.get("levers").size());
        JsonNode first = j.get("levers").get(0);
        assertEquals(Models.DEFAULT_IDS.size() + 1, first.at("/result/outcomes").size(), "every model answers the first lever (the procedural model too: the file says who decides)");
        for (JsonNode o : first.at("/result/outcomes")) {
            assertEquals(sha, o.get("provenance").get("inputSha256").asText());
            assertTrue(List.of("ALREADY_MET", "REACHABLE", "UNREACHABLE").contains(o.get("status").asText()));
            assertEquals(GRID, o.get("provenance").get("parameters").get("gridPoints").asText());
        }
        JsonNode gameLever = j.get("levers").get(1);
        assertEquals("us-dprk", gameLever.at("/spec/game/id").asText());
        assertEquals(1, gameLever.at("/result/outcomes").size());
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
