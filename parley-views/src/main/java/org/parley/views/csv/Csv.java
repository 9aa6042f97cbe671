package org.parley.views.csv;

import java.io.PrintWriter;
import java.util.List;
import org.parley.views.format.Numbers;

/**
 * CSV as RFC 4180 reads it, in one place: comma-separated cells, a cell quoted (with quotes doubled) only when it
 * holds a comma, a quote or a line break, lines ended by the writer's line separator. Numbers in full precision
 * ({@link Numbers#machine}); a missing value is an empty cell.
 */
public final class Csv {
    private Csv() {
    }

    /** A text cell: quoted when it holds a comma, quote or line break; empty for null. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
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
