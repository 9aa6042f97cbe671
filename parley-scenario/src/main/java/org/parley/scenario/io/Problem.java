package org.parley.scenario.io;

import java.util.Objects;

/**
 * One problem found while reading a scenario file: where it is and what is wrong.
 *
 * <p>Line and column are 1-based and point at the offending node (a key, a value, or the start of the mapping that
 * lacks a key). Both are 0 when the problem has no location in the text, e.g. a file that cannot be opened.
 *
 * @param file    the file name as given to the reader (or the source name of a text)
 * @param line    1-based line, or 0 when there is no location
 * @param column  1-based column, or 0 when there is no location
 * @param message what is wrong, naming the key or id concerned
 * @param hint    how to fix it, or the empty string when there is nothing useful to add
 */
public record Problem(String file, int line, int column, String message, String hint) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0 || (line == 0) != (column == 0)) {
            throw new IllegalArgumentException("line and column must both be >= 1, or both 0; got " + line + ":" + column);
        }
        hint = hint == null ? "" : hint;
    }

    /** A problem without a location in the text. */
    public static Problem unlocated(String file, String message, String hint) {
        return new Problem(file, 0, 0, message, hint);
    }

    public boolean hasLocation() {
        return line > 0;
    }

    public boolean hasHint() {
        return !hint.isEmpty();
    }

    /** {@code line:column}, or {@code -} when there is no location (the form used in the broken-file corpus index). */
    public String location() {
        return hasLocation() ? line + ":" + column : "-";
    }

    /** {@code file:line:column: message (hint: ...)}; without a location {@code file: message (hint: ...)}. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (hasLocation()) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ").append(message);
        if (hasHint()) {
            sb.append(" (hint: ").append(hint).append(')');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
