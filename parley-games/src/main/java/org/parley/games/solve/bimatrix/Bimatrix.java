package org.parley.games.solve.bimatrix;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.parley.games.numeric.Rational;

/**
 * An immutable two-player strategic-form game given by payoff matrices A (row player, m rows)
 * and B (column player, n columns), held exactly as {@link Rational}s with a double view.
 *
 * <p>Expected payoffs of mixed strategies x (length m) and y (length n) are x·Ay and x·By. The
 * max regret of (x, y) is max(max_i (Ay)_i − x·Ay, max_j (xᵀB)_j − x·By); (x, y) is a Nash
 * equilibrium iff it is zero.
 *
 * <p>Construction copies the matrices: O(mn). Thread-safe.
 */
public final class Bimatrix {
    private final int m;
    private final int n;
    private final Rational[][] a;
    private final Rational[][] b;
    private final double[][] ad;
    private final double[][] bd;

    private Bimatrix(Rational[][] a, Rational[][] b) {
        if (a == null || b == null) {
            throw new IllegalArgumentException("payoff matrices a and b must not be null");
        }
        if (a.length == 0 || a[0].length == 0) {
            throw new IllegalArgumentException("payoff matrix a must have at least one row and one column");
        }
        this.m = a.length;
        this.n = a[0].length;
        if (b.length != m) {
            throw new IllegalArgumentException("payoff matrix b has " + b.length + " rows, a has " + m);
        }
        this.a = new Rational[m][];
        this.b = new Rational[m][];
        this.ad = new double[m][n];
        this.bd = new double[m][n];
        for (int i = 0; i < m; i++) {
            if (a[i].length != n || b[i].length != n) {
                throw new IllegalArgumentException("row " + i + " of a or b does not have " + n + " columns");
            }
            this.a[i] = a[i].clone();
            this.b[i] = b[i].clone();
            for (int j = 0; j < n; j++) {
                if (a[i][j] == null || b[i][j] == null) {
                    throw new IllegalArgumentException("payoff (" + i + "," + j + ") is null");
                }
                ad[i][j] = a[i][j].doubleValue();
                bd[i][j] = b[i][j].doubleValue();
            }
        }
    }

    /** A game from exact payoff matrices a (row player) and b (column player), both m×n. */
    public static Bimatrix of(Rational[][] a, Rational[][] b) {
        return new Bimatrix(a, b);
    }

    /** A game from integer payoff matrices. */
    public static Bimatrix ofLongs(long[][] a, long[][] b) {
        return new Bimatrix(convert(a), convert(b));
    }

    /** A game from double payoffs, each taken at its exact binary value. */
    public static Bimatrix ofDoubles(double[][] a, double[][] b) {
        Rational[][] ra = new Rational[a.length][];
        Rational[][] rb = new Rational[b.length][];
        for (int i = 0; i < a.length; i++) {
            ra[i] = Arrays.stream(a[i]).mapToObj(Rational::of).toArray(Rational[]::new);
        }
        for (int i = 0; i < b.length; i++) {
            rb[i] = Arrays.stream(b[i]).mapToObj(Rational::of).toArray(Rational[]::new);
        }
        return new Bimatrix(ra, rb);
    }

    private static Rational[][] convert(long[][] v) {
        Rational[][] r = new Rational[v.length][];
        for (int i = 0; i < v.length; i++) {
            r[i] = Arrays.stream(v[i]).mapToObj(Rational::of).toArray(Rational[]::new);
        }
        return r;
    }

    public int rows() {
        return m;
    }

    public int columns() {
        return n;
    }

    public Rational a(int i, int j) {
        return a[i][j];
    }

    public Rational b(int i, int j) {
        return b[i][j];
    }

    public double aDouble(int i, int j) {
        return ad[i][j];
    }

    public double bDouble(int i, int j) {
        return bd[i][j];
    }

    /** The game with the players' roles exchanged: (Bᵀ, Aᵀ). */
    public Bimatrix transpose() {
        Rational[][] ta = new Rational[n][m];
        Rational[][] tb = new Rational[n][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                ta[j][i] = b[i][j];
                tb[j][i] = a[i][j];
            }
        }
        return new Bimatrix(ta, tb);
    }

    /** The constant c with a(i,j)+b(i,j)=c for all cells, if the game is constant-sum. */
    public Optional<Rational> constantSum() {
        Rational c = a[0][0].add(b[0][0]);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (!a[i][j].add(b[i][j]).equals(c)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(c);
    }

    /**
     * A positive integer matrix that is a positive affine transform of A (if {@code rowPlayer}) or
     * B: k·(p − s) where s = min(0, smallest payoff of either player) − 1 and k is the lcm of all
     * denominators. Equilibria are unchanged by such transforms; positivity makes the
     * best-response polytopes bounded. The common shift is Gambit's normalisation, which matters
     * for which way lexicographic degeneracy resolution goes.
     */
    BigInteger[][] positiveIntegerPayoffs(boolean rowPlayer) {
        Rational[][] p = rowPlayer ? a : b;
        BigInteger lcm = BigInteger.ONE;
        Rational min = Rational.ZERO;
        for (Rational[][] q : new Rational[][][] {a, b}) {
            for (Rational[] row : q) {
                for (Rational v : row) {
                    BigInteger d = v.denominator();
                    lcm = lcm.divide(lcm.gcd(d)).multiply(d);
                    min = min.min(v);
                }
            }
        }
        Rational shift = min.subtract(Rational.ONE);
        BigInteger[][] out = new BigInteger[m][n];
        Rational k = Rational.of(lcm, BigInteger.ONE);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = p[i][j].subtract(shift).multiply(k).numerator();
            }
        }
        return out;
    }

    /** Double version of {@link #positiveIntegerPayoffs}: (p − s)/(max(0, largest payoff) − s). */
    double[][] positiveDoublePayoffs(boolean rowPlayer) {
        double min = 0;
        double max = 0;
        for (double[][] q : new double[][][] {ad, bd}) {
            for (double[] row : q) {
                for (double v : row) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double shift = min - 1.0;
        double scale = 1.0 / (max - shift);
        double[][] p = rowPlayer ? ad : bd;
        double[][] out = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = (p[i][j] - shift) * scale;
            }
        }
        return out;
    }

    /** Row player's expected payoff x·Ay. */
    public Rational rowPayoff(List<Rational> x, List<Rational> y) {
        return payoff(a, x, y);
    }

    /** Column player's expected payoff x·By. */
    public Rational columnPayoff(List<Rational> x, List<Rational> y) {
        return payoff(b, x, y);
    }

    private Rational payoff(Rational[][] p, List<Rational> x, List<Rational> y) {
        checkLengths(x.size(), y.size());
        Rational s = Rational.ZERO;
        for (int i = 0; i < m; i++) {
            if (x.get(i).isZero()) continue;
            Rational r = Rational.ZERO;
            for (int j = 0; j < n; j++) {
                if (!y.get(j).isZero()) r = r.add(p[i][j].multiply(y.get(j)));
            }
            s = s.add(x.get(i).multiply(r));
        }
        return s;
    }

    /**
     * Exact max regret of (x, y): the larger gain either player gets from a pure best response.
     * Does not check that x and y are probability vectors; see {@link #isMixedStrategy}.
     */
    public Rational maxRegret(List<Rational> x, List<Rational> y) {
        checkLengths(x.size(), y.size());
        Rational[] ay = new Rational[m];
        for (int i = 0; i < m; i++) {
            Rational r = Rational.ZERO;
            for (int j = 0; j < n; j++) {
                if (!y.get(j).isZero()) r = r.add(a[i][j].multiply(y.get(j)));
            }
            ay[i] = r;
        }
        Rational[] xb = new Rational[n];
        for (int j = 0; j < n; j++) {
            Rational r = Rational.ZERO;
            for (int i = 0; i < m; i++) {
                if (!x.get(i).isZero()) r = r.add(b[i][j].multiply(x.get(i)));
            }
            xb[j] = r;
        }
        Rational u1 = Rational.ZERO;
        Rational best1 = ay[0];
        for (int i = 0; i < m; i++) {
            u1 = u1.add(x.get(i).multiply(ay[i]));
            best1 = best1.max(ay[i]);
        }
        Rational u2 = Rational.ZERO;
        Rational best2 = xb[0];
        for (int j = 0; j < n; j++) {
            u2 = u2.add(y.get(j).multiply(xb[j]));
            best2 = best2.max(xb[j]);
        }
        return best1.subtract(u1).max(best2.subtract(u2));
    }

    /** Max regret of a double profile. */
    public double maxRegret(double[] x, double[] y) {
        checkLengths(x.length, y.length);
        double best1 = Double.NEGATIVE_INFINITY;
        double u1 = 0;
        for (int i = 0; i < m; i++) {
            double r = 0;
            for (int j = 0; j < n; j++) r += ad[i][j] * y[j];
            best1 = Math.max(best1, r);
            u1 += x[i] * r;
        }
        double best2 = Double.NEGATIVE_INFINITY;
        double u2 = 0;
        for (int j = 0; j < n; j++) {
            double r = 0;
            for (int i = 0; i < m; i++) r += bd[i][j] * x[i];
            best2 = Math.max(best2, r);
            u2 += y[j] * r;
        }
        return Math.max(best1 - u1, best2 - u2);
    }

    /** True iff v is a probability vector (non-negative, summing to one exactly). */
    public static boolean isMixedStrategy(List<Rational> v) {
        Rational s = Rational.ZERO;
        for (Rational r : v) {
            if (r.signum() < 0) return false;
            s = s.add(r);
        }
        return s.equals(Rational.ONE);
    }

    private void checkLengths(int xl, int yl) {
        if (xl != m || yl != n) {
            throw new IllegalArgumentException("profile has lengths " + xl + "," + yl + "; game is " + m + "x" + n);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bimatrix g && Arrays.deepEquals(a, g.a) && Arrays.deepEquals(b, g.b);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(a) + Arrays.deepHashCode(b);
    }

    @Override
    public String toString() {
        return "Bimatrix[" + m + "x" + n + "]";
    }
}
