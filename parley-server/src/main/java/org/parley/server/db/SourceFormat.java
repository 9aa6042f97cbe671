package org.parley.server.db;

/** The syntax a scenario was saved in (the same reader reads both). */
public enum SourceFormat {
    YAML, JSON;

    /** JSON when the text starts with a brace (after white space), else YAML: the reader's own rule. */
    public static SourceFormat detect(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' ? JSON : YAML;
            }
        }
        return YAML;
    }
}
