package org.parley.forecast.support;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting for plain-language explanations: at most 6 significant digits, no trailing zeros. */
public final class Fmt {
    private Fmt() {
    }

    public static String num(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        return b.abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0 ? b.toString() : b.toPlainString();
    }
}
