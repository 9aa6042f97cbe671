package org.parley.views.csv;

import java.io.PrintWriter;
import java.util.List;
import org.parley.views.format.Numbers;

/**
 * CSV as RFC 4180 reads it, in one place: comma-separated cells, a cell quoted (with quotes doubled) only when it
 * holds a comma, a quote or a line break, lines ended by the writer's line separator. Numbers in full precision
 * ({@link Numbers#machine}); a missing value is an empty cell. A text cell that a spreadsheet would run as a
 * formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return, and is not a plain
 * number) is neutralised as OWASP recommends: prefixed with a single quote and quoted.
 */
public final class Csv {
    private Csv() {
    }

    /** A plain decimal number, such as -5 or +1.5e3: a value, not a formula, so it is left alone. */
    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * A text cell: quoted when it holds a comma, quote or line break; empty for null; a would-be formula is
     * prefixed with {@code '} and quoted (see the class comment).
     */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        if (isFormula(s)) {
            return '"' + "'" + s.replace("\"", "\"\"") + '"';
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Whether a spreadsheet would evaluate the cell: it starts with = + - @ tab or CR and is not a plain number. */
    static boolean isFormula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return trigger && !PLAIN_NUMBER.matcher(s).matches();
    }

    /** A number cell in full precision; empty for NaN or infinity. */
    public static String number(double x) {
        return Numbers.machine(x);
    }

    /** Prints one row of cells that are already {@link #text} or {@link #number} cells. */
    public static void row(PrintWriter out, List<String> cells) {
        out.println(String.join(",", cells));
    }
}
