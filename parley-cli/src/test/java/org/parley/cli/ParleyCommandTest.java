package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParleyCommandTest {

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        for (String s : new String[]{"analyze", "validate", "forecast", "game", "--debug", "--version", "Exit codes:",
                "bad input"}) {
            assertTrue(r.out().contains(s), () -> s + " missing from\n" + r);
        }
        assertEquals("", r.err());
    }

    @Test
    void noCommandPrintsUsage() {
        Cli.Result r = Cli.run();
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().startsWith("Usage: parley"), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "validate", "forecast"})
    void everyCommandHasHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        assertTrue(r.out().startsWith("Usage: parley " + command), r::toString);
        assertTrue(r.out().contains("FILE"));
    }

    @Test
    void gameIsASubcommandWithItsOwnSubcommands(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Cli.Result help = Cli.run("game", "--help");
        assertEquals(ExitCodes.OK, help.code(), help::toString);
        assertTrue(help.out().startsWith("Usage: parley game"), help::toString);
        assertTrue(help.out().contains("solve") && help.out().contains("info") && help.out().contains("convert"));
        // prisoner's dilemma (player 1's strategy varies fastest): the one pure equilibrium is (defect, defect)
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("pd.nfg"),
                "NFG 1 R \"PD\" { \"P1\" \"P2\" } { 2 2 }\n3 3 5 0 0 5 1 1\n");
        Cli.Result solve = Cli.run("game", "solve", f.toString());
        assertEquals(ExitCodes.OK, solve.code(), solve::toString);
        assertEquals("NE,0,1,0,1", solve.out().strip(), solve::toString);
        Cli.Result bad = Cli.run("game", "info", dir.resolve("missing.nfg").toString());
        assertEquals(ExitCodes.BAD_INPUT, bad.code(), bad::toString);
    }

    @Test
    void analyzeHelpDocumentsItsOptions() {
        String out = Cli.run("analyze", "--help").out();
        for (String s : new String[]{"--out", "--format", "text, json, csv", "--models", "--no-report"}) {
            assertTrue(out.contains(s), () -> s + " missing from\n" + out);
        }
        String f = Cli.run("forecast", "--help").out();
        assertTrue(f.contains("--model") && f.contains("--issue"), f);
    }

    @Test
    void versionNamesParleyAndJava() {
        Cli.Result r = Cli.run("--version");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().startsWith("parley " + ParleyVersion.version()), r::toString);
        assertTrue(r.out().contains("Java " + System.getProperty("java.version")), r::toString);
        // filled in by Maven resource filtering from the pom
        assertTrue(ParleyVersion.version().matches("\\d+\\.\\d+\\.\\d+.*"), ParleyVersion.version());
    }

    @Test
    void unknownCommandIsBadInputWithASuggestion() {
        Cli.Result r = Cli.run("analyse", "x.yaml");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("Unmatched argument"), r::toString);
        assertTrue(r.err().contains("analyze"), "did-you-mean suggestion: " + r);
        assertEquals("", r.out());
    }

    @Test
    void badOptionValueIsBadInput() {
        Cli.Result r = Cli.run("analyze", "x.yaml", "--format", "xml");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--format") && r.err().contains("xml"), r::toString);
        assertTrue(r.err().contains("Try 'parley analyze --help'"), r::toString);
    }

    @Test
    void missingParameterOrRequiredOptionIsBadInput() {
        Cli.Result r = Cli.run("validate");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("Missing required parameter: 'FILE'"), r::toString);
        Cli.Result f = Cli.run("forecast", "x.yaml");
        assertEquals(ExitCodes.BAD_INPUT, f.code());
        assertTrue(f.err().contains("--model"), f::toString);
    }

    @Test
    void formatIsCaseInsensitive() {
        Cli.Result r = Cli.run("analyze", "does-not-exist.yaml", "--format", "JSON", "--no-report");
        // parsing succeeded: the failure is about the missing file, not the option
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("does-not-exist.yaml: file not found"), r::toString);
        assertFalse(r.err().contains("--format"), r::toString);
    }
}
