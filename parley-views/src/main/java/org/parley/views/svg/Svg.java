package org.parley.views.svg;

import org.parley.views.format.Escaping;
import org.parley.views.format.Numbers;

/** Small pieces shared by the SVG drawings: the opening element and text. Text is escaped here. */
final class Svg {
    private Svg() {
    }

    /** A standalone drawing's opening: explicit size, a white background and its title for screen readers. */
    static String open(double w, double h, String title) {
        String n = Numbers.coordinate(w), m = Numbers.coordinate(h);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + n + "\" height=\"" + m + "\" viewBox=\"0 0 "
                + n + " " + m + "\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\""
                + Escaping.html(title) + "\">\n<title>" + Escaping.html(title)
                + "</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
    }

    /** A text element at (x, y) with the given anchor and extra attributes (may be empty). */
    static String text(double x, double y, String s, String anchor, String extra) {
        return "<text x=\"" + Numbers.coordinate(x) + "\" y=\"" + Numbers.coordinate(y) + "\" text-anchor=\"" + anchor
                + "\"" + (extra.isEmpty() ? "" : " " + extra) + ">" + Escaping.html(s) + "</text>\n";
    }
}
