package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley sweep}: files written whole, the same numbers for the same seed, bad options exit 2. */
class SweepCommandTest {
    static final String KOREA = "../examples/korea-2019.yaml";

    @Test
    void writesTheReportAndTheSameNumbersForTheSameSeed(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("sweep", KOREA, "--samples", "40", "--sobol", "4", "--swing-points", "2", "--seed",
                "7", "--no-progress", "--threads", "2", "--out", dir.toString(), "--zone", "relief=eu.sequencing >= 45");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Crisis games"), r.out());
        assertTrue(r.out().contains("relief"), r.out());
        for (String f : new String[] {"index.html", "sweep.json", "sweep.csv"}) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("tornado chart") && html.contains("outcome probabilities"));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("sweep.json").toFile());
        assertEquals("sweep", json.at("/kind").asText());
        assertEquals(40, json.at("/sweep/samples").asLong());
        assertEquals(7, json.at("/sweep/provenance/seed").asLong());
        Cli.Result again = Cli.run("sweep", KOREA, "--samples", "40", "--sobol", "4", "--swing-points", "2", "--seed",
                "7", "--no-progress", "--threads", "1", "--no-report", "--format", "csv", "--zone",
                "relief=eu.sequencing >= 45");
        assertEquals(0, again.code(), again.err());
        assertEquals(Files.readString(dir.resolve("sweep.csv")), again.out());
    }

    @Test
    void badZoneOrEngineIsBadInput() {
        Cli.Result zone = Cli.run("sweep", KOREA, "--samples", "5", "--no-progress", "--no-report", "--zone",
                "x=eu.nowhere >= 3");
        assertEquals(2, zone.code());
        assertTrue(zone.err().contains("unknown reference"), zone.err());
        Cli.Result eq = Cli.run("sweep", KOREA, "--samples", "5", "--no-progress", "--no-report", "--zone",
                "x=sequencing == 3");
        assertEquals(2, eq.code());
        Cli.Result engine = Cli.run("sweep", KOREA, "--samples", "5", "--no-progress", "--no-report", "--engine",
                "mapreduce");
        assertEquals(2, engine.code());
        assertFalse(engine.err().isEmpty());
    }
}
