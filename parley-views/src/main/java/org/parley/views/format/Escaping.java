package org.parley.views.format;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Escaping of text for markup, in one place: every string that comes from a scenario, a model or a game and ends up
 * in HTML or SVG goes through {@link #html(String)}. (CSV quoting is {@code org.parley.views.csv.Csv}; JSON
 * escaping is Jackson's.) Every text view writes through {@link #terminal(PrintWriter)}, so that user strings
 * cannot send escape sequences to a terminal.
 */
public final class Escaping {
    private Escaping() {
    }

    /**
     * Escapes text for element content and for quoted attribute values of HTML and inline or standalone SVG
     * ({@code & < > " '}); control characters other than tab and line breaks, which markup does not allow, become
     * U+FFFD. Null is the empty string.
     */
    public static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Makes text safe for a terminal: control characters other than tab and line feed (C0, DEL, C1, including
     * ESC and carriage return), and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), are
     * written visibly as a backslash, x and two hex digits (or u and four), so that a title cannot move the cursor, recolour the
     * screen, set the clipboard (OSC 52) or reorder what is shown. Null is the empty string. Linear time.
     */
    public static String terminal(String s) {
        if (s == null) {
            return "";
        }
        int i = 0;
        while (i < s.length() && !unsafeForTerminal(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            appendTerminal(b, s.charAt(i));
        }
        return b.toString();
    }

    /**
     * A writer over {@code out} that applies {@link #terminal(String)} to everything written through it (the
     * line separators {@code println} writes are kept). Wrapping twice is harmless.
     */
    public static PrintWriter terminal(PrintWriter target) {
        return new PrintWriter(new TerminalWriter(target)) {
            @Override
            public void println() {
                target.println(); // the platform's separator, written unescaped
            }
        };
    }

    private static boolean unsafeForTerminal(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static void appendTerminal(StringBuilder b, char c) {
        if (!unsafeForTerminal(c)) {
            b.append(c);
        } else if (c <= 0xFF) {
            b.append(String.format("\\x%02X", (int) c));
        } else {
            b.append(String.format("\\u%04X", (int) c));
        }
    }

    /** Escapes each character on its way to the underlying writer. */
    private static final class TerminalWriter extends FilterWriter {
        TerminalWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            out.write(terminal(String.valueOf((char) c)));
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            out.write(terminal(new String(cbuf, off, len)));
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            out.write(terminal(str.substring(off, off + len)));
        }
    }
}
