package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs from issue 12, built in code: each ends with exit 2 (or 0 when legal) and a located message,
 * never a stack trace. The timeouts only guard against hangs; they make no speed claim.
 */
class HostileInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Cli.Result run(String... args) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run(args));
    }

    /** Asserts exit 2 and a file:line:column location in stderr, and that no Java trace was printed. */
    private static void assertLocatedError(Cli.Result r, String fileName, String phrase) {
        assertEquals(2, r.code(), r::toString);
        assertTrue(Pattern.compile(Pattern.quote(fileName) + ":\\d+:\\d+").matcher(r.err()).find(), r::toString);
        assertTrue(r.err().contains(phrase), r::toString);
        assertFalse(r.err().contains("at org.") || r.err().contains("Exception"), r::toString);
    }

    @Test
    void deepFlowNestingIsALocatedError() {
        Path f = Cli.write(dir, "deep.yaml", "metadata: {title: t}\nnotes: " + "[".repeat(2000) + "]".repeat(2000)
                + "\n");
        assertLocatedError(run("validate", f.toString()), "deep.yaml", "nesting deeper than the limit");
    }

    @Test
    void deepNestingInsideAnIgnoredSectionIsALocatedError() {
        Path f = Cli.write(dir, "deep.yaml", Cli.HARBOUR + "x-ignored: " + "{a: ".repeat(2000) + "1"
                + "}".repeat(2000) + "\n");
        assertLocatedError(run("validate", f.toString()), "deep.yaml", "nesting deeper than the limit");
    }

    @Test
    void deepBlockSequencesAreALocatedError() {
        Path f = Cli.write(dir, "deep.yaml", Cli.HARBOUR + "x-ignored:\n  " + "- ".repeat(2000) + "1\n");
        assertLocatedError(run("validate", f.toString()), "deep.yaml", "nesting deeper than the limit");
    }

    @Test
    void deepJsonIsALocatedError() {
        Path f = Cli.write(dir, "deep.json", "{\"metadata\": " + "[".repeat(2000) + "]".repeat(2000) + "}\n");
        assertLocatedError(run("validate", f.toString()), "deep.json", "nesting deeper than the limit");
    }

    @Test
    void aliasExpansionIsLimited() {
        StringBuilder sb = new StringBuilder(Cli.HARBOUR.replace("description: Invented example.",
                "description: &big " + "x".repeat(1_000))); // a long anchored value
        sb.append("x-notes:\n");
        for (int i = 0; i < 1_500; i++) {
            sb.append("  - *big\n");
        }
        Path f = Cli.write(dir, "alias.yaml", sb.toString());
        assertLocatedError(run("validate", f.toString()), "alias.yaml", "limit of");
    }

    @Test
    void aMegabyteAnchorReferencedOftenIsRejectedQuickly() {
        StringBuilder sb = new StringBuilder("metadata:\n  title: t\n  description: &big >\n");
        String line = "    " + "y".repeat(1_000) + "\n";
        sb.append(line.repeat(1_000));
        sb.append("x-notes: [").append("*big, ".repeat(1_499)).append("*big]\n");
        Path f = Cli.write(dir, "alias.yaml", sb.toString());
        assertLocatedError(run("validate", f.toString()), "alias.yaml", "limit of");
    }

    @Test
    void aFewAliasesAreLegal() {
        String text = Cli.HARBOUR.replace("title: City council memo", "title: &memo City council memo")
                .replace("label: Concession fee", "label: *memo").replace("label: Guaranteed jobs", "label: *memo");
        Path f = Cli.write(dir, "ok.yaml", text);
        Cli.Result r = run("validate", f.toString());
        assertEquals(0, r.code(), r::toString);
    }

    @Test
    void aLongOneLineValueIsALocatedError() {
        Path f = Cli.write(dir, "long.yaml", "metadata:\n  title: " + "z".repeat(3_200_000) + "\n");
        assertLocatedError(run("validate", f.toString()), "long.yaml", "limit of");
    }

    @Test
    void aLongLineJustUnderTheFileLimitIsALocatedError() {
        Path f = Cli.write(dir, "long.yaml", "metadata:\n  title: \"" + "z".repeat(1_000_000) + "\"\n");
        assertLocatedError(run("validate", f.toString()), "long.yaml", "line 2 is longer than the limit");
    }

    @Test
    void aLongValueOverManyLinesIsALocatedError() {
        Path f = Cli.write(dir, "long.yaml", "metadata:\n  title: t\n  description: >\n"
                + ("    " + "w".repeat(1_000) + "\n").repeat(200));
        assertLocatedError(run("validate", f.toString()), "long.yaml", "a value longer than the limit");
    }

    @Test
    void aScaleWhoseWidthOverflowsFailsValidateWithALocation() {
        Path f = Cli.write(dir, "wide.yaml", Cli.HARBOUR.replace("scale: {min: 0, max: 50,",
                "scale: {min: -1e308, max: 1e308,").replace("status_quo: 20}", "status_quo: 0}")
                .replace("fee: {position: 35,", "fee: {position: 0,").replace("fee: [5, 90]", "fee: [1, 90]")
                .replace("fee: [25, 30]", "fee: [2, 30]"));
        Cli.Result v = run("validate", f.toString());
        assertLocatedError(v, "wide.yaml", "reaches beyond ±1e15");
        assertTrue(v.err().contains("wide.yaml:8:"), v::toString); // at the scale's min, on the fee issue's line
        Cli.Result a = run("analyze", f.toString(), "--no-report");
        assertLocatedError(a, "wide.yaml", "reaches beyond ±1e15");
    }

    @Test
    void aScaleAtTheMagnitudeLimitIsAnalysedWithEveryForecastOnTheScale() {
        Path f = Cli.write(dir, "wide.yaml", Cli.HARBOUR
                .replace("scale: {min: 0, max: 50,", "scale: {min: -1e15, max: 1e15,")
                .replace("capability: 60", "capability: 1e15").replace("capability: 80", "capability: 9e14")
                .replace("status_quo: 20}", "status_quo: -1e15}")
                .replace("fee: {position: 35,", "fee: {position: 1e15,").replace("fee: [5, 90]", "fee: [-1e15, 90]")
                .replace("fee: [25, 30]", "fee: [3e14, 30]"));
        Path out = dir.resolve("reports");
        Cli.Result a = run("analyze", f.toString(), "--out", out.toString(), "--format", "csv");
        assertEquals(0, a.code(), a::toString);
        assertFalse(a.err().contains("Exception"), a::toString);
        int feeRows = 0;
        for (String line : a.out().split("\n")) {
            String[] cells = line.split(",");
            if (cells.length > 4 && cells[1].equals("fee")) {
                for (String cell : cells) {
                    if (cell.matches("-?[0-9.]+(E-?[0-9]+)?") && cell.length() > 6) { // the large numbers only
                        double v = Double.parseDouble(cell);
                        assertTrue(Double.isFinite(v) && Math.abs(v) <= 1e15 * (1 + 1e-12), line);
                    }
                }
                feeRows++;
            }
        }
        assertEquals(4, feeRows, a::toString); // compromise, median, nash, eu
    }

    @Test
    void capabilitiesBeyondTheMagnitudeLimitOrTooSmallToWeighAreLocatedErrors() {
        Path big = Cli.write(dir, "big.yaml", Cli.HARBOUR.replace("capability: 60", "capability: 1e308")
                .replace("capability: 80", "capability: 1e308"));
        Cli.Result v = run("validate", big.toString());
        assertLocatedError(v, "big.yaml", "capability of actor 'city' is larger than 1e15");
        assertTrue(v.err().contains("big.yaml:11:"), v::toString);
        assertLocatedError(run("analyze", big.toString(), "--no-report"), "big.yaml", "larger than 1e15");
        Path tiny = Cli.write(dir, "tiny.yaml", Cli.HARBOUR.replace("capability: 25", "capability: 1e-300"));
        assertLocatedError(run("validate", tiny.toString()), "tiny.yaml", "too small to weigh with");
        Path faint = Cli.write(dir, "faint.yaml", Cli.HARBOUR.replace("fee: [25, 30]", "fee: [25, 1e-200]"));
        assertLocatedError(run("validate", faint.toString()), "faint.yaml", "salience of 'union' on issue 'fee'");
        Path range = Cli.write(dir, "range.yaml", Cli.HARBOUR.replace("capability: 25",
                "capability: {value: 25, range: [1, 1e16]}"));
        assertLocatedError(run("validate", range.toString()), "range.yaml", "larger than 1e15");
    }

    @Test
    void moreActorsThanTheLimitIsOneLocatedErrorThatSaysHowToRaiseIt() {
        StringBuilder b = new StringBuilder("metadata: {title: many}\nissues:\n  - {id: a, label: A, status_quo: 0}\n"
                + "actors:\n");
        for (int i = 0; i < 2_001; i++) {
            b.append("  - {id: a").append(i).append(", name: A").append(i).append(", capability: 1, positions: {a: [")
                    .append(i % 101).append(", 50]}}\n");
        }
        Path f = Cli.write(dir, "many.yaml", b.toString());
        Cli.Result v = run("validate", f.toString());
        assertLocatedError(v, "many.yaml", "2001 actors, more than the limit of 2000");
        assertTrue(v.err().contains("--limit actors=N"), v::toString);
        assertEquals(1, v.err().lines().filter(l -> l.startsWith(f.toString())).count(), v::toString);
        Cli.Result raised = run("validate", f.toString(), "--limit", "actors=3000");
        assertEquals(0, raised.code(), raised::toString);
        Cli.Result lowered = run("validate", Cli.write(dir, "h.yaml", Cli.HARBOUR).toString(), "--limit", "issues=1");
        assertLocatedError(lowered, "h.yaml", "2 issues, more than the limit of 1");
    }

    @Test
    void badLimitOptionsAreUsageErrors() {
        Path f = Cli.write(dir, "h.yaml", Cli.HARBOUR);
        for (String bad : new String[] {"actors", "actors=x", "actors=0", "planets=3", "depth=99999999999",
                "depth=5000"}) {
            Cli.Result r = run("analyze", f.toString(), "--no-report", "--limit", bad);
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains("--limit"), r::toString);
            assertFalse(r.err().contains("Exception"), r::toString);
        }
    }

    @Test
    void subnormalAndOverflowingVotesAreLocatedErrors() {
        Path f = Cli.write(dir, "votes.yaml", Cli.HARBOUR.replace("status_quo: 20}",
                "status_quo: 20, decision: {rule: majority, deciders: {city: 1e308, firm: 1e308, union: 1}}}")
                .replace("status_quo: 10}",
                        "status_quo: 10, decision: {rule: majority, deciders: {city: 4.9e-324, firm: 1, union: 1}}}"));
        Cli.Result v = run("validate", f.toString());
        assertLocatedError(v, "votes.yaml", "add up to more than the largest number");
        assertTrue(v.err().contains("subnormal"), v::toString);
    }

    @Test
    void escapeSequencesInUserStringsAreEscapedInTerminalOutput() {
        String esc = "\u001B]52;c;cGF5bG9hZA==\u0007\u001B[2J";
        Path f = Cli.write(dir, "esc.yaml", Cli.HARBOUR.replace("title: Harbour concession talks",
                "title: \"Harbour " + esc.replace("\u001B", "\\e").replace("\u0007", "\\a") + "\"")
                .replace("name: City of Port", "name: \"City \\e[31m\""));
        for (String[] args : new String[][] {{"validate", f.toString()}, {"analyze", f.toString(), "--no-report"}}) {
            Cli.Result r = run(args);
            assertEquals(0, r.code(), r::toString);
            assertFalse(r.out().contains("\u001B") || r.err().contains("\u001B"), r::toString);
            assertFalse(r.out().contains("\u0007") || r.err().contains("\u0007"), r::toString);
        }
        Cli.Result v = run("validate", f.toString());
        assertTrue(v.out().contains("\\x1B]52"), v::toString);
        Path bad = Cli.write(dir, "bad.yaml", Cli.HARBOUR + "\"x\\e[2Jkey\": 1\n");
        Cli.Result b = run("validate", bad.toString());
        assertEquals(2, b.code(), b::toString);
        assertFalse(b.err().contains("\u001B"), b::toString);
    }

    @Test
    void aSymlinkedIndexIsRefusedAndItsTargetUntouched() throws java.io.IOException {
        Path f = Cli.write(dir, "harbour.yaml", Cli.HARBOUR);
        Path out = dir.resolve("reports");
        java.nio.file.Files.createDirectories(out);
        Path victim = Cli.write(dir, "victim.txt", "precious");
        java.nio.file.Files.createSymbolicLink(out.resolve("index.html"), victim);
        Cli.Result r = run("analyze", f.toString(), "--out", out.toString());
        assertEquals(1, r.code() == 0 ? 0 : 1, r::toString); // not a success
        assertTrue(r.err().contains("symbolic link"), r::toString);
        assertEquals("precious", java.nio.file.Files.readString(victim));
    }

    @Test
    void replacingAnEarlierReportIsSaidAndLeavesNoTemporaryFiles() throws java.io.IOException {
        Path f = Cli.write(dir, "harbour.yaml", Cli.HARBOUR);
        Path out = dir.resolve("reports");
        Cli.Result first = run("analyze", f.toString(), "--out", out.toString());
        assertEquals(0, first.code(), first::toString);
        assertFalse(first.err().contains("replaced"), first::toString);
        Cli.Result second = run("analyze", f.toString(), "--out", out.toString());
        assertEquals(0, second.code(), second::toString);
        assertTrue(second.err().contains("replaced the earlier report"), second::toString);
        try (var files = java.nio.file.Files.list(out)) {
            assertEquals(java.util.List.of("index.html"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void anEmptyOutIsAUsageErrorAndAFailingOutGivesTheReason() throws java.io.IOException {
        Path f = Cli.write(dir, "harbour.yaml", Cli.HARBOUR);
        Cli.Result empty = run("analyze", f.toString(), "--out", "");
        assertEquals(2, empty.code(), empty::toString);
        assertTrue(empty.err().contains("--out"), empty::toString);
        Path blocker = Cli.write(dir, "blocker", "a file");
        Cli.Result under = run("analyze", f.toString(), "--out", blocker.resolve("sub").toString());
        assertTrue(under.code() != 0, under::toString);
        assertTrue(under.err().toLowerCase(java.util.Locale.ROOT).contains("not a directory"), under::toString);
    }

    @Test
    void aFileNamedDotsWritesInsideReports() {
        assertEquals("scenario", Inputs.safeStem(Path.of("...yaml")));
        assertEquals("scenario", Inputs.safeStem(Path.of("..yaml")));
        assertEquals("harbour", Inputs.safeStem(Path.of("dir/harbour.yaml")));
    }

    @Test
    void hugeLeverGridsAreUsageErrors() {
        Path f = Cli.write(dir, "harbour.yaml", Cli.HARBOUR);
        for (String g : new String[] {"2147483647", "100000000", "1e8"}) {
            Cli.Result r = run("levers", f.toString(), "--actor", "city", "--issue", "fee", "--target", ">= 30",
                    "--grid", g);
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains("--grid"), r::toString);
            assertFalse(r.err().contains("internal error"), r::toString);
        }
        Cli.Result a = run("analyze", f.toString(), "--no-report", "--lever-grid", "2147483647");
        assertEquals(2, a.code(), a::toString);
    }

    @Test
    void jsonFilesAreStrict() {
        String ok = "{\"metadata\": {\"title\": \"it's fine, really\"}, \"issues\": [], \"actors\": []}\n";
        Cli.Result fine = run("validate", Cli.write(dir, "ok.json", ok).toString());
        assertFalse(fine.err().contains("single") || fine.err().contains("trailing comma"), fine::toString);
        Cli.Result trailing = run("validate", Cli.write(dir, "t.json",
                "{\"metadata\": {\"title\": \"t\",\n  }}\n").toString());
        assertLocatedError(trailing, "t.json", "trailing comma");
        assertTrue(trailing.err().contains("t.json:1:"), trailing::toString);
        Cli.Result single = run("validate", Cli.write(dir, "s.json", "{\"metadata\": {'title': 't'}}\n").toString());
        assertLocatedError(single, "s.json", "double quotes");
        assertTrue(single.err().contains("s.json:1:15"), single::toString);
    }

    @Test
    void anEmojiAcrossTheReadersBufferBoundaryIsRead() {
        for (int pad = 1012; pad < 1020; pad++) { // around the 1,024-character buffer of snakeyaml-engine
            for (String quote : new String[] {"\"", "'", ""}) {
                String title = "x".repeat(pad) + "\uD83D\uDE00" + "y".repeat(40);
                String text = "metadata:\n  title: " + quote + title + quote + "\n";
                Path f = Cli.write(dir, "emoji.yaml", text);
                Cli.Result r = run("validate", f.toString());
                assertFalse(r.err().contains("internal error") || r.err().contains("IndexOutOfBounds"), r::toString);
                assertEquals(2, r.code(), r::toString); // no issues and actors: a located scenario error, not a crash
            }
        }
    }
}
