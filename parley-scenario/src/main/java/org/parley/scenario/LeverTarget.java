package org.parley.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The target of a lever: a threshold condition on a response, numeric ({@code >= 50}, {@code <= 30}, {@code > 40},
 * {@code < 40}, optionally with a metric in front, e.g. {@code p_deal >= 0.5}) or categorical
 * ({@code outcome == deal}, {@code outcome != escalation}). Equality on numbers is rejected: a forecast is a double
 * and exact equality is not a meaningful target.
 *
 * <p>{@link #toString()} is the canonical expression ({@code [metric ]op value}, integral thresholds without
 * {@code .0}); {@link #parse} of it gives an equal target. The scenario digest records it.
 *
 * @param metric     the quantity tested, or null when the expression names none (the responder's default: a
 *                   bargaining model's forecast of the issue)
 * @param comparison the comparison
 * @param threshold  the number compared with (NaN for categorical targets)
 * @param label      the label compared with (null for numeric targets)
 */
public record LeverTarget(Metric metric, Comparison comparison, double threshold, String label) {

    /** The labels {@code outcome == ...} may name for a crisis game: the most likely of the three categories. */
    public static final List<String> CRISIS_OUTCOMES = List.of("deal", "escalation", "status quo");

    /** What a target tests. */
    public enum Metric {
        /** A bargaining model's forecast of the lever's issue. */
        FORECAST("forecast"),
        /** A crisis game's probability of a deal. */
        P_DEAL("p_deal"),
        /** A crisis game's probability of escalation. */
        P_ESCALATION("p_escalation"),
        /** A crisis game's probability that the status quo stays. */
        P_STATUS_QUO("p_status_quo"),
        /** A crisis game's most likely outcome category, one of {@link #CRISIS_OUTCOMES} (compared as a label). */
        OUTCOME("outcome");

        private final String id;

        Metric(String id) {
            this.id = id;
        }

        /** The name written in a target, e.g. {@code p_deal}. */
        public String id() {
            return id;
        }

        /** Whether a crisis game answers it (every metric but {@link #FORECAST}). */
        public boolean isCrisisMetric() {
            return this != FORECAST;
        }

        /** The metric with this name (any case), if any. */
        public static Optional<Metric> byId(String text) {
            for (Metric m : values()) {
                if (m.id.equalsIgnoreCase(text)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    /** Comparison operators. {@link #EQ} and {@link #NE} are for labels only. */
    public enum Comparison {
        GE(">="), LE("<="), GT(">"), LT("<"), EQ("=="), NE("!=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        /** The operator as written, e.g. {@code >=}. */
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

    /** @throws IllegalArgumentException for a number compared with == or !=, or a label with an order */
    public LeverTarget {
        Objects.requireNonNull(comparison, "comparison");
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
     * @throws IllegalArgumentException with the expected syntax, or naming the known metrics
     */
    public static LeverTarget parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("target: expected '[metric] op value' with op one of >=, <=, >, <, ==, != "
                    + "(e.g. '>= 50' or 'outcome == deal'); got '" + text + "'");
        }
        Metric metric = null;
        if (m.group(1) != null) {
            metric = Metric.byId(m.group(1)).orElseThrow(() -> new IllegalArgumentException("target: unknown metric '"
                    + m.group(1) + "'; expected forecast, p_deal, p_escalation, p_status_quo or outcome"));
        }
        Comparison c = Comparison.of(m.group(2));
        String rhs = m.group(3);
        Double number = parseNumber(rhs);
        if (number != null && c != Comparison.EQ && c != Comparison.NE) {
            return new LeverTarget(metric, c, number, null);
        }
        if (number != null) {
            throw new IllegalArgumentException("target: use >=, <=, > or < with a number, not " + c.symbol()
                    + " (exact equality of a forecast is not a meaningful target); got '" + text + "'");
        }
        if (c == Comparison.EQ || c == Comparison.NE) {
            return new LeverTarget(metric, c, Double.NaN, rhs);
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

    /** Whether the target compares a label ({@code ==}, {@code !=}) rather than a number. */
    public boolean isCategorical() {
        return label != null;
    }

    /**
     * Whether a response meets the target: its number for a numeric target (NaN never does), its label for a
     * categorical one (compared ignoring case; a missing label never does).
     */
    public boolean test(double value, String responseLabel) {
        if (isCategorical()) {
            return responseLabel != null && (comparison == Comparison.EQ) == label.equalsIgnoreCase(responseLabel);
        }
        if (Double.isNaN(value)) {
            return false;
        }
        return switch (comparison) {
            case GE -> value >= threshold;
            case LE -> value <= threshold;
            case GT -> value > threshold;
            case LT -> value < threshold;
            default -> throw new IllegalStateException("numeric target with " + comparison);
        };
    }

    /** The canonical expression, e.g. {@code p_deal >= 0.5}, {@code >= 45}, {@code outcome != deal}. */
    @Override
    public String toString() {
        String rhs = isCategorical() ? label : canonicalNumber(threshold);
        return (metric == null ? "" : metric.id() + " ") + comparison.symbol + " " + rhs;
    }

    private static String canonicalNumber(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
