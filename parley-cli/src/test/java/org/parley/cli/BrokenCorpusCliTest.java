package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code parley validate} on every file of the scenario module's broken-file corpus and checks exit code 2 and
 * that standard error holds every expected {@code file:line:column: message} (format of the index: the corpus's
 * README.md). The corpus belongs to parley-scenario; it is read in place, relative to this module's directory.
 */
class BrokenCorpusCliTest {
    static final Path CORPUS = Path.of("../parley-scenario/src/test/resources/broken");

    record Expected(String location, String fragment) {
    }

    static Map<String, List<Expected>> index() throws IOException {
        Map<String, List<Expected>> byFile = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.strip().split("\\s+", 3);
            byFile.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Expected(f[1], f[2]));
        }
        return byFile;
    }

    @TestFactory
    Stream<DynamicTest> validateRejectsEveryBrokenFile() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(CORPUS.resolve("expected.txt")),
                "broken-file corpus not found at " + CORPUS.toAbsolutePath() + "; skipping");
        Map<String, List<Expected>> index = index();
        assertTrue(index.size() >= 10, "the corpus index lists " + index.size() + " files");
        return index.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path file = CORPUS.resolve(e.getKey());
            Cli.Result r = Cli.run("validate", file.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
            assertEquals("", r.out(), r::toString);
            assertFalse(r.err().contains("\tat "), "no stack trace");
            List<String> lines = r.err().lines().toList();
            for (Expected x : e.getValue()) {
                String prefix = x.location().equals("-") ? file + ": " : file + ":" + x.location() + ": ";
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(prefix) && l.contains(x.fragment())),
                        () -> "expected a line starting '" + prefix + "' containing '" + x.fragment() + "' in\n" + r);
            }
            int n = e.getValue().size();
            assertTrue(r.err().contains("parley: " + n + " problem" + (n == 1 ? "" : "s") + " in the scenario"),
                    r::toString);
        }));
    }

    @TestFactory
    Stream<DynamicTest> analyzeRejectsThemToo() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(CORPUS.resolve("expected.txt")),
                "broken-file corpus not found at " + CORPUS.toAbsolutePath() + "; skipping");
        // a few representative files are enough here; validate covers the whole corpus
        return index().keySet().stream().limit(5).map(name -> DynamicTest.dynamicTest(name, () -> {
            Cli.Result r = Cli.run("analyze", CORPUS.resolve(name).toString(), "--no-report");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
            assertEquals("", r.out(), r::toString);
        }));
    }
}
