package org.parley.views.html;

import static org.parley.views.format.Escaping.html;

import java.time.format.DateTimeFormatter;
import org.parley.backtest.BacktestReport;
import org.parley.backtest.BacktestResult;
import org.parley.backtest.CrossValidation;
import org.parley.backtest.ErrorSummary;
import org.parley.views.format.Numbers;
import org.parley.views.svg.ScatterSvg;

/**
 * The self-contained HTML report of a backtest: the error table with bootstrap intervals, the cross-validated
 * selections, and per model variant the forecast-against-outcome scatter and the error histogram. No external
 * resources.
 */
public final class BacktestHtml {
    private BacktestHtml() {
    }

    public static String render(BacktestReport r) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Backtest: ")
                .append(html(r.dataset())).append("</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:70em}")
                .append("table{border-collapse:collapse}td,th{padding:.2em .6em;border-bottom:1px solid #ddd}")
                .append(".num{text-align:right}.grid{display:flex;flex-wrap:wrap;gap:1em}figure{margin:0}")
                .append("figcaption{font-size:.9em}</style>\n</head>\n<body>\n<h1>Backtest: ").append(html(r.dataset()))
                .append("</h1>\n<p>").append(r.cases()).append(" cases, ").append(r.result().rows().size())
                .append(" issues with a known outcome. Errors are absolute differences between forecast and outcome on")
                .append(" the issue scale; intervals are 95% cluster-bootstrap intervals (cases resampled whole).</p>\n");
        b.append("<table>\n<thead><tr><th>Model</th><th class=\"num\">MAE</th><th class=\"num\">95% CI</th>")
                .append("<th class=\"num\">Median AE</th><th class=\"num\">RMSE</th><th class=\"num\">Within 10</th>")
                .append("<th class=\"num\">MAE \u2212 ").append(html(r.reference())).append("</th><th class=\"num\">95% CI</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (ErrorSummary e : r.summaries()) {
            b.append("<tr><th scope=\"row\">").append(html(e.candidate())).append("</th><td class=\"num\">")
                    .append(Numbers.fixed(e.mae(), 2)).append("</td><td class=\"num\">").append(interval(e.maeInterval()))
                    .append("</td><td class=\"num\">").append(Numbers.fixed(e.medianError(), 2))
                    .append("</td><td class=\"num\">").append(Numbers.fixed(e.rmse(), 2)).append("</td><td class=\"num\">")
                    .append(Numbers.fixed(100 * e.within10(), 1)).append("%</td><td class=\"num\">")
                    .append(Numbers.signed(Math.round(e.maeVsReference() * 100) / 100.0)).append("</td><td class=\"num\">")
                    .append(interval(e.vsReferenceInterval())).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        if (r.narrow() != null) {
            b.append("<h2>Cross-validated selection</h2>\n<p>Out-of-fold mean absolute error of choosing a rule on the ")
                    .append("other folds (folds grouped by case, repeated with consecutive seeds):</p>\n<ul>\n");
            selection(b, "Narrow pool: mixtures of the compromise model and the Nash solution with the worst-outcome"
                    + " disagreement point", r.narrow());
            selection(b, "Wide pool: every variant alone and every mixture with " + r.reference(), r.wide());
            b.append("</ul>\n");
        }
        b.append("<h2>Forecast against outcome</h2>\n<p>Each dot is an issue. Solid line: a perfect forecast; dashed: ")
                .append("within 10 points.</p>\n<div class=\"grid\">\n");
        BacktestResult res = r.result();
        double[] outcomes = res.rows().stream().mapToDouble(BacktestResult.Row::outcome).toArray();
        double lo = 0, hi = 100;
        for (BacktestResult.Row row : res.rows()) {
            for (int k = 0; k < res.candidates().size(); k++) {
                lo = Math.min(lo, Math.min(row.forecast(k), row.outcome()));
                hi = Math.max(hi, Math.max(row.forecast(k), row.outcome()));
            }
        }
        for (int k = 0; k < res.candidates().size(); k++) {
            final int m = k;
            double[] f = res.rows().stream().mapToDouble(row -> row.forecast(m)).toArray();
            double[] e = res.rows().stream().mapToDouble(row -> row.error(m)).toArray();
            String name = res.candidates().get(k);
            b.append("<figure>").append(ScatterSvg.scatter(name + ": forecast against outcome", f, outcomes, lo, hi))
                    .append(ScatterSvg.errorHistogram(name + ": absolute errors", e, 10, hi - lo))
                    .append("<figcaption>").append(html(name)).append("</figcaption></figure>\n");
        }
        b.append("</div>\n<h2>Provenance</h2>\n<p>Parley ").append(html(r.provenance().parleyVersion()))
                .append(" (commit ").append(html(r.provenance().gitCommit())).append("), Java ")
                .append(html(r.provenance().javaVersion())).append(", run at ")
                .append(DateTimeFormatter.ISO_INSTANT.format(r.provenance().startedAt())).append("; parameters <code>")
                .append(html(r.provenance().parameters().toString())).append("</code>.</p>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void selection(StringBuilder b, String name, CrossValidation.Repeated s) {
        b.append("<li>").append(html(name)).append(": <strong>").append(Numbers.fixed(s.meanOutOfFoldMae(), 3))
                .append("</strong> (range ").append(Numbers.fixed(s.minOutOfFoldMae(), 3)).append("\u2013")
                .append(Numbers.fixed(s.maxOutOfFoldMae(), 3)).append(") against ")
                .append(Numbers.fixed(s.referenceMae(), 3)).append("; chosen on all data: ")
                .append(html(s.selections().get(0).fullDataChoice())).append("</li>\n");
    }

    private static String interval(ErrorSummary.Interval i) {
        return Numbers.fixed(i.low(), 2) + "\u2013" + Numbers.fixed(i.high(), 2);
    }
}
