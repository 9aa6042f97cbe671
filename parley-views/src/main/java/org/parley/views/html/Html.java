package org.parley.views.html;

import java.util.Locale;

/** Small HTML helpers of the report: safe links and fragment ids. (Escaping is {@link org.parley.views.format.Escaping}.) */
final class Html {
    private Html() {
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
