package org.parley.games.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact rational number p/q on {@link BigInteger}s, always in lowest terms with q &gt; 0.
 * Immutable and thread-safe. Used by the exact solvers and for Gambit's fractional payoffs.
 */
public final class Rational implements Comparable<Rational> {
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger num;
    private final BigInteger den;

    private Rational(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    /** p/q reduced to lowest terms. @throws ArithmeticException if q is zero */
    public static Rational of(BigInteger p, BigInteger q) {
        if (q.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (q.signum() < 0) {
            p = p.negate();
            q = q.negate();
        }
        BigInteger g = p.gcd(q);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            p = p.divide(g);
            q = q.divide(g);
        }
        if (p.signum() == 0) {
            return ZERO;
        }
        return new Rational(p, q);
    }

    public static Rational of(long p, long q) {
        return of(BigInteger.valueOf(p), BigInteger.valueOf(q));
    }

    public static Rational of(long n) {
        return n == 0 ? ZERO : new Rational(BigInteger.valueOf(n), BigInteger.ONE);
    }

    /** The exact value of a finite double (every finite double is a dyadic rational). */
    public static Rational of(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new ArithmeticException("not a finite number: " + d);
        }
        BigDecimal b = new BigDecimal(d);
        return of(b);
    }

    public static Rational of(BigDecimal b) {
        if (b.scale() <= 0) {
            return of(b.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(b.unscaledValue(), BigInteger.TEN.pow(b.scale()));
    }

    /**
     * Parses "3", "-3/4", "1.25", "1.5e-3" (Gambit writes payoffs in these forms).
     * @throws NumberFormatException if the text is not a number
     */
    public static Rational parse(String text) {
        String s = text.trim();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            Rational p = parse(s.substring(0, slash));
            Rational q = parse(s.substring(slash + 1));
            if (q.signum() == 0) {
                throw new NumberFormatException("zero denominator in " + text);
            }
            return p.divide(q);
        }
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        return of(new BigDecimal(s));
    }

    public BigInteger numerator() {
        return num;
    }

    public BigInteger denominator() {
        return den;
    }

    /** An integer value, already in lowest terms (no gcd needed). */
    private static Rational integer(BigInteger n) {
        return n.signum() == 0 ? ZERO : new Rational(n, BigInteger.ONE);
    }

    /** Whether this is exactly 1. */
    public boolean isOne() {
        return den.equals(BigInteger.ONE) && num.equals(BigInteger.ONE);
    }

    public int signum() {
        return num.signum();
    }

    public boolean isZero() {
        return num.signum() == 0;
    }

    public Rational add(Rational o) {
        if (o.num.signum() == 0) return this;
        if (num.signum() == 0) return o;
        if (den.equals(BigInteger.ONE) && o.den.equals(BigInteger.ONE)) return integer(num.add(o.num));
        if (den.equals(o.den)) return of(num.add(o.num), den);
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Rational subtract(Rational o) {
        return add(o.negate());
    }

    public Rational multiply(Rational o) {
        if (num.signum() == 0 || o.num.signum() == 0) return ZERO;
        if (isOne()) return o;
        if (o.isOne()) return this;
        if (den.equals(BigInteger.ONE) && o.den.equals(BigInteger.ONE)) return integer(num.multiply(o.num));
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    /** @throws ArithmeticException on division by zero */
    public Rational divide(Rational o) {
        if (o.num.signum() == 0) throw new ArithmeticException("division by zero");
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    public Rational negate() {
        return num.signum() == 0 ? this : new Rational(num.negate(), den);
    }

    public Rational abs() {
        return num.signum() < 0 ? negate() : this;
    }

    public Rational max(Rational o) {
        return compareTo(o) >= 0 ? this : o;
    }

    public Rational min(Rational o) {
        return compareTo(o) <= 0 ? this : o;
    }

    public double doubleValue() {
        if (den.equals(BigInteger.ONE)) return num.doubleValue();
        double d = num.doubleValue() / den.doubleValue();
        if (Double.isFinite(d) && d != 0.0) return d;
        return new BigDecimal(num).divide(new BigDecimal(den), java.math.MathContext.DECIMAL64).doubleValue();
    }

    @Override
    public int compareTo(Rational o) {
        if (den.equals(o.den)) return num.compareTo(o.num);
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
    }

    @Override
    public int hashCode() {
        return 31 * num.hashCode() + den.hashCode();
    }

    /** "p/q", or "p" for integers: the form Gambit prints. */
    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}
