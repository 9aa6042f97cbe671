package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley backtest} on scenario files with outcomes (own fixtures) and on DEU III (from ../shared). */
class BacktestCommandTest {
    @TempDir
    Path dir;

    /** The harbour case with invented outcomes (fee 15, jobs 30) and a bilateral decision on the fee. */
    private Path harbourCase(String name, double fee, double jobs) {
        return Cli.write(dir, name, Cli.HARBOUR
                .replace("status_quo: 20}", "status_quo: 20, outcome: " + fee + "}")
                .replace("status_quo: 10}", "status_quo: 10, outcome: {value: " + jobs + ", date: 2024-12-01}}")
                + "decision: {rule: bilateral, deciders: [city, firm]}\n");
    }

    @Test
    void scenarioFilesWithOutcomesAreScoredInEveryFormat() throws Exception {
        for (int i = 0; i < 5; i++) {
            harbourCase("case" + i + ".yaml", 10 + i, 30 + 2 * i);
        }
        Path report = dir.resolve("report");
        Path csv = dir.resolve("issues.csv");
        Cli.Result r = Cli.run("backtest", dir.toString(), "--out", report.toString(), "--issues-csv", csv.toString(),
                "--bootstrap", "200", "--repeats", "2");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().contains("5 cases, 10 issues with a known outcome"), r::toString);
        assertTrue(r.out().contains("compromise/rule"), r::toString);
        assertTrue(r.out().contains("narrow pool"), r::toString);
        String html = Files.readString(report.resolve("index.html"));
        assertTrue(html.contains("<svg") && html.contains("forecast against outcome"), "scatter plots in the report");
        List<String> lines = Files.readAllLines(csv);
        assertEquals(11, lines.size(), "header and one row per issue");
        assertTrue(lines.get(0).startsWith("case,issue,outcome,status_quo,compromise,compromise agreement"));

        Cli.Result j = Cli.run("backtest", dir.toString(), "--no-report", "--format", "json", "--bootstrap", "200",
                "--repeats", "2");
        assertEquals(ExitCodes.OK, j.code(), j::toString);
        JsonNode root = new ObjectMapper().readTree(j.out());
        assertEquals(5, root.at("/cases").asInt(), j::toString);
        assertEquals("backtest", root.at("/provenance/component").asText(), j::toString);
    }

    @Test
    void badInputIsExitTwoWithAReason() {
        Cli.Result none = Cli.run("backtest", dir.resolve("missing").toString(), "--no-report");
        assertEquals(ExitCodes.BAD_INPUT, none.code(), none::toString);
        Cli.write(dir, "plain.yaml", Cli.HARBOUR);
        Cli.Result noOutcome = Cli.run("backtest", dir.toString(), "--no-report");
        assertEquals(ExitCodes.BAD_INPUT, noOutcome.code(), noOutcome::toString);
        assertTrue(noOutcome.err().contains("no case with a known outcome"), noOutcome::toString);
        harbourCase("one.yaml", 10, 30);
        Cli.Result folds = Cli.run("backtest", dir.toString(), "--no-report", "--folds", "1");
        assertEquals(ExitCodes.BAD_INPUT, folds.code(), folds::toString);
        assertTrue(folds.err().contains("folds must be in 2..100"), folds::toString);
        Path bad = Cli.write(dir, "deu.csv", "prnr,isnr\nx,y\n");
        Cli.Result csv = Cli.run("backtest", bad.toString(), "--no-report", "--capability", "equal");
        assertEquals(ExitCodes.BAD_INPUT, csv.code(), csv::toString);
        assertTrue(csv.err().contains("missing column proc"), csv::toString);
    }

    @Test
    void deuDevelopmentHalfReproducesTheCompromiseBaseline() {
        Path deu = Path.of(System.getProperty("parley.shared.dir", "../shared"), "data", "cases", "deu3",
                "deu3-issues.csv");
        Assumptions.assumeTrue(Files.isRegularFile(deu), "DEU III not found under ../shared; skipped");
        Cli.Result r = Cli.run("backtest", deu.toString(), "--no-report", "--repeats", "2", "--bootstrap", "200");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().contains("68 cases, 180 issues with a known outcome"), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.trim().startsWith("compromise ") && l.contains(" 20.48 ")), r::toString);
    }
}
