package org.parley.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Data-driven check of the broken-file corpus (src/test/resources/broken, index format in its README.md): every
 * file must fail with exactly the listed problems, at the listed positions, with the listed message fragments.
 */
class BrokenCorpusTest {
    private static final Path DIR = TestFiles.resource("broken");
    private static final String ABSENT = "does-not-exist.yaml";

    record Expected(String file, String location, String fragment) {
    }

    static Map<String, List<Expected>> index() throws IOException {
        Map<String, List<Expected>> byFile = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DIR.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\\s+", 3);
            if (f.length != 3) {
                throw new IllegalStateException("bad index line (need file, location, fragment): " + line);
            }
            byFile.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Expected(f[0], f[1], f[2]));
        }
        return byFile;
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenFileReportsItsProblems() throws IOException {
        ScenarioReader reader = new ScenarioReader();
        return index().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path file = DIR.resolve(e.getKey());
            ScenarioFormatException ex = assertThrows(ScenarioFormatException.class, () -> reader.read(file),
                    e.getKey() + " must not read");
            List<Problem> got = ex.problems();
            String report = got.stream().map(p -> p.location() + " " + p.message()).collect(Collectors.joining("\n"));
            assertEquals(e.getValue().size(), got.size(), e.getKey() + ": number of problems; got\n" + report);
            for (Expected x : e.getValue()) {
                assertTrue(got.stream().anyMatch(p -> p.location().equals(x.location())
                                && p.message().contains(x.fragment())),
                        e.getKey() + ": expected " + x.location() + " '" + x.fragment() + "'; got\n" + report);
            }
            for (Problem p : got) {
                assertEquals(file.toString(), p.file(), "problems name the file as given");
                String line = p.format();
                assertTrue(ex.getMessage().lines().anyMatch(line::equals), "getMessage() lists " + line);
            }
            assertEquals(got.size(), ex.getMessage().lines().count(), "one line per problem");
        }));
    }

    @Test
    void indexCoversEveryCorpusFileAndOnlyThose() throws IOException {
        Map<String, List<Expected>> index = index();
        TreeSet<String> onDisk;
        try (Stream<Path> s = Files.list(DIR)) {
            onDisk = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        TreeSet<String> indexed = new TreeSet<>(index.keySet());
        assertTrue(indexed.remove(ABSENT), "the missing-file case is indexed");
        assertFalse(Files.exists(DIR.resolve(ABSENT)), ABSENT + " must stay absent");
        assertEquals(onDisk, indexed);
        assertTrue(onDisk.size() >= 20, "at least 20 broken files");
    }

    @Test
    void locatedProblemsPointInsideTheirFile() throws IOException {
        ScenarioReader reader = new ScenarioReader();
        for (String name : index().keySet()) {
            Path file = DIR.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                    .split("\n", -1));
            for (Problem p : assertThrows(ScenarioFormatException.class, () -> reader.read(file)).problems()) {
                if (p.hasLocation()) {
                    assertTrue(p.line() <= lines.size(), name + ": line " + p.line() + " within the file");
                    assertTrue(p.column() <= lines.get(p.line() - 1).length() + 1,
                            name + ": column " + p.column() + " within line " + p.line());
                }
            }
        }
    }

    @Test
    void formatDocumentNamesEveryCorpusFile() throws IOException {
        String doc = Files.readString(TestFiles.docs("SCENARIO-FORMAT.md"));
        for (String name : index().keySet()) {
            assertTrue(doc.contains("`" + name + "`"), "docs/SCENARIO-FORMAT.md lists `" + name + "`");
        }
    }
}
