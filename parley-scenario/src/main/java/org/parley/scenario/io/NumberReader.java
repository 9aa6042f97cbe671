package org.parley.scenario.io;

import java.math.BigInteger;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Numbers: finite doubles from YAML 1.2 core-schema scalars (decimal, {@code 0o} octal and {@code 0x} hexadecimal
 * integers, floats), with a domain rule checked where the number is written. NaN, infinities, numbers too large for
 * a double and quoted numbers are reported, each with its own message.
 */
final class NumberReader {
    private static final Pattern NON_FINITE_WORD =
            Pattern.compile("[-+]?\\.?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_TEXT =
            Pattern.compile("\\s*[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?\\s*");

    /** A number's domain: null when v is allowed, else the rule it breaks, e.g. "must be &gt; 0". */
    @FunctionalInterface
    interface Rule {
        String violation(double v);

        /** Every finite number. */
        Rule ANY = v -> null;
    }

    private final ProblemLog log;

    NumberReader(ProblemLog log) {
        this.log = log;
    }

    /** A finite number from a scalar; null (reported) for anything else, including NaN and infinities. */
    Double number(Node n, String name) {
        if (!(n instanceof ScalarNode s)) {
            log.error(n, "expected a number for " + name + ", got " + NodeReader.describe(n), "");
            return null;
        }
        String t = s.getValue();
        Tag tag = s.getTag();
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            if (NON_FINITE_WORD.matcher(t.trim()).matches()) {
                log.error(n, name + " must be a finite number, got " + t, "NaN and infinities are not allowed");
                return null;
            }
            double v;
            try {
                v = tag.equals(Tag.INT) ? yamlInteger(t.trim()).doubleValue() : Double.parseDouble(t.trim());
            } catch (NumberFormatException e) {
                log.error(n, "expected a number for " + name + ", got '" + t + "'", "");
                return null;
            }
            if (!Double.isFinite(v)) {
                log.error(n, name + " must be a finite number, got " + t + " (too large for a double)", "");
                return null;
            }
            if (v != 0 && Math.abs(v) < Double.MIN_NORMAL) {
                log.error(n, name + " is too small to compute with, got " + t + " (a subnormal double)",
                        "use 0 or a value above 1e-300");
                return null;
            }
            return v + 0.0; // turns -0.0 into 0.0, so -0 and 0 read the same
        }
        if (s.isPlain() && NON_FINITE_WORD.matcher(t.trim()).matches()) {
            log.error(n, name + " must be a finite number, got " + t, "NaN and infinities are not allowed");
            return null;
        }
        if (tag.equals(Tag.STR) && !s.isPlain() && NUMBER_TEXT.matcher(t).matches()) {
            log.error(n, "expected a number for " + name + ", got the quoted text \"" + t + "\"", "remove the quotes");
            return null;
        }
        log.error(n, "expected a number for " + name + ", got " + NodeReader.describe(n), "");
        return null;
    }

    /** A number that must also satisfy the rule; null (reported) when it does not. */
    Double number(Node n, String name, Rule rule) {
        Double v = number(n, name);
        return v != null && check(n, name, v, rule) ? v : null;
    }

    /** Whether the value satisfies the rule; reports "name violation, got value" at the node when it does not. */
    boolean check(Node at, String name, double value, Rule rule) {
        String violation = rule.violation(value);
        if (violation != null) {
            log.error(at, name + " " + violation + ", got " + fmt(value), "");
            return false;
        }
        return true;
    }

    /** YAML 1.2 core-schema integers: decimal with sign, 0o octal, 0x hexadecimal. */
    private static BigInteger yamlInteger(String t) {
        if (t.startsWith("0o")) {
            return new BigInteger(t.substring(2), 8);
        }
        if (t.startsWith("0x")) {
            return new BigInteger(t.substring(2), 16);
        }
        return new BigInteger(t.startsWith("+") ? t.substring(1) : t);
    }

    /** Numbers in messages: integral values without ".0" so they read as the analyst wrote them. */
    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
