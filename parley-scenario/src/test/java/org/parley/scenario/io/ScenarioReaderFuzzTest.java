package org.parley.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for the scenario reader (docs/FUZZING.md), one per syntax. An input passes when it is read or rejected
 * with a {@link ScenarioFormatException} whose problems name the file and carry a message (and, where located, a
 * line and column within the text); any other throwable (or a hang) is a crash. {@code mvn verify} runs each target
 * over its committed inputs in {@code ScenarioReaderFuzzTestInputs/<method>/}; {@code scripts/fuzz.sh scenario-yaml
 * 10m} fuzzes one.
 */
class ScenarioReaderFuzzTest {
    private static final ScenarioReader READER = new ScenarioReader();

    /** The bytes as a scenario text: YAML, or JSON when the text opens with { or [ (the reader decides by content). */
    @FuzzTest(maxDuration = "10m")
    void yaml(byte[] data) {
        check(new String(data, StandardCharsets.UTF_8), "fuzz.yaml");
    }

    /**
     * The bytes as a JSON scenario: a text that would not be read as JSON gets a '{' in front, so that every input
     * exercises the strict-JSON checks and the JSON path of the parser.
     */
    @FuzzTest(maxDuration = "10m")
    void json(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        check(ScenarioReader.looksLikeJson(text) ? text : "{" + text, "fuzz.json");
    }

    /** Lines as YAML counts them: \n, \r\n and a lone \r each end one. */
    static int lineCount(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                lines++;
            }
        }
        return lines;
    }

    static void check(String text, String name) {
        try {
            assertNotNull(READER.readWithWarnings(text, name).scenario());
        } catch (ScenarioFormatException e) {
            assertFalse(e.problems().isEmpty());
            int lines = lineCount(text);
            for (Problem p : e.problems()) {
                assertEquals(name, p.file(), p::format);
                assertFalse(p.message().isBlank(), p::format);
                if (p.hasLocation()) {
                    assertTrue(p.line() >= 1 && p.line() <= lines && p.column() >= 1, () -> "bad location: "
                            + p.format());
                }
            }
        }
    }
}
