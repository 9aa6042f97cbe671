package org.parley.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Error measures of one candidate over a set of issues, with 95% cluster-bootstrap intervals: cases (e.g. EU
 * proposals, whose issues are negotiated together) are resampled with replacement, B times, from a seeded
 * {@link SplittableRandom}; the interval is the 2.5th–97.5th percentile of the resampled statistic (Efron &amp;
 * Tibshirani 1993, percentile method; Davison &amp; Hinkley 1997 on resampling clusters). The difference to the
 * reference candidate (the compromise model) is bootstrapped paired: the same resample for both.
 *
 * @param candidate       the candidate
 * @param issues          issues scored
 * @param mae             mean absolute error
 * @param maeInterval     its bootstrap interval
 * @param medianError     median absolute error
 * @param rmse            root mean square error
 * @param within10        share of issues with an absolute error of at most 10 scale points
 * @param maeVsReference  MAE minus the reference candidate's MAE on the same issues (negative: better)
 * @param vsReferenceInterval its paired bootstrap interval
 */
public record ErrorSummary(String candidate, int issues, double mae, Interval maeInterval, double medianError,
                           double rmse, double within10, double maeVsReference, Interval vsReferenceInterval) {

    /** A closed interval. */
    public record Interval(double low, double high) {
    }

    /** The settings of the bootstrap: resamples and seed (recorded in the backtest's provenance). */
    public record Bootstrap(int resamples, long seed) {
        public static final Bootstrap DEFAULT = new Bootstrap(2000, 20240501L);

        public Bootstrap {
            if (resamples < 100 || resamples > 1_000_000) {
                throw new IllegalArgumentException("resamples must be in 100..1000000, got " + resamples);
            }
        }
    }

    /**
     * Scores every candidate of a result against a reference candidate.
     *
     * @param reference the candidate differences are taken against (normally {@code compromise})
     */
    public static List<ErrorSummary> of(BacktestResult r, String reference, Bootstrap b) {
        int ref = r.indexOf(reference);
        List<String> caseIds = r.rows().stream().map(BacktestResult.Row::caseId).distinct().toList();
        Map<String, List<Integer>> rowsOf = new LinkedHashMap<>();
        for (int i = 0; i < r.rows().size(); i++) {
            rowsOf.computeIfAbsent(r.rows().get(i).caseId(), k -> new ArrayList<>()).add(i);
        }
        // the resamples, shared by every candidate (paired): counts of each row in each resample
        int n = r.rows().size();
        int[][] counts = new int[b.resamples()][n];
        SplittableRandom rng = new SplittableRandom(b.seed());
        for (int s = 0; s < b.resamples(); s++) {
            SplittableRandom stream = rng.split(); // one stream per resample: reproducible whatever runs in parallel
            for (int c = 0; c < caseIds.size(); c++) {
                for (int row : rowsOf.get(caseIds.get(stream.nextInt(caseIds.size())))) {
                    counts[s][row]++;
                }
            }
        }
        List<ErrorSummary> out = new ArrayList<>();
        for (int k = 0; k < r.candidates().size(); k++) {
            double[] e = errors(r, k), eRef = errors(r, ref);
            double mae = mean(e), maeRef = mean(eRef);
            double[] bootMae = new double[b.resamples()], bootDiff = new double[b.resamples()];
            for (int s = 0; s < b.resamples(); s++) {
                double sum = 0, sumRef = 0, m = 0;
                for (int i = 0; i < n; i++) {
                    sum += counts[s][i] * e[i];
                    sumRef += counts[s][i] * eRef[i];
                    m += counts[s][i];
                }
                bootMae[s] = sum / m;
                bootDiff[s] = (sum - sumRef) / m;
            }
            double rmse = Math.sqrt(Arrays.stream(e).map(x -> x * x).average().orElse(Double.NaN));
            double within = Arrays.stream(e).filter(x -> x <= 10 + 1e-9).count() / (double) n;
            out.add(new ErrorSummary(r.candidates().get(k), n, mae, percentiles(bootMae), median(e), rmse, within,
                    mae - maeRef, percentiles(bootDiff)));
        }
        return List.copyOf(out);
    }

    static double[] errors(BacktestResult r, int k) {
        double[] e = new double[r.rows().size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = r.rows().get(i).error(k);
        }
        return e;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double median(double[] x) {
        double[] y = x.clone();
        Arrays.sort(y);
        int n = y.length;
        return n % 2 == 1 ? y[n / 2] : 0.5 * (y[n / 2 - 1] + y[n / 2]);
    }

    private static Interval percentiles(double[] x) {
        double[] y = x.clone();
        Arrays.sort(y);
        return new Interval(quantile(y, 0.025), quantile(y, 0.975));
    }

    /** Linear-interpolation quantile of sorted data (type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
