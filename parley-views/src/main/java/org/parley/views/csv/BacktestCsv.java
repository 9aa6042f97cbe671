package org.parley.views.csv;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.parley.backtest.BacktestResult;

/** Per issue of a backtest: case, issue, outcome, status quo, then each model variant's forecast and agreement. */
public final class BacktestCsv {
    private BacktestCsv() {
    }

    public static void issues(PrintWriter out, BacktestResult r) {
        List<String> head = new ArrayList<>(List.of("case", "issue", "outcome", "status_quo"));
        for (String c : r.candidates()) {
            head.add(Csv.text(c));
            head.add(Csv.text(c + " agreement"));
        }
        Csv.row(out, head);
        for (BacktestResult.Row row : r.rows()) {
            List<String> cells = new ArrayList<>(List.of(Csv.text(row.caseId()), Csv.text(row.issueId()),
                    Csv.number(row.outcome()), Csv.number(row.statusQuo())));
            for (int k = 0; k < r.candidates().size(); k++) {
                cells.add(Csv.number(row.forecast(k)));
                cells.add(Csv.text(row.agreements()[k].name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
            }
            Csv.row(out, cells);
        }
        out.flush();
    }
}
