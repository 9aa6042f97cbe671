package org.parley.views.text;

import org.parley.views.format.Escaping;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Plain-text layout for the terminal: aligned columns, wrapping and shortening. ASCII only. */
public final class TextTable {
    private TextTable() {
    }

    /** Line width the summaries wrap long lists at. */
    public static final int WRAP = 100;

    /** Splits text at ", " boundaries into lines of at most {@code width} characters where possible. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String part : text.split(", ")) {
            if (line.length() > 0 && line.length() + 2 + part.length() > width) {
                lines.add(line.append(',').toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? ", " : "").append(part);
        }
        lines.add(line.toString());
        return lines;
    }

    public static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    /**
     * Prints rows as columns, each as wide as its widest cell plus two spaces; the last cell of a row is not padded
     * and trailing blanks are stripped.
     */
    public static void table(PrintWriter raw, String indent, List<List<String>> rows) {
        PrintWriter out = Escaping.terminal(raw); // user strings must not reach the terminal raw
        int cols = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] w = new int[cols];
        for (List<String> r : rows) {
            for (int c = 0; c < r.size(); c++) {
                w[c] = Math.max(w[c], r.get(c).length() + 2);
            }
        }
        for (List<String> r : rows) {
            StringBuilder b = new StringBuilder(indent);
            for (int c = 0; c < r.size(); c++) {
                b.append(c == r.size() - 1 ? r.get(c) : pad(r.get(c), w[c]));
            }
            out.println(b.toString().stripTrailing());
        }
    }
}
