package org.parley.views.text;

import org.parley.views.format.Escaping;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.parley.backtest.BacktestReport;
import org.parley.backtest.CrossValidation;
import org.parley.backtest.ErrorSummary;
import org.parley.views.format.Numbers;

/** The terminal summary of {@code parley backtest}: one row per model variant, then the cross-validated selections. */
public final class BacktestText {
    private BacktestText() {
    }

    public static void summary(PrintWriter raw, BacktestReport r) {
        PrintWriter out = Escaping.terminal(raw); // user strings must not reach the terminal raw
        out.println("backtest " + r.dataset() + ": " + r.cases() + " cases, " + r.result().rows().size()
                + " issues with a known outcome");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("model", "MAE", "95% CI", "median AE", "RMSE", "within 10", "vs " + r.reference(), "95% CI"));
        for (ErrorSummary e : r.summaries()) {
            rows.add(List.of(e.candidate(), Numbers.fixed(e.mae(), 2), interval(e.maeInterval()),
                    Numbers.fixed(e.medianError(), 2), Numbers.fixed(e.rmse(), 2),
                    Numbers.fixed(100 * e.within10(), 1) + "%", Numbers.signed(round2(e.maeVsReference())),
                    interval(e.vsReferenceInterval())));
        }
        TextTable.table(out, "    ", rows);
        out.println("    intervals: cluster bootstrap over cases, " + r.provenance().parameters().get("bootstrap")
                + " resamples, seed " + r.provenance().parameters().get("seed"));
        if (r.narrow() == null) {
            out.println("cross-validation: skipped (fewer cases than folds)");
        } else {
            out.println("cross-validated selection (" + r.provenance().parameters().get("folds") + " folds grouped by case, "
                    + r.narrow().selections().size() + " repeats), out-of-fold MAE:");
            selection(out, "narrow pool (compromise/Nash-worst mixtures)", r.narrow());
            selection(out, "wide pool (every variant, mixtures with " + r.reference() + ")", r.wide());
        }
        out.flush();
    }

    private static void selection(PrintWriter out, String name, CrossValidation.Repeated s) {
        out.println("    " + name + ": " + Numbers.fixed(s.meanOutOfFoldMae(), 3) + " (range "
                + Numbers.fixed(s.minOutOfFoldMae(), 3) + " .. " + Numbers.fixed(s.maxOutOfFoldMae(), 3) + ") against "
                + Numbers.fixed(s.referenceMae(), 3) + "; chosen on all data: " + s.selections().get(0).fullDataChoice());
    }

    private static String interval(ErrorSummary.Interval i) {
        return Numbers.fixed(i.low(), 2) + " .. " + Numbers.fixed(i.high(), 2);
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
