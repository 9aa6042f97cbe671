package org.parley.views.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting for people (terminal and report): fixed locale-independent digits, trailing zeros dropped.
 * Machine-readable outputs (JSON, CSV) use full precision instead.
 */
public final class Numbers {
    private Numbers() {
    }

    /** {@code x} rounded half-up to two decimals without trailing zeros ("40", "40.5", "40.25"); "—" for NaN. */
    public static String format(double x) {
        return format(x, 2);
    }

    /** {@code x} rounded half-up to {@code decimals} decimals without trailing zeros; "—" for NaN or infinity. */
    public static String format(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return "\u2014";
        }
        BigDecimal d = BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** Like {@link #format(double)} with an explicit sign: "+3.5", "−2", "0" (U+2212 minus for readability). */
    public static String signed(double x) {
        if (!Double.isFinite(x)) {
            return "\u2014";
        }
        String s = format(Math.abs(x));
        if (s.equals("0")) {
            return "0";
        }
        return (x > 0 ? "+" : "\u2212") + s;
    }
}
