package org.parley.views.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Control characters in user strings never reach a terminal raw (issue 12 item 6). */
class TerminalEscapingTest {
    @Test
    void escapeSequencesAreShownNotSent() {
        assertEquals("\\x1B]52;c;aGk=\\x07 title", Escaping.terminal("\u001B]52;c;aGk=\u0007 title"));
        assertEquals("red \\x1B[31mX\\x1B[0m", Escaping.terminal("red \u001B[31mX\u001B[0m"));
        assertEquals("a\\x0Db \\x9B \\x7F \\u202Eevil", Escaping.terminal("a\rb \u009B \u007F \u202Eevil"));
        assertEquals("tab\tand\nline, Zoë, 日本", Escaping.terminal("tab\tand\nline, Zoë, 日本"));
        assertEquals("", Escaping.terminal((String) null));
    }

    @Test
    void theWriterEscapesEverythingButKeepsLineSeparators() {
        StringWriter sw = new StringWriter();
        PrintWriter out = Escaping.terminal(Escaping.terminal(new PrintWriter(sw)));
        out.println("name: \u001B[2J");
        out.printf("%s%n", "\u001B");
        out.print('\u0007');
        out.flush();
        String nl = System.lineSeparator();
        assertEquals("name: \\x1B[2J" + nl + "\\x1B" + nl + "\\x07", sw.toString());
    }
}
