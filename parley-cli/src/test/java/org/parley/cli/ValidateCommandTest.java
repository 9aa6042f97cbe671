package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void validFileIsOkWithSummaryAndHash() {
        Path f = Cli.write(dir, "harbour.yaml", Cli.HARBOUR);
        Cli.Result r = Cli.run("validate", f.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().startsWith("ok: " + f + ": \"Harbour concession talks\", 3 actors, 2 issues, 1 sources;"),
                r::toString);
        assertTrue(r.out().matches("(?s).*sha256 [0-9a-f]{64}\\s*"), r::toString);
        assertEquals("", r.err(), "no warnings: the source is cited");
    }

    @Test
    void warningsGoToStandardErrorWithTheirLocation() {
        Path f = Cli.write(dir, "w.yaml", Cli.HARBOUR.replace(", sources: [memo]", ""));
        Cli.Result r = Cli.run("validate", f.toString());
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.err().startsWith(f + ":6:"), r::toString);
        assertTrue(r.err().contains(": warning: source 'memo' is never cited"), r::toString);
    }

    @Test
    void everyProblemIsPrintedWithItsLocationAndNoStackTrace() {
        String bad = Cli.HARBOUR.replace("capability: 60", "capability: -1").replace("status_quo: 10",
                "status_quo: 10, colour: red");
        Path f = Cli.write(dir, "bad.yaml", bad);
        Cli.Result r = Cli.run("validate", f.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().contains(f + ":9:"), "unknown key on line 9: " + r);
        assertTrue(r.err().contains("unknown key 'colour'"), r::toString);
        assertTrue(r.err().contains(f + ":11:"), "bad capability on line 11: " + r);
        assertTrue(r.err().contains("parley: 2 problems in the scenario"), r::toString);
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
        assertFalse(r.err().contains("Exception"), r::toString);
    }

    @Test
    void debugAddsTheStackTrace() {
        Path f = Cli.write(dir, "bad.yaml", "metadata: {title: T}\nissues: []\n");
        Cli.Result r = Cli.run("--debug", "validate", f.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("ScenarioFormatException") && r.err().contains("\tat "), r::toString);
        // the option is inherited, so it also works after the subcommand
        Cli.Result r2 = Cli.run("validate", f.toString(), "--debug");
        assertTrue(r2.err().contains("\tat "), r2::toString);
    }

    @Test
    void missingFileIsBadInput() {
        Path f = dir.resolve("nope.yaml");
        Cli.Result r = Cli.run("validate", f.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith(f + ": file not found"), r::toString);
    }

    @Test
    void directoryIsBadInput() {
        Cli.Result r = Cli.run("validate", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("is a directory"), r::toString);
    }
}
