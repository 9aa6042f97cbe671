package org.parley.views.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * Axis tick values: multiples of 1, 2 or 5 × 10<sup>k</sup> inside a range. Two rules, each kept because the
 * drawings were tuned with it: {@link #around} rounds the raw step to the nearest nice step (the issue charts),
 * {@link #atLeast} takes the smallest nice step not below it (the lever chart, which wants at most about five).
 */
public final class Ticks {
    private Ticks() {
    }

    /** Most ticks ever returned: a guard for ranges whose step is lost in rounding. */
    static final int MAX_TICKS = 64;

    /**
     * About {@code target} ticks covering [min, max], the raw step rounded to the nearest of 1, 2, 5, 10 × 10^k.
     * Safe for any finite range (even one whose width overflows a double): at most {@link #MAX_TICKS} ticks, and
     * just the ends when no step can be computed.
     */
    public static List<Double> around(double min, double max, int target) {
        int parts = Math.max(1, target);
        double raw = width(min, max) / parts;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / mag;
        double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
        if (!usable(min, max, step)) {
            return ends(min, max);
        }
        List<Double> out = new ArrayList<>();
        double first = Math.ceil(min / step - 1e-9) * step;
        for (int k = 0; k < MAX_TICKS; k++) {
            double v = first + k * step;
            if (v > max + step * 1e-9) {
                break;
            }
            out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return out;
    }

    /** At most about five ticks inside [lo, hi]: the smallest step of 1, 2, 5, 10 × 10^k not below a fifth. */
    public static List<Double> atLeast(double lo, double hi) {
        double raw = width(lo, hi) / 5, mag = Math.pow(10, Math.floor(Math.log10(raw))), step = mag;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        if (!usable(lo, hi, step)) {
            return ends(lo, hi);
        }
        List<Double> t = new ArrayList<>();
        double first = Math.ceil(lo / step) * step;
        for (int k = 0; k < MAX_TICKS; k++) {
            double v = first + k * step;
            if (v > hi + 1e-9 * step) {
                break;
            }
            t.add(Math.abs(v) < 1e-12 * step ? 0.0 : v);
        }
        return t;
    }

    /** hi − lo, or infinity when the difference overflows (the ticks are then just the two ends). */
    private static double width(double lo, double hi) {
        double w = hi - lo;
        return Double.isFinite(w) ? w : Double.POSITIVE_INFINITY;
    }

    /** A step that is finite, positive and large enough to move from one tick to the next at this magnitude. */
    private static boolean usable(double lo, double hi, double step) {
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && Double.isFinite(step) && step > 0)) {
            return false;
        }
        double far = Math.max(Math.abs(lo), Math.abs(hi));
        return far + step != far;
    }

    private static List<Double> ends(double lo, double hi) {
        List<Double> t = new ArrayList<>();
        if (Double.isFinite(lo)) {
            t.add(lo);
        }
        if (Double.isFinite(hi) && hi != lo) {
            t.add(hi);
        }
        return t;
    }
}
