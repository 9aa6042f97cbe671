package org.parley.sweep.stats;

import java.util.List;

/**
 * Counts of values in equal-width bins over [low, high]; bin b holds low + b·w ≤ x &lt; low + (b+1)·w, the last
 * bin also x = high. Values outside [low, high] are counted in the end bins (a forecast never leaves its scale,
 * a probability never leaves [0, 1]; this only guards rounding).
 */
public record Histogram(double low, double high, List<Long> counts) {
    public Histogram {
        if (!(low < high)) {
            throw new IllegalArgumentException("histogram needs low < high, got [" + low + ", " + high + "]");
        }
        counts = List.copyOf(counts);
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("histogram needs at least one bin");
        }
    }

    /** The histogram of values (NaN skipped). */
    public static Histogram of(double[] values, double low, double high, int bins) {
        long[] c = new long[bins];
        double w = (high - low) / bins;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            int b = (int) Math.floor((v - low) / w);
            c[Math.max(0, Math.min(bins - 1, b))]++;
        }
        return new Histogram(low, high, java.util.Arrays.stream(c).boxed().toList());
    }

    /** Width of one bin. */
    public double binWidth() {
        return (high - low) / counts.size();
    }
}
