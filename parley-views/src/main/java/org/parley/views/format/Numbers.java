package org.parley.views.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Every number Parley shows, formatted in one place. All methods are locale-independent (a comma never becomes
 * the decimal separator) and pure.
 *
 * <table>
 *   <caption>styles and where they are used</caption>
 *   <tr><td>{@link #fixed(double, int, Typography)}</td><td>tables, summaries, report: rounded half-up to a number
 *       of decimals, trailing zeros dropped ("40", "40.5", "40.26")</td></tr>
 *   <tr><td>{@link #signed(double, Typography)}</td><td>shifts and gains, with an explicit sign</td></tr>
 *   <tr><td>{@link #significant(double)}</td><td>numbers inside the models' explanation sentences (6 significant
 *       digits)</td></tr>
 *   <tr><td>{@link #compact(double)}</td><td>labels in the game-tree and lever SVG drawings (integers as they
 *       are, else 3 significant digits)</td></tr>
 *   <tr><td>{@link #coordinate(double)}</td><td>SVG coordinates (one decimal)</td></tr>
 *   <tr><td>{@link #general(double, int)}, {@link #exponential(double, int)}</td><td>C's {@code %g} and
 *       {@code %e} (crisis parameters, residuals)</td></tr>
 *   <tr><td>{@link #gambit(double)}</td><td>Gambit's {@code NE,...} lines (C++ stream defaults)</td></tr>
 *   <tr><td>{@link #machine(double)}</td><td>CSV cells: full precision ({@link Double#toString}), empty when
 *       missing</td></tr>
 * </table>
 * JSON numbers are written by Jackson in full precision and never pass through here.
 */
public final class Numbers {
    private Numbers() {
    }

    /** {@link #fixed(double, int, Typography)} with two decimals and Unicode typography. */
    public static String fixed(double x) {
        return fixed(x, 2, Typography.UNICODE);
    }

    /**
     * {@code x} with exactly {@code decimals} decimals, trailing zeros kept ("0.500", "1.000"), as Gambit's tools
     * print probabilities with {@code -d}; rounded half-up, never "-0". NaN or infinity as Java prints them.
     */
    public static String gambitFixed(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        BigDecimal d = BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP);
        return d.signum() == 0 ? BigDecimal.ZERO.setScale(decimals).toPlainString() : d.toPlainString();
    }

    /** {@link #fixed(double, int, Typography)} with Unicode typography. */
    public static String fixed(double x, int decimals) {
        return fixed(x, decimals, Typography.UNICODE);
    }

    /** {@link #fixed(double, int, Typography)} with two decimals. */
    public static String fixed(double x, Typography t) {
        return fixed(x, 2, t);
    }

    /**
     * {@code x} rounded half-up to {@code decimals} decimals without trailing zeros ("40", "40.5", "40.25"); a value
     * that rounds to zero is "0" (never "-0"); NaN or infinity is the typography's missing mark.
     */
    public static String fixed(double x, int decimals, Typography t) {
        if (!Double.isFinite(x)) {
            return t.missing();
        }
        BigDecimal d = BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** {@link #signed(double, Typography)} with Unicode typography ("+3.5", "−2", "0"). */
    public static String signed(double x) {
        return signed(x, Typography.UNICODE);
    }

    /** Like {@link #fixed(double, Typography)} with an explicit sign: "+3.5", "−2" (the typography's minus), "0". */
    public static String signed(double x, Typography t) {
        if (!Double.isFinite(x)) {
            return t.missing();
        }
        String s = fixed(Math.abs(x), 2, t);
        if (s.equals("0")) {
            return "0";
        }
        return (x > 0 ? "+" : t.minus()) + s;
    }

    /**
     * At most 6 significant digits, trailing zeros dropped, plain notation below one million and scientific above
     * ("55.2155", "0.0000000558794", "1.23457E+7"); non-finite values as {@link Double#toString}.
     */
    public static String significant(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros();
        return b.abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0 ? b.toString() : b.toPlainString();
    }

    /** Integers as they are ("12"), anything else with 3 significant digits in plain notation ("0.538"). */
    public static String compact(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e9) {
            return Long.toString((long) x);
        }
        return new BigDecimal(x).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** An SVG coordinate or length: one decimal ("12.0"); one decimal is plenty and keeps drawings small. */
    public static String coordinate(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    /** C's {@code %.Ng}: {@code significantDigits} significant digits, scientific for very small or large values. */
    public static String general(double x, int significantDigits) {
        return String.format(Locale.ROOT, "%." + significantDigits + "g", x);
    }

    /** C's {@code %.Ne}: scientific notation with {@code decimals} decimals ("1.0e-13"). */
    public static String exponential(double x, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "e", x);
    }

    /**
     * A double as C++'s default stream formatting prints it, as Gambit's command-line tools do: 6 significant
     * digits, trailing zeros dropped, scientific with a two-digit exponent outside [1e-4, 1e6)
     * ("0.333333", "1e+06", "7.97503e-24").
     */
    public static String gambit(double x) {
        if (x == 0) {
            return "0";
        }
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        BigDecimal b = new BigDecimal(x).round(new MathContext(6));
        int exp = b.precision() - b.scale() - 1;
        if (exp < -4 || exp >= 6) {
            BigDecimal mant = b.movePointLeft(exp).stripTrailingZeros();
            String e = Integer.toString(Math.abs(exp));
            return mant.toPlainString() + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
        }
        return b.stripTrailingZeros().toPlainString();
    }

    /** Full precision for machines ({@link Double#toString}), or the empty string for NaN and infinities. */
    public static String machine(double x) {
        return Double.isFinite(x) ? Double.toString(x) : "";
    }
}
