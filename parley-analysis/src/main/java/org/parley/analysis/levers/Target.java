package org.parley.analysis.levers;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A threshold condition on a response: numeric ({@code >= 50}, {@code <= 30}, {@code > 40}, {@code < 40}, optionally
 * with a metric name in front, e.g. {@code p_deal >= 0.5}) or categorical ({@code outcome == deal},
 * {@code outcome != war}). Equality on numbers is rejected: a forecast is a double and exact equality is not a
 * meaningful target.
 *
 * @param metric     the quantity tested, e.g. {@code forecast}, {@code p_deal}, {@code outcome}; null = the
 *                   responder's default (the forecast of a bargaining model)
 * @param comparison the comparison
 * @param threshold  the number compared with (NaN for categorical targets)
 * @param label      the label compared with (null for numeric targets)
 */
public record Target(String metric, Comparison comparison, double threshold, String label) {

    /** Comparison operators. {@link #EQ} and {@link #NE} are for labels only. */
    public enum Comparison {
        GE(">="), LE("<="), GT(">"), LT("<"), EQ("=="), NE("!=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        static Comparison of(String s) {
            for (Comparison c : values()) {
                if (c.symbol.equals(s)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("target: unknown comparison '" + s + "'");
        }
    }

    private static final Pattern SYNTAX = Pattern.compile("^\\s*([A-Za-z_][\\w()]*)?\\s*(>=|<=|==|!=|>|<)\\s*(\\S.*?)\\s*$");

    public Target {
        Objects.requireNonNull(comparison, "comparison");
        metric = metric == null || metric.isBlank() ? null : metric.trim();
        if (label == null) {
            if (!Double.isFinite(threshold)) {
                throw new IllegalArgumentException("target: threshold must be a finite number, got " + threshold);
            }
            if (comparison == Comparison.EQ || comparison == Comparison.NE) {
                throw new IllegalArgumentException("target: use >=, <=, > or < with a number ('"
                        + comparison.symbol + " " + threshold + "' is never a meaningful target for a forecast)");
            }
        } else {
            if (comparison != Comparison.EQ && comparison != Comparison.NE) {
                throw new IllegalArgumentException("target: a label can only be compared with == or !=, got "
                        + comparison.symbol + " " + label);
            }
            if (label.isBlank()) {
                throw new IllegalArgumentException("target: label must not be blank");
            }
            threshold = Double.NaN;
        }
    }

    /**
     * Parses a target expression: {@code [metric] op value}, where op is one of {@code >= <= > < == !=} and value a
     * number or (with == and !=) a label.
     *
     * @throws IllegalArgumentException with the expected syntax
     */
    public static Target parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("target: expected '[metric] op value' with op one of >=, <=, >, <, ==, != "
                    + "(e.g. '>= 50' or 'outcome == deal'); got '" + text + "'");
        }
        Comparison c = Comparison.of(m.group(2));
        String rhs = m.group(3);
        Double number = parseNumber(rhs);
        if (number != null && c != Comparison.EQ && c != Comparison.NE) {
            return new Target(m.group(1), c, number, null);
        }
        if (number != null) {
            throw new IllegalArgumentException("target: use >=, <=, > or < with a number, not " + c.symbol()
                    + " (exact equality of a forecast is not a meaningful target); got '" + text + "'");
        }
        if (c == Comparison.EQ || c == Comparison.NE) {
            return new Target(m.group(1), c, Double.NaN, rhs);
        }
        throw new IllegalArgumentException("target: '" + rhs + "' is not a number (labels need == or !=)");
    }

    private static Double parseNumber(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean isCategorical() {
        return label != null;
    }

    /** Whether the reading meets the target; a NaN value or a missing label never does. */
    public boolean test(Reading r) {
        if (isCategorical()) {
            boolean eq = label.equalsIgnoreCase(r.label() == null ? "" : r.label());
            return r.label() != null && (comparison == Comparison.EQ) == eq;
        }
        double v = r.value();
        if (Double.isNaN(v)) {
            return false;
        }
        return switch (comparison) {
            case GE -> v >= threshold;
            case LE -> v <= threshold;
            case GT -> v > threshold;
            case LT -> v < threshold;
            default -> throw new IllegalStateException("numeric target with " + comparison);
        };
    }

    /** The target in its syntax, as {@link #parse} reads it ({@code ">= 45"}, {@code "outcome != deal"}). */
    @Override
    public String toString() {
        String rhs = isCategorical() ? label : stripZeros(threshold);
        return (metric == null ? "" : metric + " ") + comparison.symbol + " " + rhs;
    }

    /** The threshold as written: whole numbers without ".0", others as {@link Double#toString} (exact). */
    private static String stripZeros(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
