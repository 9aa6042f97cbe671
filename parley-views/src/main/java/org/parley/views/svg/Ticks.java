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

    /** About {@code target} ticks covering [min, max], the raw step rounded to the nearest of 1, 2, 5, 10 × 10^k. */
    public static List<Double> around(double min, double max, int target) {
        double raw = (max - min) / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / mag;
        double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
        List<Double> out = new ArrayList<>();
        double first = Math.ceil(min / step - 1e-9) * step;
        for (int k = 0; ; k++) {
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
        double raw = (hi - lo) / 5, mag = Math.pow(10, Math.floor(Math.log10(raw))), step = mag;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        List<Double> t = new ArrayList<>();
        for (double v = Math.ceil(lo / step) * step; v <= hi + 1e-9 * step; v += step) {
            t.add(Math.abs(v) < 1e-12 * step ? 0.0 : v);
        }
        return t;
    }
}
