package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.forecast.Forecast;
import org.parley.forecast.Models;
import org.parley.views.format.Numbers;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.scenario.io.ScenarioReader;

class AnalyzeCommandTest {
    @TempDir
    Path dir;
    Path file;
    Path out;

    @BeforeEach
    void setUp() {
        file = Cli.write(dir, "harbour.yaml", Cli.HARBOUR);
        out = dir.resolve("report");
    }

    private List<Forecast> expected() {
        Scenario s = new ScenarioReader().read(file);
        return Models.defaults().stream().map(m -> m.forecast(s)).toList();
    }

    @Test
    void textSummaryShowsEveryModelSideBySideAndWritesTheReport() throws Exception {
        Cli.Result r = Cli.run("analyze", file.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        String text = r.out();
        assertTrue(text.startsWith("Harbour concession talks - as of 2024-05-01"), r::toString);
        assertTrue(text.contains("[1] Concession fee (fee)") && text.contains("[2] Guaranteed jobs (jobs)"));
        for (Forecast f : expected()) {
            for (var fi : f.issues()) {
                // the model's row: id, then its forecast
                assertTrue(text.lines().anyMatch(l -> l.strip().startsWith(f.model().id() + " ")
                                && l.contains(" " + Numbers.fixed(fi.outcome()) + " ")),
                        () -> f.model().id() + " on " + fi.issueId() + " missing:\n" + text);
            }
        }
        assertTrue(text.contains("status quo  20"), text);
        assertTrue(text.contains("ensemble"), text);
        assertTrue(text.contains("gains:") && text.contains("loses:"), text);
        assertTrue(text.contains("Note: gain of an actor = |status quo - position| - |y - position|"), text);
        Path report = out.resolve("index.html").toAbsolutePath().normalize();
        assertTrue(text.contains("report: " + report), text);
        assertTrue(Files.isRegularFile(report));
        String html = Files.readString(report);
        assertTrue(html.contains("<svg") && html.contains("Harbour concession talks"));
        assertTrue(html.contains("Parley " + ParleyVersion.version()));
        assertEquals("", r.err(), "no warnings: the scenario cites its source and provenance hashes agree");
    }


    @Test
    void issueWithoutStatusQuoHasNoGainsAndTheTextStaysAscii() {
        Path f = Cli.write(dir, "nosq.yaml", Cli.HARBOUR.replace(", status_quo: 10}", "}"));
        Cli.Result r = Cli.run("analyze", f.toString(), "--no-report");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().contains("status quo  none"), r::toString);
        assertTrue(r.out().contains("gains and losses: not defined (the issue has no status quo)"), r::toString);
        assertTrue(r.out().chars().allMatch(c -> c < 128), "ASCII only for an ASCII scenario:\n" + r);
    }

    @Test
    void noReportWritesNothing() {
        Cli.Result r = Cli.run("analyze", file.toString(), "--out", out.toString(), "--no-report");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertFalse(Files.exists(out));
        assertFalse(r.out().contains("report:"));
    }

    @Test
    void jsonHoldsTheFullForecastsWithProvenance() throws Exception {
        Cli.Result r = Cli.run("analyze", file.toString(), "--format", "json", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(org.parley.views.json.Documents.SCHEMA_VERSION, root.get("schemaVersion").asInt());
        Scenario s = new ScenarioReader().read(file);
        assertEquals(ScenarioDigest.sha256(s), root.at("/scenario/sha256").asText());
        assertEquals("2024-05-01", root.at("/scenario/asOf").asText());
        List<Forecast> expected = expected();
        assertEquals(expected.size(), root.get("forecasts").size());
        for (int j = 0; j < expected.size(); j++) {
            Forecast f = expected.get(j);
            JsonNode jf = root.get("forecasts").get(j);
            assertEquals(f.model().id(), jf.at("/model/id").asText());
            assertEquals(f.provenance().componentVersion(), jf.at("/provenance/componentVersion").asText());
            assertEquals(f.provenance().inputSha256(), jf.at("/provenance/inputSha256").asText());
            assertEquals(f.provenance().gitCommit(), jf.at("/provenance/gitCommit").asText());
            assertEquals(f.provenance().parameters().size(), jf.at("/provenance/parameters").size());
            for (int i = 0; i < f.issues().size(); i++) {
                var fi = f.issues().get(i);
                JsonNode ji = jf.get("issues").get(i);
                assertEquals(fi.issueId(), ji.get("issueId").asText());
                assertEquals(fi.outcome(), ji.get("outcome").asDouble(), 0.0, "full precision");
                assertEquals(fi.path().size(), ji.get("path").size());
                assertEquals(fi.explanation().size(), ji.get("explanation").size());
            }
        }
        assertEquals(2, root.get("summary").size());
        assertEquals("fee", root.at("/summary/0/issueId").asText());
        assertEquals(3, root.at("/summary/0/gains").size());
        assertTrue(root.get("gainDefinition").asText().contains("median"));
        assertTrue(root.get("report").asText().endsWith("index.html"));
        // stdout stays machine-readable: the report path goes to stderr
        assertTrue(r.err().contains("parley: report written to "), r::toString);
    }

    @Test
    void jsonForecastsReadBackEqualToTheModelsOwn() throws Exception {
        Cli.Result r = Cli.run("analyze", file.toString(), "--format", "json", "--no-report");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        var doc = org.parley.views.json.ParleyJson.read(r.out(), org.parley.views.json.Documents.Analysis.class);
        Forecast[] back = doc.forecasts().toArray(new Forecast[0]);
        // the same run as the command's (same scenario hash and start time) must give the same records
        Scenario s = new ScenarioReader().read(file);
        var run = new org.parley.provenance.RunContext(org.parley.provenance.InputKind.SCENARIO,
                back[0].provenance().inputSha256(), back[0].provenance().startedAt(), null, null);
        assertEquals(Models.defaults().stream().map(m -> m.forecast(s, run)).toList(), List.of(back),
                "forecasts, paths and provenance survive the JSON round trip");
    }

    @Test
    void jsonCarriesTheUncertaintyIntervalsTheTextShows() throws Exception {
        Cli.Result r = Cli.run("analyze", "../examples/korea-2019.yaml", "--format", "json", "--no-report",
                "--uncertainty-samples", "40", "--seed", "3");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        var u = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("uncertainty");
        assertTrue(u.isObject(), "korea states ranges: the analysis samples them");
        assertEquals(40, u.get("samples").asLong());
        assertEquals(3, u.at("/provenance/seed").asLong());
        // one distribution per model and issue, each with ordered quantiles inside the issue's scale
        assertEquals(5 * 3, u.get("forecasts").size());
        String compromiseSequencingP05 = null;
        for (var f : u.get("forecasts")) {
            double p05 = f.at("/outcome/p05").asDouble(), median = f.at("/outcome/median").asDouble();
            double p95 = f.at("/outcome/p95").asDouble();
            assertTrue(p05 <= median && median <= p95 && p05 >= 0 && p95 <= 100, f::toString);
            if (f.get("model").asText().equals("compromise") && f.get("issue").asText().equals("sequencing")) {
                compromiseSequencingP05 = org.parley.views.format.Numbers.fixed(p05, 1,
                        org.parley.views.format.Typography.ASCII);
            }
        }
        assertEquals(4, u.get("crises").size(), "two games at two stances each");
        assertTrue(u.toString().indexOf("timings") < 0 && u.toString().indexOf("parallelism") < 0, u::toString);
        Cli.Result text = Cli.run("analyze", "../examples/korea-2019.yaml", "--no-report",
                "--uncertainty-samples", "40", "--seed", "3");
        assertTrue(text.out().contains("sequencing:  compromise " + compromiseSequencingP05 + " | "),
                "the text prints the same 5% quantile: " + text.out());
        Cli.Result none = Cli.run("analyze", file.toString(), "--format", "json", "--no-report");
        assertTrue(none.out().contains("\"uncertainty\" : null"), "a scenario without ranges has none");
    }

    @Test
    void aLargeScenarioIsNotSampledUnlessAsked(@org.junit.jupiter.api.io.TempDir Path dir) {
        // 320 actors on one issue: 102,400 > the automatic size limit of 100,000; one capability is a range
        StringBuilder b = new StringBuilder("metadata: {title: large}\nissues:\n  - {id: a, label: A, status_quo: 0}\n"
                + "actors:\n  - {id: x0, name: X0, capability: {value: 1, range: [0.5, 2]}, positions: {a: [0, 50]}}\n");
        for (int i = 1; i < 320; i++) {
            b.append("  - {id: x").append(i).append(", name: X").append(i).append(", capability: 1, positions: {a: [")
                    .append(i % 101).append(", 50]}}\n");
        }
        Path f = Cli.write(dir, "large.yaml", b.toString());
        Cli.Result auto = Cli.run("analyze", f.toString(), "--format", "json", "--no-report", "--models", "median");
        assertEquals(ExitCodes.OK, auto.code(), auto::toString);
        assertTrue(auto.err().contains("no samples were drawn; give --uncertainty-samples N"), auto::toString);
        assertTrue(auto.out().contains("\"uncertainty\" : null"), auto::toString);
        Cli.Result asked = Cli.run("analyze", f.toString(), "--format", "json", "--no-report", "--models", "median",
                "--uncertainty-samples", "5");
        assertEquals(ExitCodes.OK, asked.code(), asked::toString);
        assertFalse(asked.err().contains("no samples were drawn"), asked::toString);
        assertTrue(asked.out().contains("\"samples\" : 5"), asked::toString);
        assertEquals(102_400, AnalyzeCommand.size(new ScenarioReader().read(f)));
    }

    @Test
    void csvHasOneRowPerIssueAndModel() {
        Cli.Result r = Cli.run("analyze", file.toString(), "--format", "csv", "--no-report");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(String.join(",", org.parley.views.csv.ForecastCsv.HEADER), lines.get(0));
        assertEquals(1 + 2 * 4, lines.size(), r::toString);
        String sha = expected().get(0).provenance().inputSha256();
        assertTrue(lines.get(1).startsWith(sha + ",fee,compromise,"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",jobs,eu,")), r::toString);
        for (String l : lines.subList(1, lines.size())) {
            assertEquals(org.parley.views.csv.ForecastCsv.HEADER.size(), l.split(",", -1).length, l);
        }
    }

    @Test
    void modelsOptionSelectsAndOrdersModels() {
        Cli.Result r = Cli.run("analyze", file.toString(), "--models", "median,compromise", "--format", "csv",
                "--no-report");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        List<String> rows = r.out().lines().skip(1).toList();
        assertEquals(4, rows.size());
        assertTrue(rows.get(0).contains(",fee,median,") && rows.get(1).contains(",fee,compromise,"), r::toString);
    }

    @Test
    void paramsGoToTheNamedModelOnly() throws Exception {
        Cli.Result r = Cli.run("analyze", file.toString(), "-P", "eu.maxRounds=1", "--format", "json",
                "--no-report");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode eu = root.get("forecasts").get(3);
        assertEquals("eu", eu.at("/model/id").asText());
        assertEquals("1", eu.at("/provenance/parameters/maxRounds").asText());
        assertTrue(root.get("forecasts").get(0).at("/provenance/parameters/maxRounds").isMissingNode());

        Cli.Result notRun = Cli.run("analyze", file.toString(), "--models", "median", "-P", "eu.maxRounds=1",
                "--no-report");
        assertEquals(ExitCodes.BAD_INPUT, notRun.code());
        assertTrue(notRun.err().contains("model 'eu' is not among the models run (median)"), notRun::toString);
        Cli.Result noDot = Cli.run("analyze", file.toString(), "-P", "maxRounds=1", "--no-report");
        assertEquals(ExitCodes.BAD_INPUT, noDot.code());
        assertTrue(noDot.err().contains("expected MODEL.NAME=VALUE"), noDot::toString);
    }

    @Test
    void unknownModelIsBadInputNamingTheKnownOnes() {
        Cli.Result r = Cli.run("analyze", file.toString(), "--models", "compromise,magic", "--no-report");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("unknown model 'magic'; known models: compromise, median, nash, eu"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void outThatIsAFileIsBadInput() throws Exception {
        Path f = Files.writeString(dir.resolve("taken"), "x");
        Cli.Result r = Cli.run("analyze", file.toString(), "--out", f.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("is a file, not a directory"), r::toString);
    }

    @Test
    void defaultReportDirectoryIsNamedAfterTheFile() {
        assertEquals("korea-2019", Inputs.stem(Path.of("examples/korea-2019.yaml")));
        assertEquals("a.b", Inputs.stem(Path.of("a.b.json")));
        assertEquals("noext", Inputs.stem(Path.of("noext")));
    }

    @Test
    void csvCellsAreQuoted() {
        assertEquals("plain", org.parley.views.csv.Csv.text("plain"));
        assertEquals("\"a,b\"", org.parley.views.csv.Csv.text("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", org.parley.views.csv.Csv.text("say \"hi\""));
    }
}
