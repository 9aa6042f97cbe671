package org.parley.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Crashes the fuzz targets found (docs/FUZZING.md), each now a located error. */
class FuzzFindingsTest {
    private final ScenarioReader reader = new ScenarioReader();

    private Problem only(String text, String name) {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> reader.read(text, name));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    /** scenario-json: snakeyaml-engine threw NumberFormatException on \\u with no digits at the end of the text. */
    @Test
    void anEscapeCutOffByTheEndOfTheFile() {
        Problem p = only(" {\"metadata\":{\"title\":\"tabs\\tand \\u", "cut.json");
        assertEquals(1, p.line());
        assertEquals(34, p.column());
        assertEquals("syntax error: the escape sequence \\u is cut off by the end of the file", p.message());
        for (String end : new String[] {"\\x", "\\U"}) {
            Problem q = only("metadata:\n  title: \"abc" + end, "cut.yaml");
            assertEquals(2, q.line());
            assertEquals(14, q.column());
        }
    }

    /** The same parse throws for an 8-digit escape at or above 2^31. */
    @Test
    void anEscapeAboveTwoToTheThirtyFirst() {
        Problem p = only("metadata:\n  title: \"emoji \\U0001F600 and \\UFFFFFFFF\"\n", "big.yaml");
        assertEquals(2, p.line());
        assertEquals(32, p.column());
        assertTrue(p.message().contains("\\UFFFFFFFF is not a Unicode character"), p.message());
        Problem q = only("a: \"\\U80000000\"", "b.yaml");
        assertEquals(1, q.line());
        assertEquals(5, q.column());
    }

    /** Escapes the parser reads itself stay its own errors; a backslash-u outside a quoted text is no escape. */
    @Test
    void otherEscapesAreUnchanged() {
        assertTrue(only("a: \"\\U00110000\"", "c.yaml").message().contains("unknown escape character"));
        assertTrue(only("# C:\\u", "d.yaml").message().contains("holds no scenario"));
    }

    /**
     * scenario-yaml and scenario-json: a tag that decodes to a text with white space or a control character at an end
     * made snakeyaml-engine's composer throw IllegalArgumentException ("Tag must not contain leading or trailing
     * spaces").
     */
    @Test
    void aTagWithSpaceAtAnEnd() {
        for (String text : new String[] {"a: !<%20x> 1\n", "!??%8", "metadata: !x%09 {title: t}\n", "a: !<x%20> [1]"}) {
            Problem p = only(text, "tag.yaml");
            assertEquals(1, p.line(), p::format);
            assertTrue(p.message().startsWith("syntax error: a tag (!...) that is empty or starts or ends with white"),
                    p::format);
        }
        assertEquals(11, only("metadata: !x%20 {title: t}\n", "tag.yaml").column());
    }
}
