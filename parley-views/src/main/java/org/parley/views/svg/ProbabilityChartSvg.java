package org.parley.views.svg;

import static org.parley.views.format.Escaping.html;

import org.parley.analysis.crisis.CrisisAnalysis.CrisisReport;
import org.parley.analysis.crisis.CrisisAnalysis.StanceOutcome;
import org.parley.views.format.Numbers;

/**
 * A crisis game's outcome probabilities per defender stance as stacked horizontal bars (deal, escalation, status
 * quo), each segment labelled so that the chart reads in black-and-white print.
 */
public final class ProbabilityChartSvg {
    /** Okabe–Ito colours for deal, escalation, status quo (with the labels written beside the bars for print). */
    private static final String[] CATEGORY_COLOURS = {"#009E73", "#D55E00", "#999999"};
    private static final String[] CATEGORY_NAMES = {"deal", "escalation", "status quo"};

    private ProbabilityChartSvg() {
    }

    /** One stacked horizontal bar per stance: P(deal), P(escalation), P(status quo), each labelled. */
    public static String render(CrisisReport r, String id) {
        int n = r.stances().size();
        double left = 150, barW = 440, rowH = 34, top = 34;
        double width = left + barW + 30, height = top + n * rowH + 34;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(html(id))
                .append("\" width=\"").append(fmt(width)).append("\" height=\"").append(fmt(height))
                .append("\" viewBox=\"0 0 ").append(fmt(width)).append(' ').append(fmt(height))
                .append("\" role=\"img\" aria-label=\"Outcome probabilities per stance of game ")
                .append(html(r.spec().id())).append("\">\n<title>Outcome probabilities per stance</title>\n");
        // legend
        double lx = left;
        for (int c = 0; c < 3; c++) {
            s.append("<rect x=\"").append(fmt(lx)).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"")
                    .append(CATEGORY_COLOURS[c]).append("\" stroke=\"#1a1a1a\"/>\n<text x=\"").append(fmt(lx + 16))
                    .append("\" y=\"18\" font-size=\"12\">").append(CATEGORY_NAMES[c]).append("</text>\n");
            lx += 110;
        }
        for (int i = 0; i < n; i++) {
            StanceOutcome so = r.stances().get(i);
            double y = top + i * rowH;
            s.append("<text x=\"").append(fmt(left - 8)).append("\" y=\"").append(fmt(y + 17))
                    .append("\" text-anchor=\"end\" font-size=\"12\">").append(html(so.name())).append(" (")
                    .append(html(Numbers.fixed(so.position()))).append(")</text>\n");
            double[] v = {so.pDeal(), so.pEscalation(), so.pStatusQuo()};
            double x = left;
            for (int c = 0; c < 3; c++) {
                double w = Math.max(0, v[c]) * barW;
                if (w <= 0) {
                    continue;
                }
                s.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y + 4)).append("\" width=\"")
                        .append(fmt(w)).append("\" height=\"20\" fill=\"").append(CATEGORY_COLOURS[c])
                        .append("\" stroke=\"#1a1a1a\" stroke-width=\"0.6\"><title>").append(CATEGORY_NAMES[c])
                        .append(' ').append(p(v[c])).append("</title></rect>\n");
                if (w >= 34) {
                    s.append("<text x=\"").append(fmt(x + w / 2)).append("\" y=\"").append(fmt(y + 18))
                            .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"")
                            .append(c == 2 ? "#1a1a1a" : "#ffffff").append("\">").append(p(v[c])).append("</text>\n");
                }
                x += w;
            }
        }
        double axisY = top + n * rowH + 4;
        s.append("<line x1=\"").append(fmt(left)).append("\" y1=\"").append(fmt(axisY)).append("\" x2=\"")
                .append(fmt(left + barW)).append("\" y2=\"").append(fmt(axisY)).append("\" stroke=\"#555\"/>\n");
        for (int k = 0; k <= 4; k++) {
            double tx = left + barW * k / 4.0;
            s.append("<text x=\"").append(fmt(tx)).append("\" y=\"").append(fmt(axisY + 16))
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555\">")
                    .append(Numbers.fixed(k / 4.0)).append("</text>\n");
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static String fmt(double v) {
        return Numbers.coordinate(v);
    }

    private static String p(double v) {
        return Numbers.fixed(v, 3);
    }
}
