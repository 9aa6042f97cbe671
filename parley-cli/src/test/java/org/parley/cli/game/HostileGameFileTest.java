package org.parley.cli.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tiny hostile game files from issue 12, built in code: refused before allocation with exit 2 and a located
 * message. The timeout only guards against hangs and memory exhaustion; it makes no speed claim.
 */
class HostileGameFileTest {
    @TempDir
    Path dir;

    private GameCommandTest.Run info(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> GameCommandTest.run("info", f.toString()));
    }

    private static void assertLocated(GameCommandTest.Run r, String name, String phrase) {
        String all = r.out() + r.err();
        assertEquals(2, r.code(), all);
        assertTrue(Pattern.compile(Pattern.quote(name) + ":\\d+:\\d+").matcher(all).find(), all);
        assertTrue(all.contains(phrase), all);
        assertFalse(all.contains("Exception") || all.contains("at org."), all);
    }

    @Test
    void hugeStrategyCountsAreRefused() throws IOException {
        assertLocated(info("a.nfg", "NFG 1 R \"\" { \"1\" \"2\" } { 32000 32000 }\n"), "a.nfg", "strategy profiles");
        assertLocated(info("b.nfg", "NFG 1 R \"\" { \"1\" } { 2147483647 }\n"), "b.nfg", "strategies, more than");
    }

    @Test
    void aCrossedLimitNamesTheOptionThatRaisesItAndTheOptionWorks() throws IOException {
        // 1,200 × 1,000 = 1.2 million profiles of zeros: over the default, legal with --limit profiles=2000000
        String text = "NFG 1 R \"big\" { \"1\" \"2\" } { 1200 1000 }\n" + "0 0 ".repeat(1_200_000) + "\n";
        GameCommandTest.Run refused = info("big.nfg", text);
        assertLocated(refused, "big.nfg", "more than the limit of 1000000 (raise it with --limit profiles=N");
        Path f = dir.resolve("big.nfg");
        GameCommandTest.Run raised = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> GameCommandTest.run("info", f.toString(), "--limit", "profiles=2000000"));
        assertEquals(0, raised.code(), raised.out() + raised.err());
        assertTrue(raised.out().contains("1200"), raised.out());
        GameCommandTest.Run small = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> GameCommandTest.run("info", f.toString(), "--limit", "file-bytes=1000"));
        assertLocated(small, "big.nfg", "bytes, more than the limit of 1000 (raise it with --limit file-bytes=N");
    }

    @Test
    void theDepthLimitCanBeLoweredButNotRaisedAndBadLimitsAreUsageErrors() throws IOException {
        StringBuilder chain = new StringBuilder("EFG 2 R \"chain\" { \"1\" }\n");
        for (int i = 0; i < 50; i++) {
            chain.append("p \"\" 1 ").append(i + 1).append(" \"\" { \"stop\" \"go\" } 0\nt \"\" 1 \"o\" { 0 }\n");
        }
        chain.append("t \"\" 2 \"end\" { 1 }\n");
        Path f = dir.resolve("chain.efg");
        Files.writeString(f, chain.toString());
        GameCommandTest.Run lowered = GameCommandTest.run("info", f.toString(), "--limit", "depth=10");
        assertLocated(lowered, "chain.efg", "deeper than the limit of 10 moves");
        assertFalse((lowered.out() + lowered.err()).contains("--limit depth"), "depth cannot be raised: no hint");
        for (String bad : new String[] {"depth=2001", "planets=3", "nodes", "nodes=-1", "players=x"}) {
            GameCommandTest.Run r = GameCommandTest.run("solve", f.toString(), "-m", "spe", "--limit", bad);
            assertEquals(2, r.code(), r.out() + r.err());
            assertTrue(r.err().contains("--limit"), r.err());
        }
    }

    @Test
    void manyPlayersAreRefused() throws IOException {
        String players = "\"p\" ".repeat(1_000);
        assertLocated(info("c.nfg", "NFG 1 R \"\" { " + players + "} { " + "1 ".repeat(1_000) + "}\n"), "c.nfg",
                "more players than the limit");
    }

    @Test
    void labelledStrategiesCountTowardsTheProfileLimit() throws IOException {
        String st = "{ " + "\"s\" ".repeat(2_000) + "}";
        assertLocated(info("d.nfg", "NFG 1 R \"\" { \"1\" \"2\" } { " + st + " " + st + " }\n"), "d.nfg",
                "strategy profiles");
    }

    @Test
    void aDeepChainIsRefusedAndAShallowOneRead() throws IOException {
        StringBuilder deep = new StringBuilder("EFG 2 R \"chain\" { \"1\" }\n");
        for (int i = 0; i < 10_000; i++) {
            deep.append("p \"\" 1 ").append(i + 1).append(" \"\" { \"stop\" \"go\" } 0\nt \"\" 1 \"o\" { 0 }\n");
        }
        deep.append("t \"\" 2 \"end\" { 1 }\n");
        assertLocated(info("deep.efg", deep.toString()), "deep.efg", "deeper than the limit");

        StringBuilder ok = new StringBuilder("EFG 2 R \"chain\" { \"1\" }\n");
        for (int i = 0; i < 500; i++) {
            ok.append("p \"\" 1 ").append(i + 1).append(" \"\" { \"stop\" \"go\" } 0\nt \"\" 1 \"o\" { 0 }\n");
        }
        ok.append("t \"\" 2 \"end\" { 1 }\n");
        GameCommandTest.Run r = info("ok.efg", ok.toString());
        assertEquals(0, r.code(), r.out() + r.err());
    }

    @Test
    void escapeSequencesInGameLabelsAreEscaped() throws IOException {
        GameCommandTest.Run r = info("esc.nfg", "NFG 1 R \"t\u001B]52;c;eA==\u0007\" { \"p\u001B[2J\" \"q\" }"
                + " { { \"a\u009B\" \"b\" } { \"c\" } }\n1 2 3 4\n");
        assertEquals(0, r.code(), r.out() + r.err());
        assertFalse((r.out() + r.err()).matches("(?s).*[\u001B\u0007\u009B].*"), r.out());
        assertTrue(r.out().contains("\\x1B"), r.out());
    }
}
