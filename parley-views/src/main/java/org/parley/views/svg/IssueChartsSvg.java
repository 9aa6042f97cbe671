package org.parley.views.svg;

import static org.parley.views.format.Escaping.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.RoundState;
import org.parley.forecast.ensemble.IssueComparison;
import org.parley.scenario.Scale;
import org.parley.views.format.Numbers;

/**
 * The report's two inline SVG charts of an issue, written by hand: they are only dots, lines and text, and a
 * charting library would add weight to the jar for no gain. Colours and dashes come from {@link Palette}; every mark
 * carries an SVG {@code <title>} that browsers show as a tooltip.
 */
public final class IssueChartsSvg {
    private static final int WIDTH = 760;
    /**
     * Above this many actors the charts drop per-actor text labels (each mark keeps its tooltip): beyond it labels
     * would stack into a chart taller than a page without adding legibility.
     */
    public static final int MAX_LABELLED_ACTORS = 30;
    /** A white outline behind text so that labels stay legible where they cross lines. */
    private static final String HALO = " paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\"";
    private static final double CHAR_WIDTH = 7.2; // rough width of a 12px sans-serif character, for label layout

    private IssueChartsSvg() {
    }

    private static String dashAttr(String dash) {
        return dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"";
    }

    private static double textWidth(String s) {
        return s.length() * CHAR_WIDTH;
    }

    /** Greedy lane assignment of horizontal extents [left, right], sorted by left edge: returns the lane of each. */
    private static int[] lanes(double[] left, double[] right, double gap) {
        int n = left.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> left[i]));
        List<Double> laneEnd = new ArrayList<>();
        int[] lane = new int[n];
        for (int i : order) {
            int l = 0;
            while (l < laneEnd.size() && laneEnd.get(l) + gap > left[i]) {
                l++;
            }
            if (l == laneEnd.size()) {
                laneEnd.add(right[i]);
            } else {
                laneEnd.set(l, right[i]);
            }
            lane[i] = l;
        }
        return lane;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    /**
     * Actor positions on the issue's scale: actors as dots with area proportional to capability × salience, the
     * status quo as a dashed black line, each model's forecast as a coloured line, the ensemble spread shaded.
     */
    public static String positions(IssueComparison s, String id) {
        Scale sc = s.scale();
        double x0 = 36, x1 = WIDTH - 36;
        java.util.function.DoubleUnaryOperator xOf = v -> x0 + (sc.clamp(v) - sc.min()) / sc.range() * (x1 - x0);

        // marker labels (status quo + models) in lanes above the plot
        List<String> labels = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        if (s.hasStatusQuo()) {
            labels.add("status quo " + Numbers.fixed(s.statusQuo()));
            xs.add(xOf.applyAsDouble(s.statusQuo()));
        }
        for (IssueComparison.ModelForecast o : s.outcomes()) {
            labels.add(o.modelId() + " " + Numbers.fixed(o.outcome()));
            xs.add(xOf.applyAsDouble(o.outcome()));
        }
        int m = labels.size();
        double[] ll = new double[m], lr = new double[m];
        for (int i = 0; i < m; i++) {
            double w = textWidth(labels.get(i));
            ll[i] = Math.max(2, Math.min(WIDTH - 2 - w, xs.get(i) - w / 2));
            lr[i] = ll[i] + w;
        }
        int[] markerLane = lanes(ll, lr, 8);
        int markerLanes = 0;
        for (int l : markerLane) {
            markerLanes = Math.max(markerLanes, l + 1);
        }
        double laneH = 16;
        double plotTop = 10 + Math.max(1, markerLanes) * laneH + 4;

        // actors in rows so that dots and their labels do not overlap
        List<IssueComparison.ActorGain> actors = s.gains();
        int n = actors.size();
        double wmax = actors.stream().mapToDouble(IssueComparison.ActorGain::weight).filter(Double::isFinite).max().orElse(0);
        double rmax = 14;
        boolean labelled = n <= MAX_LABELLED_ACTORS;
        double[] r = new double[n], al = new double[n], ar = new double[n], ax = new double[n], lx = new double[n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            IssueComparison.ActorGain a = actors.get(i);
            double w = a.weight();
            r[i] = wmax > 0 && Double.isFinite(w) && w > 0 ? 3 + (rmax - 3) * Math.sqrt(w / wmax) : 5;
            ax[i] = xOf.applyAsDouble(a.position());
            names[i] = truncate(a.actorName(), 22);
            double half = labelled ? Math.max(r[i], textWidth(names[i]) / 2) : r[i];
            // labels near the ends of the scale are shifted inwards so that they are not cut off
            lx[i] = Math.max(half + 2, Math.min(WIDTH - half - 2, ax[i]));
            al[i] = Math.min(ax[i] - r[i], lx[i] - half);
            ar[i] = Math.max(ax[i] + r[i], lx[i] + half);
        }
        int[] row = lanes(al, ar, labelled ? 6 : 1);
        int rows = 1;
        for (int l : row) {
            rows = Math.max(rows, l + 1);
        }
        double rowH = labelled ? 2 * rmax + 18 : 2 * rmax + 2;
        double axisY = plotTop + 8 + rows * rowH;
        double height = axisY + 50;

        StringBuilder b = new StringBuilder();
        String desc = "Positions of " + n + " actors on " + s.label() + " (scale " + Numbers.fixed(sc.min()) + " to "
                + Numbers.fixed(sc.max()) + "); " + String.join("; ", labels) + ".";
        open(b, id, height, "Actor positions and forecasts: " + s.label(), desc);
        // ensemble spread
        if (!s.outcomes().isEmpty()) {
            double a = xOf.applyAsDouble(s.min()), z = xOf.applyAsDouble(s.max());
            b.append("<rect x=\"").append(Numbers.coordinate(a - 1)).append("\" y=\"").append(Numbers.coordinate(plotTop)).append("\" width=\"")
                    .append(Numbers.coordinate(z - a + 2)).append("\" height=\"").append(Numbers.coordinate(axisY - plotTop))
                    .append("\" fill=\"#e4e4e4\"><title>").append(html("ensemble spread " + Numbers.fixed(s.min())
                            + "\u2013" + Numbers.fixed(s.max()))).append("</title></rect>\n");
        }
        axis(b, sc, xOf, x0, x1, axisY);
        // markers: status quo first, then models
        int k = 0;
        if (s.hasStatusQuo()) {
            marker(b, xs.get(k), ll[k], markerLane[k], laneH, plotTop, axisY, labels.get(k), "#000000", "5 4", 1.6);
            k++;
        }
        for (int j = 0; j < s.outcomes().size(); j++, k++) {
            marker(b, xs.get(k), ll[k], markerLane[k], laneH, plotTop, axisY, labels.get(k), Palette.series(j), Palette.dash(j), 2.4);
        }
        // actors
        for (int i = 0; i < n; i++) {
            IssueComparison.ActorGain a = actors.get(i);
            double cy = plotTop + 8 + row[i] * rowH + rmax;
            b.append("<g><title>").append(html(a.actorName() + ": position " + Numbers.fixed(a.position())
                            + ", weight " + Numbers.fixed(a.weight()) + " (capability \u00d7 salience)"))
                    .append("</title><circle cx=\"").append(Numbers.coordinate(ax[i])).append("\" cy=\"").append(Numbers.coordinate(cy))
                    .append("\" r=\"").append(Numbers.coordinate(r[i])).append("\" fill=\"#56B4E9\" fill-opacity=\"0.75\" ")
                    .append("stroke=\"#1a1a1a\" stroke-width=\"1\"/>");
            if (labelled) {
                b.append("<text x=\"").append(Numbers.coordinate(lx[i])).append("\" y=\"").append(Numbers.coordinate(cy + rmax + 13))
                        .append("\" text-anchor=\"middle\"").append(HALO).append('>').append(html(names[i]))
                        .append("</text>");
            }
            b.append("</g>\n");
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static void open(StringBuilder b, String id, double height, String title, String desc) {
        b.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(Numbers.coordinate(height))
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(Numbers.coordinate(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\"")
                .append(" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n<title id=\"").append(id)
                .append("-t\">").append(html(title)).append("</title>\n<desc id=\"").append(id).append("-d\">")
                .append(html(desc)).append("</desc>\n");
    }

    private static void axis(StringBuilder b, Scale sc, java.util.function.DoubleUnaryOperator xOf, double x0,
                             double x1, double axisY) {
        b.append("<line x1=\"").append(Numbers.coordinate(x0)).append("\" y1=\"").append(Numbers.coordinate(axisY)).append("\" x2=\"")
                .append(Numbers.coordinate(x1)).append("\" y2=\"").append(Numbers.coordinate(axisY)).append("\" stroke=\"#1a1a1a\"/>\n");
        for (double t : Ticks.around(sc.min(), sc.max(), 10)) {
            double x = xOf.applyAsDouble(t);
            b.append("<line x1=\"").append(Numbers.coordinate(x)).append("\" y1=\"").append(Numbers.coordinate(axisY)).append("\" x2=\"")
                    .append(Numbers.coordinate(x)).append("\" y2=\"").append(Numbers.coordinate(axisY + 5)).append("\" stroke=\"#1a1a1a\"/>")
                    .append("<text x=\"").append(Numbers.coordinate(x)).append("\" y=\"").append(Numbers.coordinate(axisY + 18))
                    .append("\" text-anchor=\"middle\">").append(Numbers.fixed(t)).append("</text>\n");
        }
        if (!sc.minMeaning().isEmpty()) {
            b.append("<text x=\"").append(Numbers.coordinate(x0)).append("\" y=\"").append(Numbers.coordinate(axisY + 36))
                    .append("\" font-style=\"italic\">\u2190 ").append(html(truncate(sc.minMeaning(), 50)))
                    .append("</text>\n");
        }
        if (!sc.maxMeaning().isEmpty()) {
            b.append("<text x=\"").append(Numbers.coordinate(x1)).append("\" y=\"").append(Numbers.coordinate(axisY + 36))
                    .append("\" text-anchor=\"end\" font-style=\"italic\">").append(html(truncate(sc.maxMeaning(), 50)))
                    .append(" \u2192</text>\n");
        }
    }

    private static void marker(StringBuilder b, double x, double labelLeft, int lane, double laneH, double plotTop,
                               double axisY, String label, String colour, String dash, double width) {
        double ly = 10 + lane * laneH + 11;
        b.append("<g><title>").append(html(label)).append("</title><line x1=\"").append(Numbers.coordinate(x)).append("\" y1=\"")
                .append(Numbers.coordinate(ly + 3)).append("\" x2=\"").append(Numbers.coordinate(x)).append("\" y2=\"").append(Numbers.coordinate(axisY))
                .append("\" stroke=\"").append(colour).append("\" stroke-width=\"").append(Numbers.coordinate(width)).append('"')
                .append(dashAttr(dash)).append("/><text x=\"").append(Numbers.coordinate(labelLeft)).append("\" y=\"")
                .append(Numbers.coordinate(ly)).append("\" font-weight=\"600\"").append(HALO).append('>').append(html(label)).append("</text></g>\n");
    }

    /**
     * Positions per round of a model with dynamics: one line per actor, the model's forecast per round as a
     * thick black line, the status quo (if any) as a dashed grey line.
     *
     * @param names actor id → display name
     */
    public static String path(IssueForecast f, Map<String, String> names, Scale sc, double statusQuo, String id,
                            String title) {
        List<RoundState> path = f.path();
        int lastRound = path.get(path.size() - 1).round();
        int firstRound = path.get(0).round();
        double x0 = 52, x1 = WIDTH - 185, y0 = 14, y1 = 300;
        double span = Math.max(1, lastRound - firstRound);
        java.util.function.IntToDoubleFunction xOf = rd -> x0 + (rd - firstRound) / span * (x1 - x0);
        java.util.function.DoubleUnaryOperator yOf = v -> y1 - (sc.clamp(v) - sc.min()) / sc.range() * (y1 - y0);
        double height = y1 + 44;
        int n = f.actorIds().size();
        StringBuilder b = new StringBuilder();
        open(b, id, height, title, "Positions of " + n + " actors over rounds " + firstRound + " to " + lastRound
                + "; forecast at the last round " + Numbers.fixed(path.get(path.size() - 1).forecast()) + ".");
        // grid and axes
        for (double t : Ticks.around(sc.min(), sc.max(), 6)) {
            double y = yOf.applyAsDouble(t);
            b.append("<line x1=\"").append(Numbers.coordinate(x0)).append("\" y1=\"").append(Numbers.coordinate(y)).append("\" x2=\"")
                    .append(Numbers.coordinate(x1)).append("\" y2=\"").append(Numbers.coordinate(y)).append("\" stroke=\"#dddddd\"/>")
                    .append("<text x=\"").append(Numbers.coordinate(x0 - 6)).append("\" y=\"").append(Numbers.coordinate(y + 4))
                    .append("\" text-anchor=\"end\">").append(Numbers.fixed(t)).append("</text>\n");
        }
        int step = Math.max(1, (int) Math.ceil(span / 12));
        for (int rd = firstRound; rd <= lastRound; rd += step) {
            double x = xOf.applyAsDouble(rd);
            b.append("<text x=\"").append(Numbers.coordinate(x)).append("\" y=\"").append(Numbers.coordinate(y1 + 18))
                    .append("\" text-anchor=\"middle\">").append(rd).append("</text>");
        }
        b.append("\n<text x=\"").append(Numbers.coordinate((x0 + x1) / 2)).append("\" y=\"").append(Numbers.coordinate(y1 + 36))
                .append("\" text-anchor=\"middle\">round</text>\n");
        b.append("<line x1=\"").append(Numbers.coordinate(x0)).append("\" y1=\"").append(Numbers.coordinate(y1)).append("\" x2=\"").append(Numbers.coordinate(x1))
                .append("\" y2=\"").append(Numbers.coordinate(y1)).append("\" stroke=\"#1a1a1a\"/>\n");
        if (!Double.isNaN(statusQuo)) {
            double y = yOf.applyAsDouble(statusQuo);
            b.append("<line x1=\"").append(Numbers.coordinate(x0)).append("\" y1=\"").append(Numbers.coordinate(y)).append("\" x2=\"")
                    .append(Numbers.coordinate(x1)).append("\" y2=\"").append(Numbers.coordinate(y))
                    .append("\" stroke=\"#555555\" stroke-width=\"1.2\" stroke-dasharray=\"5 4\"><title>")
                    .append(html("status quo " + Numbers.fixed(statusQuo))).append("</title></line>\n");
        }
        // series: actors then the forecast on top
        List<double[]> labelY = new ArrayList<>(); // {targetY, seriesIndex}
        List<String> labelText = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = names.getOrDefault(f.actorIds().get(i), f.actorIds().get(i));
            StringBuilder pts = new StringBuilder();
            double lastY = Double.NaN;
            for (RoundState st : path) {
                if (i >= st.positions().size()) {
                    continue;
                }
                lastY = yOf.applyAsDouble(st.positions().get(i));
                pts.append(Numbers.coordinate(xOf.applyAsDouble(st.round()))).append(',').append(Numbers.coordinate(lastY)).append(' ');
            }
            b.append("<polyline fill=\"none\" stroke=\"").append(Palette.series(i)).append(n <= MAX_LABELLED_ACTORS
                            ? "\" stroke-width=\"1.6\"" : "\" stroke-width=\"1\" stroke-opacity=\"0.6\"")
                    .append(dashAttr(Palette.dash(i))).append(" points=\"").append(pts.toString().strip()).append("\"><title>")
                    .append(html(name)).append("</title></polyline>\n");
            if (n <= MAX_LABELLED_ACTORS) {
                labelY.add(new double[]{lastY, i});
                labelText.add(truncate(name, 21));
            }
        }
        StringBuilder pts = new StringBuilder();
        double lastF = Double.NaN;
        for (RoundState st : path) {
            lastF = yOf.applyAsDouble(st.forecast());
            pts.append(Numbers.coordinate(xOf.applyAsDouble(st.round()))).append(',').append(Numbers.coordinate(lastF)).append(' ');
        }
        b.append("<polyline fill=\"none\" stroke=\"#000000\" stroke-width=\"3.5\" points=\"")
                .append(pts.toString().strip()).append("\"><title>forecast</title></polyline>\n");
        labelY.add(new double[]{lastF, -1});
        labelText.add("forecast " + Numbers.fixed(path.get(path.size() - 1).forecast()));
        // right-hand labels, pushed apart vertically so they do not overlap
        Integer[] order = new Integer[labelY.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> labelY.get(i)[0]));
        double gap = 13;
        double[] placed = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            double want = labelY.get(order[k])[0];
            placed[k] = k == 0 ? Math.max(y0, want) : Math.max(want, placed[k - 1] + gap);
        }
        for (int k = order.length - 1; k >= 0; k--) { // if pushed below the plot, shift back up
            double limit = k == order.length - 1 ? y1 + 20 : placed[k + 1] - gap;
            placed[k] = Math.min(placed[k], limit);
        }
        for (int k = 0; k < order.length; k++) {
            int idx = order[k];
            int series = (int) labelY.get(idx)[1];
            double y = placed[k];
            String stroke = series < 0 ? "#000000" : Palette.series(series);
            String dsh = series < 0 ? "" : Palette.dash(series);
            b.append("<line x1=\"").append(Numbers.coordinate(x1 + 6)).append("\" y1=\"").append(Numbers.coordinate(y)).append("\" x2=\"")
                    .append(Numbers.coordinate(x1 + 24)).append("\" y2=\"").append(Numbers.coordinate(y)).append("\" stroke=\"").append(stroke)
                    .append("\" stroke-width=\"").append(series < 0 ? "3.5" : "2").append('"').append(dashAttr(dsh))
                    .append("/><text x=\"").append(Numbers.coordinate(x1 + 28)).append("\" y=\"").append(Numbers.coordinate(y + 4)).append('"')
                    .append(series < 0 ? " font-weight=\"700\"" : "").append('>').append(html(labelText.get(idx)))
                    .append("</text>\n");
        }
        b.append("</svg>\n");
        return b.toString();
    }
}
