package org.parley.views.format;

/**
 * Escaping of text for markup, in one place: every string that comes from a scenario, a model or a game and ends up
 * in HTML or SVG goes through {@link #html(String)}. (CSV quoting is {@code org.parley.views.csv.Csv}; JSON
 * escaping is Jackson's.)
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
}
