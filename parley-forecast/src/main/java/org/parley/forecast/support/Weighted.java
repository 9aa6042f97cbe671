package org.parley.forecast.support;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Weighted mean and weighted median of positions.
 *
 * <p>Weighted median (Black 1948): with W = Σ w_i and C(x) = Σ_{x_i ≤ x} w_i, the median is the position x_k where C
 * first exceeds W/2; if C equals W/2 at x_k (within a relative tolerance of {@value #TIE_TOLERANCE}·W, so that the
 * answer does not depend on summation order), every point of [x_k, x_{k+1}] minimises Σ w_i |x_i − a| and the
 * interval is returned. Actors with zero weight are ignored. Complexity O(n log n).
 */
public final class Weighted {
    /** Relative tolerance on W/2 used to detect an exact tie of the cumulative weight. */
    public static final double TIE_TOLERANCE = 1e-12;

    private Weighted() {
    }

    /** The closed interval of weighted medians; low == high when the median is unique. */
    public record MedianInterval(double low, double high) {
        public boolean isPoint() {
            return low == high;
        }

        public double midpoint() {
            return low == high ? low : 0.5 * (low + high);
        }
    }

    /**
     * Σ w_i x_i / Σ w_i.
     *
     * @throws IllegalArgumentException if the weights do not sum to a positive number
     */
    public static double mean(double[] x, double[] w) {
        double sw = 0, swx = 0, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            sw += w[i];
            swx += w[i] * x[i];
            if (w[i] > 0) {
                lo = Math.min(lo, x[i]);
                hi = Math.max(hi, x[i]);
            }
        }
        if (!(sw > 0)) {
            throw new IllegalArgumentException("weights sum to " + sw + "; need a positive total");
        }
        // the mean lies in [min x_i, max x_i]; clamping removes the last-bit rounding that could leave it
        return Math.max(lo, Math.min(hi, swx / sw));
    }

    /**
     * The midpoint of the weighted median interval, with the same result bit for bit as
     * {@code median(x, w).midpoint()} but without allocating: indices are insertion-sorted by position into
     * {@code order} (stable, so equal positions keep index order and sums run in the same order). For the small n of
     * a bargaining round, O(n²) worst case.
     *
     * @param order scratch space of length ≥ x.length
     * @throws IllegalArgumentException if no weight is positive
     */
    public static double medianMidpoint(double[] x, double[] w, int[] order) {
        int m = 0;
        for (int i = 0; i < x.length; i++) {
            if (w[i] > 0) {
                int k = m++;
                while (k > 0 && Double.compare(x[order[k - 1]], x[i]) > 0) {
                    order[k] = order[k - 1];
                    k--;
                }
                order[k] = i;
            }
        }
        if (m == 0) {
            throw new IllegalArgumentException("no actor has a positive weight");
        }
        double total = 0;
        for (int k = 0; k < m; k++) {
            total += w[order[k]];
        }
        double half = total / 2, tol = TIE_TOLERANCE * total;
        double acc = 0;
        int k = 0;
        while (k < m) {
            double xk = x[order[k]];
            while (k < m && x[order[k]] == xk) {
                acc += w[order[k]];
                k++;
            }
            if (acc > half + tol) {
                return xk;
            }
            if (acc >= half - tol) {
                double next = k < m ? x[order[k]] : xk;
                return xk == next ? xk : 0.5 * (xk + next);
            }
        }
        return x[order[m - 1]];
    }

    /**
     * The weighted median interval.
     *
     * @throws IllegalArgumentException if the weights do not sum to a positive number
     */
    public static MedianInterval median(double[] x, double[] w) {
        Integer[] idx = IntStream.range(0, x.length).filter(i -> w[i] > 0).boxed().toArray(Integer[]::new);
        if (idx.length == 0) {
            throw new IllegalArgumentException("no actor has a positive weight");
        }
        Arrays.sort(idx, Comparator.comparingDouble(i -> x[i]));
        double total = 0;
        for (int i : idx) {
            total += w[i];
        }
        double half = total / 2, tol = TIE_TOLERANCE * total;
        double acc = 0;
        int k = 0;
        while (k < idx.length) {
            double xk = x[idx[k]];
            while (k < idx.length && x[idx[k]] == xk) { // exact equality: groups identical positions
                acc += w[idx[k]];
                k++;
            }
            if (acc > half + tol) {
                return new MedianInterval(xk, xk);
            }
            if (acc >= half - tol) {
                double next = k < idx.length ? x[idx[k]] : xk;
                return new MedianInterval(xk, next);
            }
        }
        double last = x[idx[idx.length - 1]];
        return new MedianInterval(last, last);
    }
}
