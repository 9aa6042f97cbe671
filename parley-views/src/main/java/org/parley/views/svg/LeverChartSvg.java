package org.parley.views.svg;

import java.util.List;
import org.parley.analysis.levers.Crossing;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.LeverQuery;
import org.parley.analysis.levers.LeverResult;
import org.parley.analysis.levers.ScanPoint;
import org.parley.views.format.Numbers;

/**
 * Draws a lever scan as a standalone SVG line chart: the response (forecast, or a crisis probability) against the
 * attribute value, one line per model, the numeric threshold as a dashed horizontal line, the current value as a
 * vertical line, and each crossing as a marker at its threshold value. Rejected scan points leave gaps. Cost
 * O(points).
 */
public final class LeverChartSvg {
    private static final double W = 720, H = 360, L = 60, R = 210, T = 40, B = 50;

    private LeverChartSvg() {
    }

    /** Chart of a multi-model lever result. */
    public static String render(LeverResult r) {
        return render(r.query(), r.currentValue(), r.outcomes());
    }

    /** Chart of one or more lever outcomes of the same query. */
    public static String render(LeverQuery q, double currentValue, List<LeverOutcome> outcomes) {
        double xmin = Double.MAX_VALUE, xmax = -Double.MAX_VALUE, ymin = Double.MAX_VALUE, ymax = -Double.MAX_VALUE;
        for (LeverOutcome o : outcomes) {
            for (ScanPoint p : o.scan()) {
                xmin = Math.min(xmin, p.value());
                xmax = Math.max(xmax, p.value());
                if (p.isValid() && Double.isFinite(p.reading().value())) {
                    ymin = Math.min(ymin, p.reading().value());
                    ymax = Math.max(ymax, p.reading().value());
                }
            }
        }
        if (!q.target().isCategorical()) {
            ymin = Math.min(ymin, q.target().threshold());
            ymax = Math.max(ymax, q.target().threshold());
        }
        if (!(ymax > ymin)) {
            ymin = ymin == Double.MAX_VALUE ? 0 : ymin - 1;
            ymax = ymin + 2;
        }
        double pad = 0.05 * (ymax - ymin);
        ymin -= pad;
        ymax += pad;
        if (!(xmax > xmin)) {
            xmax = xmin + 1;
        }
        double fx0 = xmin, fx1 = xmax, fy0 = ymin, fy1 = ymax;
        java.util.function.DoubleUnaryOperator X = v -> L + (v - fx0) / (fx1 - fx0) * (W - L - R);
        java.util.function.DoubleUnaryOperator Y = v -> H - B - (v - fy0) / (fy1 - fy0) * (H - T - B);
        String title = "What would it take: " + q.actorId() + "." + q.attribute().label() + "@" + q.issueId() + " until "
                + q.target();
        StringBuilder s = new StringBuilder(Svg.open(W, H, title));
        s.append(Svg.text(W / 2, 20, title, "middle", "font-size=\"13\" font-weight=\"bold\""));
        // axes and ticks
        s.append("<line x1=\"").append(L).append("\" y1=\"").append(H - B).append("\" x2=\"").append(W - R).append("\" y2=\"")
                .append(H - B).append("\" stroke=\"#333\"/>\n");
        s.append("<line x1=\"").append(L).append("\" y1=\"").append(T).append("\" x2=\"").append(L).append("\" y2=\"")
                .append(H - B).append("\" stroke=\"#333\"/>\n");
        for (double xv : Ticks.atLeast(fx0, fx1)) {
            s.append(Svg.text(X.applyAsDouble(xv), H - B + 15, Numbers.compact(round(xv)), "middle", "fill=\"#333\""));
        }
        for (double yv : Ticks.atLeast(fy0, fy1)) {
            s.append(Svg.text(L - 6, Y.applyAsDouble(yv) + 4, Numbers.compact(round(yv)), "end", "fill=\"#333\""));
            s.append("<line x1=\"").append(L).append("\" y1=\"").append(Numbers.coordinate(Y.applyAsDouble(yv))).append("\" x2=\"")
                    .append(W - R).append("\" y2=\"").append(Numbers.coordinate(Y.applyAsDouble(yv))).append("\" stroke=\"#eee\"/>\n");
        }
        s.append(Svg.text((L + W - R) / 2, H - 12, q.actorId() + " " + q.attribute().label() + " on " + q.issueId(), "middle", ""));
        String metric = q.target().metric() == null ? "forecast of " + q.issueId() : q.target().metric().id();
        s.append(Svg.text(14, (T + H - B) / 2, metric, "middle", "transform=\"rotate(-90 14 " + Numbers.coordinate((T + H - B) / 2) + ")\""));
        // threshold and current value
        if (!q.target().isCategorical()) {
            double ty = Y.applyAsDouble(q.target().threshold());
            s.append("<line x1=\"").append(L).append("\" y1=\"").append(Numbers.coordinate(ty)).append("\" x2=\"").append(W - R)
                    .append("\" y2=\"").append(Numbers.coordinate(ty)).append("\" stroke=\"#C0392B\" stroke-dasharray=\"6 4\"/>\n");
            s.append(Svg.text(W - R + 4, ty + 4, "target " + q.target(), "start", "fill=\"#C0392B\""));
        }
        if (currentValue >= fx0 && currentValue <= fx1) {
            double cx = X.applyAsDouble(currentValue);
            s.append("<line x1=\"").append(Numbers.coordinate(cx)).append("\" y1=\"").append(T).append("\" x2=\"").append(Numbers.coordinate(cx))
                    .append("\" y2=\"").append(H - B).append("\" stroke=\"#555\" stroke-dasharray=\"2 3\"/>\n");
            s.append(Svg.text(cx, T - 4, "now " + Numbers.compact(round(currentValue)), "middle", "fill=\"#555\""));
        }
        // series
        for (int k = 0; k < outcomes.size(); k++) {
            LeverOutcome o = outcomes.get(k);
            String col = Palette.item(k);
            StringBuilder d = new StringBuilder();
            boolean pen = false;
            for (ScanPoint p : o.scan()) {
                if (!p.isValid() || !Double.isFinite(p.reading().value())) {
                    pen = false;
                    continue;
                }
                d.append(pen ? " L" : " M").append(Numbers.coordinate(X.applyAsDouble(p.value()))).append(" ")
                        .append(Numbers.coordinate(Y.applyAsDouble(p.reading().value())));
                pen = true;
            }
            s.append("<path d=\"").append(d.toString().trim()).append("\" fill=\"none\" stroke=\"").append(col)
                    .append("\" stroke-width=\"2\"/>\n");
            for (Crossing c : o.crossings()) {
                double v = c.readingHigh() != null && Double.isFinite(c.readingHigh().value()) ? c.readingHigh().value() : fy0;
                s.append("<circle cx=\"").append(Numbers.coordinate(X.applyAsDouble(c.threshold()))).append("\" cy=\"")
                        .append(Numbers.coordinate(Y.applyAsDouble(v))).append("\" r=\"4\" fill=\"white\" stroke=\"").append(col)
                        .append("\" stroke-width=\"2\"/>\n");
            }
            String status = switch (o.status()) {
                case ALREADY_MET -> "met now";
                case REACHABLE -> "change " + Numbers.compact(round(o.requiredChange()));
                case UNREACHABLE -> "unreachable";
            };
            s.append(Svg.text(W - R + 4, T + 14 + 16 * k, o.responderId() + ": " + status, "start", "fill=\"" + col + "\""));
        }
        return s.append("</svg>\n").toString();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
