package org.parley.analysis.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.parley.forecast.Models;
import org.parley.scenario.io.Problem;
import org.parley.scenario.io.ReadResult;
import org.parley.scenario.io.ScenarioFormatException;
import org.parley.scenario.io.ScenarioReader;

/**
 * Every file of {@code broken-analysis/} is read without error by the scenario reader, and the analysis plan then
 * reports exactly the problems of {@code expected.txt}, each at its position in the file.
 */
class BrokenAnalysisCorpusTest {
    static final Path DIR = Path.of("src/test/resources/broken-analysis");

    record Expected(String location, String fragment) {
    }

    static Map<String, List<Expected>> index() throws IOException {
        Map<String, List<Expected>> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DIR.resolve("expected.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.strip().split("\\s+", 3);
            m.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Expected(f[1], f[2]));
        }
        return m;
    }

    @TestFactory
    Stream<DynamicTest> everyFileReportsItsProblemsLocated() throws IOException {
        return index().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            ReadResult r = new ScenarioReader().readWithWarnings(DIR.resolve(e.getKey()));
            ScenarioFormatException ex = assertThrows(ScenarioFormatException.class, () -> AnalysisPlan.read(r, Models.IDS));
            List<Problem> got = ex.problems();
            String all = String.join("\n", got.stream().map(p -> p.location() + " " + p.message()).toList());
            assertEquals(e.getValue().size(), got.size(), e.getKey() + ":\n" + all);
            for (int i = 0; i < got.size(); i++) {
                Expected x = e.getValue().get(i);
                assertEquals(x.location(), got.get(i).location(), e.getKey() + " problem " + i + ":\n" + all);
                assertTrue(got.get(i).message().contains(x.fragment()), e.getKey() + ": expected '" + x.fragment()
                        + "'; got\n" + all);
                assertTrue(got.get(i).format().startsWith(DIR.resolve(e.getKey()) + ":" + x.location() + ": "));
            }
        }));
    }

    @Test
    void everyFileIsIndexed() throws IOException {
        Map<String, List<Expected>> idx = index();
        try (Stream<Path> files = Files.list(DIR)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") || n.endsWith(".json"))
                    .forEach(n -> assertTrue(idx.containsKey(n), n + " is listed in expected.txt"));
        }
    }
}
