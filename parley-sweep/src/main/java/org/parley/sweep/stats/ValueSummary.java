package org.parley.sweep.stats;

import java.util.Arrays;

/**
 * The distribution of one output over a sweep's samples: mean with its Monte Carlo standard error, standard
 * deviation, median and the 5% and 95% quantiles with their standard errors, extremes, a histogram, and how many
 * samples failed (the model could not analyse the sampled scenario).
 *
 * <p>Quantiles are Hyndman &amp; Fan's type 7 (linear interpolation between order statistics, R's default). The
 * standard error of a quantile q comes from the order statistics bracketing it with 95% probability (ranks
 * nq ± 1.96√(nq(1 − q)), the binomial method; Conover 1999, section 3.2): half that interval's width over 1.96.
 *
 * @param n               samples summarised
 * @param failed          samples that gave no value (NaN), not in n
 * @param mean            sample mean
 * @param meanError       Monte Carlo standard error of the mean, sd / √n
 * @param sd              sample standard deviation (n − 1)
 * @param median          50% quantile
 * @param medianError     standard error of the median
 * @param p05             5% quantile
 * @param p05Error        its standard error
 * @param p95             95% quantile
 * @param p95Error        its standard error
 * @param min             smallest value
 * @param max             largest value
 * @param histogram       counts over the output's natural range
 */
public record ValueSummary(long n, long failed, double mean, double meanError, double sd, double median,
                           double medianError, double p05, double p05Error, double p95, double p95Error, double min,
                           double max, Histogram histogram) {
    /** Bins of the histograms of forecasts and probabilities. */
    public static final int BINS = 20;

    /**
     * Summarises the values (NaN counted as failures), with a histogram over [low, high].
     *
     * @return a summary with n = 0 and NaN statistics when every value failed
     */
    public static ValueSummary of(double[] values, double low, double high) {
        double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).toArray();
        long failed = values.length - v.length;
        Histogram h = Histogram.of(v, low, high, BINS);
        int n = v.length;
        if (n == 0) {
            double nan = Double.NaN;
            return new ValueSummary(0, failed, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, h);
        }
        double sum = 0;
        for (double d : v) {
            sum += d; // in sample order: the same rows give the same bits on every engine
        }
        double mean = sum / n;
        double ss = 0;
        for (double d : v) {
            ss += (d - mean) * (d - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        double[] s = v.clone();
        Arrays.sort(s);
        return new ValueSummary(n, failed, mean, sd / Math.sqrt(n), sd, quantile(s, 0.5), quantileError(s, 0.5),
                quantile(s, 0.05), quantileError(s, 0.05), quantile(s, 0.95), quantileError(s, 0.95), s[0],
                s[n - 1], h);
    }

    /** Type-7 quantile of sorted values. */
    public static double quantile(double[] sorted, double q) {
        int n = sorted.length;
        double h = (n - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(n - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Binomial-method standard error of the q quantile of sorted values. */
    static double quantileError(double[] sorted, double q) {
        int n = sorted.length;
        double half = 1.959963984540054 * Math.sqrt(n * q * (1 - q));
        int lo = (int) Math.max(0, Math.floor(n * q - half) - 1);
        int hi = (int) Math.min(n - 1, Math.ceil(n * q + half) - 1);
        return (sorted[hi] - sorted[lo]) / (2 * 1.959963984540054);
    }
}
