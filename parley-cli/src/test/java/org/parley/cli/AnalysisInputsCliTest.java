package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} and {@code analyze} check the games: and levers: sections, with located problems. */
class AnalysisInputsCliTest {
    static final Path CORPUS = Path.of("../parley-analysis/src/test/resources/broken-analysis");

    @Test
    void validateReportsEveryAnalysisProblemAtItsPosition() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "broken-analysis corpus not found; skipping");
        Map<String, List<String[]>> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.strip().split("\\s+", 3);
                expected.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
            }
        }
        assertTrue(expected.size() >= 1, "corpus index");
        for (var e : expected.entrySet()) {
            Path file = CORPUS.resolve(e.getKey());
            Cli.Result r = Cli.run("validate", file.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
            for (String[] f : e.getValue()) {
                assertTrue(r.err().contains(file + ":" + f[1] + ": " + f[2]), f[2] + "\n" + r);
            }
            assertTrue(r.err().contains("parley: " + e.getValue().size() + " problem"), r::toString);
        }
    }

    @Test
    void validateCountsGamesAndLevers(@TempDir Path dir) {
        Path f = Cli.write(dir, "ok.yaml", Cli.HARBOUR + """
                games:
                  - {id: g, template: iig, challenger: firm, defender: city, issue: fee}
                levers:
                  - {actor: city, issue: fee, attribute: position, target: ">= 30"}
                """);
        Cli.Result r = Cli.run("validate", f.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().contains(", 1 game, 1 lever; sha256 "), r::toString);
    }

    @Test
    void analyzeRefusesALeverWithAnUnknownModel(@TempDir Path dir) {
        Path f = Cli.write(dir, "m.yaml", Cli.HARBOUR + """
                levers:
                  - {actor: city, issue: fee, attribute: position, target: ">= 30", models: [kalman]}
                """);
        Cli.Result r = Cli.run("analyze", f.toString(), "--no-report");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains(f + ":15:78: /levers/0/models/0: unknown model 'kalman'"), r::toString);
    }

    @Test
    void csvNotesThatGamesAndLeversAreInTheJson(@TempDir Path dir) {
        Path f = Cli.write(dir, "c.yaml", Cli.HARBOUR + """
                games:
                  - {id: g, template: iig, challenger: firm, defender: city, issue: fee}
                """);
        Cli.Result r = Cli.run("analyze", f.toString(), "--no-report", "--format", "csv");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.err().contains("CSV holds the forecasts only"), r::toString);
        assertTrue(r.out().startsWith(String.join(",", org.parley.views.csv.ForecastCsv.HEADER)), r::toString);
    }

    @Test
    void analyzeTextShowsEveryStanceAndTheMappingNote(@TempDir Path dir) {
        Path f = Cli.write(dir, "t.yaml", Cli.HARBOUR + """
                games:
                  - {id: g, template: coercion, challenger: firm, defender: city, issue: fee, stances: {hold: 35, shift: 20}}
                levers:
                  - {actor: city, issue: fee, attribute: position, target: "<= 15", question: "How far must the city go?"}
                """);
        Cli.Result r = Cli.run("analyze", f.toString(), "--no-report", "--lever-grid", "21");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().contains("Crisis game g: coercion, challenger firm, defender city, issue fee"), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.matches(" +hold +35 +.*")), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.matches(" +shift +20 +.*")), r::toString);
        assertTrue(r.out().contains(org.parley.views.text.CrisisText.MAPPING_NOTE), r::toString);
        assertTrue(r.out().contains("What would it take: How far must the city go?"), r::toString);
    }
}
