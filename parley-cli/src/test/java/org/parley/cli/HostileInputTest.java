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
}
