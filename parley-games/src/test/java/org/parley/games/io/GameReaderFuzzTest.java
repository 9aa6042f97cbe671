package org.parley.games.io;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for the Gambit readers (docs/FUZZING.md). An input passes when it is read or rejected with a
 * located {@link GameFormatException}; any other throwable (or a hang) is a crash. {@code mvn verify} runs each
 * target over its committed inputs in {@code GameReaderFuzzTestInputs/<method>/}; {@code scripts/fuzz.sh nfg 10m}
 * fuzzes one.
 */
class GameReaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void nfg(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            assertNotNull(NfgReader.read(text, "fuzz.nfg"));
        } catch (GameFormatException e) {
            assertLocated(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void efg(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            assertNotNull(EfgReader.read(text, "fuzz.efg"));
        } catch (GameFormatException e) {
            assertLocated(e);
        }
    }

    private static void assertLocated(GameFormatException e) {
        assertTrue(e.line() >= 1 && e.column() >= 1, () -> "unlocated: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("fuzz."), () -> "message without the file name: " + e.getMessage());
    }
}
