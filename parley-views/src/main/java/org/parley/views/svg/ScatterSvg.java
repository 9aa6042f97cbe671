package org.parley.views.svg;

import org.parley.views.format.Numbers;

/**
 * A forecast-against-outcome scatter plot on a square [min, max] × [min, max] frame with the diagonal (a perfect
 * forecast) and dashed bands at ±10 points, and a histogram of absolute errors: the two pictures a backtest is read by.
 */
public final class ScatterSvg {
    private static final double SIZE = 240, PAD = 34;

    private ScatterSvg() {
    }

    /**
     * @param forecasts x values (the model's forecasts)
     * @param outcomes  y values (what happened), same length
     */
    public static String scatter(String title, double[] forecasts, double[] outcomes, double min, double max) {
        double w = SIZE + 2 * PAD, span = max - min;
        StringBuilder b = new StringBuilder(Svg.open(w, w, title));
        double x0 = PAD, y0 = PAD + SIZE;
        b.append("<rect x=\"").append(Numbers.coordinate(x0)).append("\" y=\"").append(Numbers.coordinate(PAD))
                .append("\" width=\"").append(Numbers.coordinate(SIZE)).append("\" height=\"")
                .append(Numbers.coordinate(SIZE)).append("\" fill=\"none\" stroke=\"#999999\"/>\n");
        for (double off : new double[] {-10, 10}) {
            double a = Math.max(min, min + off), c = Math.min(max, max + off);
            b.append(line(sx(a - off, min, span), sy(a, min, span), sx(c - off, min, span), sy(c, min, span),
                    "stroke=\"#cccccc\" stroke-dasharray=\"4 3\""));
        }
        b.append(line(sx(min, min, span), sy(min, min, span), sx(max, min, span), sy(max, min, span),
                "stroke=\"#666666\""));
        for (int i = 0; i < forecasts.length; i++) {
            b.append("<circle cx=\"").append(Numbers.coordinate(sx(forecasts[i], min, span))).append("\" cy=\"")
                    .append(Numbers.coordinate(sy(outcomes[i], min, span)))
                    .append("\" r=\"3\" fill=\"#1f77b4\" fill-opacity=\"0.45\"/>\n");
        }
        b.append(Svg.text(x0 + SIZE / 2, y0 + 26, "forecast", "middle", ""));
        b.append(Svg.text(10, PAD + SIZE / 2, "outcome", "middle",
                "transform=\"rotate(-90 10 " + Numbers.coordinate(PAD + SIZE / 2) + ")\""));
        b.append(Svg.text(x0, y0 + 13, Numbers.significant(min), "start", ""));
        b.append(Svg.text(x0 + SIZE, y0 + 13, Numbers.significant(max), "end", ""));
        return b.append("</svg>\n").toString();
    }

    /** A histogram of absolute errors in bins of {@code bin} points. */
    public static String errorHistogram(String title, double[] errors, double bin, double max) {
        int bins = Math.max(1, (int) Math.ceil(max / bin));
        int[] count = new int[bins];
        for (double e : errors) {
            count[Math.min(bins - 1, (int) (e / bin))]++;
        }
        int top = 1;
        for (int c : count) {
            top = Math.max(top, c);
        }
        double w = SIZE + 2 * PAD, h = 120 + 2 * PAD, bw = SIZE / bins;
        StringBuilder b = new StringBuilder(Svg.open(w, h, title));
        for (int k = 0; k < bins; k++) {
            double bh = 120.0 * count[k] / top;
            b.append("<rect x=\"").append(Numbers.coordinate(PAD + k * bw + 1)).append("\" y=\"")
                    .append(Numbers.coordinate(PAD + 120 - bh)).append("\" width=\"").append(Numbers.coordinate(bw - 2))
                    .append("\" height=\"").append(Numbers.coordinate(bh)).append("\" fill=\"#ff7f0e\"/>\n");
        }
        b.append(Svg.text(PAD, PAD + 120 + 14, "0", "start", ""));
        b.append(Svg.text(PAD + SIZE, PAD + 120 + 14, Numbers.significant(max), "end", ""));
        b.append(Svg.text(PAD + SIZE / 2, PAD + 120 + 28, "absolute error (bins of " + Numbers.significant(bin) + ")",
                "middle", ""));
        b.append(Svg.text(PAD, PAD - 6, "most: " + top + " issues", "start", ""));
        return b.append("</svg>\n").toString();
    }

    private static double sx(double v, double min, double span) {
        return PAD + SIZE * (v - min) / span;
    }

    private static double sy(double v, double min, double span) {
        return PAD + SIZE - SIZE * (v - min) / span;
    }

    private static String line(double x1, double y1, double x2, double y2, String style) {
        return "<line x1=\"" + Numbers.coordinate(x1) + "\" y1=\"" + Numbers.coordinate(y1) + "\" x2=\""
                + Numbers.coordinate(x2) + "\" y2=\"" + Numbers.coordinate(y2) + "\" " + style + "/>\n";
    }
}
