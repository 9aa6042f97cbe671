package org.parley.analysis.render;

import java.util.Locale;

/** Small helpers shared by the SVG renderers. */
final class Svg {
    /** Colour-blind-safe palette (Okabe–Ito). */
    static final String[] PALETTE = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"};

    private Svg() {
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String n(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String num(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e9) {
            return Long.toString((long) d);
        }
        return new java.math.BigDecimal(d).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    static String open(double w, double h, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + n(w) + "\" height=\"" + n(h) + "\" viewBox=\"0 0 "
                + n(w) + " " + n(h) + "\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\""
                + esc(title) + "\">\n<title>" + esc(title) + "</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
    }

    static String text(double x, double y, String s, String anchor, String extra) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\"" + (extra.isEmpty() ? "" : " " + extra)
                + ">" + esc(s) + "</text>\n";
    }
}
