package org.parley.cli.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ExitCodes;
import org.parley.games.StrategicGame;
import org.parley.games.io.GameWriter;
import org.parley.games.numeric.Rational;

/**
 * {@code parley game solve} with budgets ({@code --budget-seconds}, {@code --max-equilibria}: the verified
 * equilibria found so far, a note on standard error, the completion status in JSON, exit code 3) and with several
 * files or a folder in one run. No timing is asserted.
 */
class SolveBudgetAndBatchCliTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A random two-player game with payoffs 0..99, written as .nfg. */
    Path randomGame(String name, int n, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[][] a = new long[n][n];
        long[][] b = new long[n][n];
        for (long[][] m : List.of(a, b)) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) m[i][j] = rnd.nextInt(0, 100);
            }
        }
        StrategicGame.Builder g = StrategicGame.builder().title(name).player("1", n).player("2", n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) g.cellPayoffs(i + n * j, Rational.of(a[i][j]), Rational.of(b[i][j]));
        }
        Path p = dir.resolve(name + ".nfg");
        Files.writeString(p, GameWriter.write(g.build()));
        return p;
    }

    Path e04() throws IOException {
        Path p = dir.resolve("e04.efg");
        Files.writeString(p, GameCommandTest.E04);
        return p;
    }

    @Test
    void maxEquilibriaPrintsTheFirstOnesAndSaysThereMayBeMore() throws IOException {
        Path f = randomGame("g8", 8, 7);
        GameCommandTest.Run all = GameCommandTest.run("solve", f.toString(), "-m", "enummixed");
        assertEquals(ExitCodes.OK, all.code(), all.err());
        List<String> lines = all.out().lines().toList();
        assertTrue(lines.size() >= 2, all.out());
        GameCommandTest.Run one = GameCommandTest.run("solve", f.toString(), "-m", "enummixed", "--max-equilibria", "1");
        assertEquals(ExitCodes.INCOMPLETE, one.code(), one.err());
        assertEquals(lines.subList(0, 1), one.out().lines().toList());
        assertTrue(one.err().contains("--max-equilibria 1") && one.err().contains("there may be more"), one.err());
        // a limit the method does not reach changes nothing
        GameCommandTest.Run enough = GameCommandTest.run("solve", f.toString(), "-m", "enummixed", "--max-equilibria",
                Integer.toString(lines.size() + 1));
        assertEquals(ExitCodes.OK, enough.code(), enough.err());
        assertEquals(all.out(), enough.out());
    }

    @Test
    void zeroSecondBudgetGivesAVerifiedPartialResultWithItsStatus() throws IOException {
        Path f = randomGame("g14", 14, 20_261_129);
        GameCommandTest.Run r = GameCommandTest.run("solve", f.toString(), "-m", "enummixed", "--budget-seconds", "0",
                "-f", "json");
        assertEquals(ExitCodes.INCOMPLETE, r.code(), r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals("TIME_LIMIT", doc.at("/result/completion").asText(), r.out());
        assertTrue(doc.at("/result/verified").asBoolean());
        for (JsonNode e : doc.at("/result/equilibria")) {
            assertEquals("0", e.get("exactMaxRegret").asText());
            assertTrue(e.get("verified").asBoolean());
        }
        assertTrue(r.err().contains("time budget of 0 s ran out") && r.err().contains("may be incomplete"), r.err());
        GameCommandTest.Run lcp = GameCommandTest.run("solve", f.toString(), "-m", "lcp", "--exact", "--budget-seconds",
                "0");
        assertEquals(ExitCodes.INCOMPLETE, lcp.code(), lcp.err());
    }

    @Test
    void aMethodWithoutPartialResultsReportsTheBudgetToo() throws IOException {
        Path f = randomGame("g16", 16, 3);
        GameCommandTest.Run r = GameCommandTest.run("solve", f.toString(), "-m", "simpdiv", "--budget-seconds", "0");
        if (r.code() == ExitCodes.OK) {
            assertEquals(1, r.out().lines().count(), "finished before the timer fired: a whole answer");
        } else {
            assertEquals(ExitCodes.INCOMPLETE, r.code(), r.err());
            assertEquals("", r.out());
            assertTrue(r.err().contains("time budget"), r.err());
        }
    }

    @Test
    void completeRunsSayCompleteInJson() throws IOException {
        GameCommandTest.Run r = GameCommandTest.run("solve", e04().toString(), "-f", "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("COMPLETE", JSON.readTree(r.out()).at("/result/completion").asText());
    }

    @Test
    void badBudgetsAreUsageErrors() throws IOException {
        Path f = e04();
        GameCommandTest.Run neg = GameCommandTest.run("solve", f.toString(), "--budget-seconds", "-1");
        assertEquals(ExitCodes.BAD_INPUT, neg.code());
        assertTrue(neg.err().contains("--budget-seconds must be >= 0"), neg.err());
        GameCommandTest.Run zero = GameCommandTest.run("solve", f.toString(), "--max-equilibria", "0");
        assertEquals(ExitCodes.BAD_INPUT, zero.code());
        assertTrue(zero.err().contains("--max-equilibria must be >= 1"), zero.err());
    }

    @Test
    void aFolderIsSolvedGameByGameInOneRun() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("corpus"));
        Files.writeString(folder.resolve("a.efg"), GameCommandTest.E04);
        Files.copy(randomGame("b", 4, 5), folder.resolve("b.nfg"));
        Files.writeString(folder.resolve("notes.txt"), "not a game");
        GameCommandTest.Run r = GameCommandTest.run("solve", folder.toString(), "-m", "enumpure");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("# " + folder.resolve("a.efg"), lines.get(0));
        assertEquals(List.of("NE,1,0,0,1,0", "NE,0,0,1,0,1"), lines.subList(1, 3));
        assertEquals("# " + folder.resolve("b.nfg"), lines.get(3));
        // JSON Lines: one parseable document per game
        GameCommandTest.Run j = GameCommandTest.run("solve", folder.toString(), "-m", "enumpure", "-f", "json");
        assertEquals(ExitCodes.OK, j.code(), j.err());
        List<String> docs = j.out().lines().toList();
        assertEquals(2, docs.size(), j.out());
        assertEquals(folder.resolve("a.efg").toString(), JSON.readTree(docs.get(0)).at("/game/file").asText());
        assertEquals(folder.resolve("b.nfg").toString(), JSON.readTree(docs.get(1)).at("/game/file").asText());
    }

    @Test
    void aBadFileInABatchIsReportedAndTheOthersStillRun() throws IOException {
        Path bad = dir.resolve("bad.nfg");
        Files.writeString(bad, "NFG 1 R \"t\" { \"A\" } { 2 }\n1 oops\n");
        Path good = e04();
        GameCommandTest.Run r = GameCommandTest.run("solve", bad.toString(), good.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains(bad + ":2:3:"), r.err());
        assertTrue(r.out().contains("# " + good + "\nNE,1,0,0,1,0\nNE,0,0,1,0,1"), r.out());
    }

    @Test
    void theWorstStatusOfABatchWins() throws IOException {
        Path small = e04();
        Path big = randomGame("g8", 8, 7);
        GameCommandTest.Run r = GameCommandTest.run("solve", small.toString(), big.toString(), "-m", "enummixed",
                "--max-equilibria", "1");
        assertEquals(ExitCodes.INCOMPLETE, r.code(), r.err());
        assertEquals(ExitCodes.INCOMPLETE, SolveRuns.combine(ExitCodes.OK, ExitCodes.INCOMPLETE));
        assertEquals(ExitCodes.BAD_INPUT, SolveRuns.combine(ExitCodes.INCOMPLETE, ExitCodes.BAD_INPUT));
        assertEquals(ExitCodes.FAILURE, SolveRuns.combine(ExitCodes.FAILURE, ExitCodes.BAD_INPUT));
        assertEquals(ExitCodes.OK, SolveRuns.combine(ExitCodes.OK, ExitCodes.OK));
    }
}
