package org.parley.views.svg;

import java.util.List;
import org.parley.analysis.crisis.CrisisOutcome;
import org.parley.scenario.Scale;
import org.parley.sweep.CrisisSummary;
import org.parley.sweep.sensitivity.Swing;
import org.parley.sweep.sensitivity.Tornado;
import org.parley.sweep.stats.Histogram;
import org.parley.sweep.stats.ValueSummary;
import org.parley.views.format.Escaping;
import org.parley.views.format.Numbers;
import org.parley.views.format.Typography;

/**
 * The charts of a sweep: a forecast histogram with its 5–95% bar, the outcome-probability bands of a crisis stance,
 * and a tornado chart. Inline SVG, sized in pixels, every number also in a tooltip.
 */
public final class SweepChartsSvg {
    private static final String[] OUTCOME_COLOURS = {"#009E73", "#D55E00", "#999999"};

    private SweepChartsSvg() {
    }

    /** The colour of a crisis outcome in the bands and the legend. */
    public static String outcomeColour(CrisisOutcome o) {
        return OUTCOME_COLOURS[o.ordinal()];
    }

    /** A 260×54 histogram with the 5–95% bar and median below, and the base point dashed. */
    public static String histogram(ValueSummary v, Scale scale, double point) {
        double w = 260, hh = 36, lo = scale.min(), hi = scale.max();
        Histogram h = v.histogram();
        long max = h.counts().stream().mapToLong(Long::longValue).max().orElse(1);
        StringBuilder s = new StringBuilder("<svg width=\"260\" height=\"54\" viewBox=\"0 0 260 54\" role=\"img\">"
                + "<title>histogram of the forecasts</title>");
        double bw = w / h.counts().size();
        for (int i = 0; i < h.counts().size(); i++) {
            double bh = max == 0 ? 0 : hh * h.counts().get(i) / max;
            s.append(fill("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
                    + "fill=\"#0072B2\"/>", i * bw + 0.5, hh - bh, bw - 1, bh));
        }
        s.append("<line x1=\"0\" y1=\"36.5\" x2=\"260\" y2=\"36.5\" stroke=\"#555\"/>");
        if (v.n() > 0) {
            double x5 = w * (v.p05() - lo) / (hi - lo), x95 = w * (v.p95() - lo) / (hi - lo),
                    xm = w * (v.median() - lo) / (hi - lo);
            s.append(fill("<rect x=\"{}\" y=\"41\" width=\"{}\" height=\"7\" fill=\"#E69F00\">"
                    + "<title>5%–95%</title></rect><line x1=\"{}\" y1=\"39\" x2=\"{}\" y2=\"50\" "
                    + "stroke=\"#1a1a1a\" stroke-width=\"2\"><title>median</title></line>", x5, Math.max(1, x95 - x5),
                    xm, xm));
        }
        if (!Double.isNaN(point)) {
            double xp = w * (point - lo) / (hi - lo);
            s.append(fill("<line x1=\"{}\" y1=\"0\" x2=\"{}\" y2=\"52\" stroke=\"#CC79A7\" "
                    + "stroke-dasharray=\"3 2\" stroke-width=\"1.5\"><title>point forecast {}</title></line>", xp, xp,
                    num(point, 2)));
        }
        return s.append("</svg>").toString();
    }

    /** Stacked mean bar plus one whisker row per outcome (5–95%). */
    public static String bands(CrisisSummary c) {
        double w = 240;
        StringBuilder s = new StringBuilder("<svg width=\"240\" height=\"52\" viewBox=\"0 0 240 52\" role=\"img\">"
                + "<title>outcome probabilities</title>");
        List<ValueSummary> vs = List.of(c.pDeal(), c.pEscalation(), c.pStatusQuo());
        double x = 0;
        for (int i = 0; i < 3; i++) {
            double m = Double.isNaN(vs.get(i).mean()) ? 0 : vs.get(i).mean();
            s.append(fill("<rect x=\"{}\" y=\"0\" width=\"{}\" height=\"14\" fill=\"{}\">"
                    + "<title>mean {}</title></rect>", x, w * m, OUTCOME_COLOURS[i], num(m, 3)));
            x += w * m;
        }
        for (int i = 0; i < 3; i++) {
            ValueSummary v = vs.get(i);
            if (v.n() == 0) {
                continue;
            }
            double y = 22 + i * 10;
            s.append(fill("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" "
                            + "stroke-width=\"4\"><title>5%–95%: {} to {}</title></line><circle cx=\"{}\" "
                            + "cy=\"{}\" r=\"3\" fill=\"#1a1a1a\"><title>median {}</title></circle>",
                    w * v.p05(), y, Math.max(w * v.p05() + 1, w * v.p95()), y, OUTCOME_COLOURS[i], num(v.p05(), 3),
                    num(v.p95(), 3), w * v.median(), y, num(v.median(), 3)));
        }
        return s.append("</svg>").toString();
    }

    public static String tornado(Tornado t, int widest) {
        List<Swing> top = t.swings().stream().filter(s -> s.width() > 0).limit(widest).toList();
        double lo = t.base(), hi = t.base();
        for (Swing s : top) {
            lo = Math.min(lo, s.min());
            hi = Math.max(hi, s.max());
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double left = 230, w = 360, row = 20;
        double height = top.size() * row + 24;
        StringBuilder s = new StringBuilder(fill("<svg width=\"{}\" height=\"{}\" viewBox="
                + "\"0 0 {} {}\" role=\"img\"><title>tornado chart</title>", left + w + 60, height, left + w + 60,
                height));
        for (int i = 0; i < top.size(); i++) {
            Swing sw = top.get(i);
            double y = i * row + 2;
            double x1 = left + w * (sw.min() - lo) / (hi - lo), x2 = left + w * (sw.max() - lo) / (hi - lo);
            s.append(fill("<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\">{}"
                            + "</text><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#56B4E9\" "
                            + "stroke=\"#0072B2\"><title>{} from {} to {}: output {} to {} (at the ends {} and {})"
                            + "</title></rect>", left - 6, y + 13, esc(sw.input().key()), x1, y, Math.max(1, x2 - x1),
                    row - 5, esc(sw.input().key()), num(sw.low(), 2), num(sw.high(), 2), num(sw.min(), 3),
                    num(sw.max(), 3), num(sw.atLow(), 3), num(sw.atHigh(), 3)));
        }
        double xb = left + w * (t.base() - lo) / (hi - lo), yAxis = top.size() * row + 4;
        s.append(fill("<line x1=\"{}\" y1=\"0\" x2=\"{}\" y2=\"{}\" stroke=\"#1a1a1a\"/>"
                        + "<text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">{}</text>"
                        + "<text x=\"{}\" y=\"{}\" font-size=\"11\">{}</text><text x=\"{}\" y=\"{}\" "
                        + "font-size=\"11\" text-anchor=\"end\">{}</text>", xb, xb, yAxis, xb, yAxis + 14,
                num(t.base(), 3), left, yAxis + 14, num(lo, 3), left + w, yAxis + 14, num(hi, 3)));
        return s.append("</svg>\n").toString();
    }

    /** The template with each {} replaced by the next argument: numbers as coordinates, anything else as text. */
    private static String fill(String template, Object... args) {
        StringBuilder b = new StringBuilder(template.length() + 16 * args.length);
        int from = 0, k = 0;
        for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", from)) {
            Object a = args[k++];
            b.append(template, from, at).append(a instanceof Double d ? Numbers.coordinate(d) : String.valueOf(a));
            from = at + 2;
        }
        return b.append(template.substring(from)).toString();
    }

    private static String esc(String s) {
        return Escaping.html(s);
    }

    private static String num(double x, int decimals) {
        return Numbers.fixed(x, decimals, Typography.UNICODE);
    }
}
