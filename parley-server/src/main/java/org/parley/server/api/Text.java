package org.parley.server.api;

/** Checks of short free-text fields (names, messages): printable text only, so every database stores it as sent. */
final class Text {
    private Text() {
    }

    /**
     * @param multiline whether line breaks and tabs are allowed
     * @throws ApiProblem 422 naming the field when the text holds a control character (NUL included: PostgreSQL
     *                    cannot store it in text columns)
     */
    static String plain(String pointer, String value, boolean multiline) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = multiline && (c == '\n' || c == '\r' || c == '\t');
            if ((Character.isISOControl(c) && !allowed) || (Character.isSurrogate(c) && !validSurrogate(value, i))) {
                throw ApiProblem.invalidField(pointer, "the text holds a control character or a broken surrogate "
                        + "at position " + (i + 1));
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return value;
    }

    private static boolean validSurrogate(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
}
