package org.parley.backtest;

import java.util.List;
import java.util.Objects;
import org.parley.forecast.Agreement;

/**
 * Every candidate's forecast of every issue with a known outcome. Immutable.
 *
 * @param candidates the candidates' names, in the order of each row's forecasts
 * @param rows       one row per issue with an outcome, in case and issue order
 */
public record BacktestResult(List<String> candidates, List<Row> rows) {
    public BacktestResult {
        candidates = List.copyOf(candidates);
        rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.forecasts().length != candidates.size()) {
                throw new IllegalArgumentException("row " + r.issueId() + " has " + r.forecasts().length
                        + " forecasts for " + candidates.size() + " candidates");
            }
        }
    }

    /**
     * One issue.
     *
     * @param caseId     the case (the unit of resampling and of cross-validation folds)
     * @param issueId    the issue
     * @param outcome    the real outcome
     * @param statusQuo  the status quo, NaN when the issue has none
     * @param forecasts  each candidate's forecast
     * @param agreements each candidate's agreement status
     */
    public record Row(String caseId, String issueId, double outcome, double statusQuo, double[] forecasts,
                      Agreement.Status[] agreements) {
        public Row {
            Objects.requireNonNull(caseId, "caseId");
            forecasts = forecasts.clone();
            agreements = agreements.clone();
        }

        @Override
        public double[] forecasts() {
            return forecasts.clone();
        }

        public double forecast(int candidate) {
            return forecasts[candidate];
        }

        public double error(int candidate) {
            return Math.abs(forecasts[candidate] - outcome);
        }

        @Override
        public Agreement.Status[] agreements() {
            return agreements.clone();
        }
    }

    /** Index of a candidate by name. */
    public int indexOf(String candidate) {
        int i = candidates.indexOf(candidate);
        if (i < 0) {
            throw new IllegalArgumentException("no candidate named " + candidate + "; have " + candidates);
        }
        return i;
    }

    /** The number of distinct cases among the rows. */
    public long caseCount() {
        return rows.stream().map(Row::caseId).distinct().count();
    }
}
