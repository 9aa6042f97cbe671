package org.parley.views.report;

import java.util.Locale;

/** HTML escaping and small helpers. Every piece of text that comes from a scenario or a model goes through here. */
final class Html {
    private Html() {
    }

    /** Escapes text for element content and for quoted attribute values (also valid in inline SVG). */
    static String esc(String s) {
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
                    // control characters other than tab and newlines are not allowed in HTML text
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

    /** Whether a URL may become a link: only absolute http(s) addresses (never javascript:, data: and the like). */
    static boolean isSafeLink(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return (u.startsWith("http://") || u.startsWith("https://")) && u.length() > 8
                && u.chars().noneMatch(ch -> ch <= 0x20);
    }

    /** A fragment id made from a scenario id: ASCII letters, digits, '-' and '_' kept; anything else as '.hex'. */
    static String anchor(String prefix, String id) {
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_') {
                b.append(c);
            } else {
                b.append('.').append(Integer.toHexString(c));
            }
        }
        return b.toString();
    }
}
