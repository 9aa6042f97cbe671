package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, "deterministic bytes": the same command on the same input prints the same bytes in two separate JVMs
 * (so {@code Map.of}/{@code Set.of} iteration order, which is salted per JVM, cannot leak into the output), one
 * with one processor and one with two (so the thread count cannot either). {@code SOURCE_DATE_EPOCH} fixes the
 * only documented timestamp, the provenance's start time; {@code --no-timings} leaves out the documented
 * durations (a sweep's phase seconds, a solver's elapsed time).
 */
class DeterministicBytesTest {
    private static final Path KOREA = Path.of("../examples/korea-2019.yaml");

    @TempDir
    Path dir;

    @Test
    void analyzeJsonIsByteIdenticalAcrossJvmsAndProcessorCounts() throws Exception {
        assertSameBytes("analyze", KOREA.toString(), "--format", "json", "--no-report");
    }

    @Test
    void sweepJsonIsByteIdenticalAcrossJvmsAndProcessorCounts() throws Exception {
        assertSameBytes("sweep", KOREA.toString(), "--samples", "16", "--sobol", "4", "--swing-points", "2",
                "--seed", "11", "--threads", "2", "--no-timings", "--no-progress", "--no-report", "--format", "json");
    }

    @Test
    void leversJsonIsByteIdenticalAcrossJvmsAndProcessorCounts() throws Exception {
        assertSameBytes("levers", KOREA.toString(), "--actor", "usa", "--issue", "sequencing", "--target",
                ">= 45", "--format", "json");
    }

    @Test
    void gameSolveJsonIsByteIdenticalAcrossJvmsAndProcessorCounts() throws Exception {
        Path game = dir.resolve("g.nfg");
        Files.writeString(game, """
                NFG 1 R "three by three" { "Row" "Column" } { 3 3 }
                3 3  1 0  0 1  0 1  2 2  1 0  1 0  0 1  3 3
                """);
        assertSameBytes("game", "solve", game.toString(), "-m", "enummixed", "--no-timings", "--format", "json");
        assertSameBytes("game", "solve", game.toString(), "-m", "logit", "--no-timings", "--format", "json");
    }

    private void assertSameBytes(String... args) throws Exception {
        byte[] one = runJvm(1, args);
        byte[] two = runJvm(2, args);
        assertTrue(one.length > 500, () -> "too little output: " + new String(one, StandardCharsets.UTF_8));
        assertArrayEquals(one, two, () -> "outputs differ; first difference at byte " + firstDifference(one, two));
    }

    private byte[] runJvm(int processors, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=" + processors, "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "org.parley.cli.ParleyCommand"));
        command.addAll(List.of(args));
        Path out = dir.resolve("out-" + processors + ".json");
        Path err = dir.resolve("err-" + processors + ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("SOURCE_DATE_EPOCH", "1767225600");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command did not end within 120 s (hang guard)");
        assertEquals(0, p.exitValue(), () -> readQuietly(err));
        return Files.readAllBytes(out);
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return n;
    }
}
