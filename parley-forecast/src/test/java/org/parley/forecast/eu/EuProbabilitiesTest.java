package org.parley.forecast.eu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.parley.forecast.eu.ExpectedUtilityModel.Options;
import org.parley.forecast.eu.ExpectedUtilityModel.Variant;

/**
 * The O(n²) probabilities of {@link EuEngine} against the literal O(n³) vote (the engine's code before the change,
 * kept here as the oracle).
 *
 * <p>Tolerance. Both compute forI = Σ_k max(v_k, 0) from the same pow values. The literal sum rounds each term twice
 * and then sums n non-negative terms, so it is within (n + 1)·ε·forI of the exact sum of those pow values; the
 * prefix-sum form carries every rounding error exactly and rounds once, apart from the n²ε²·M left in the
 * compensation (M = Σ_k w_k (pow[i][k] + pow[j][k]), the pair's vote mass). Hence, with ε = 2⁻⁵²,
 * <pre>
 *   |P_fast − P_literal| ≤ (2n + 10)·ε·P_literal + 2n²ε²·M / den
 * </pre>
 * where den is the normaliser (scholz2011: all pairs, ≥ M, so the second term is below 1e-28; bdm-clean:
 * forI + forJ). That is: the same probabilities to about n ulps, relative to each probability itself.
 */
class EuProbabilitiesTest {
    private static final double EPS = Math.ulp(1.0);

    /** The literal vote and normaliser (EuEngine.probabilities before the prefix sums), and M per pair. */
    record Literal(double[][] prob, double[][] mass, double[][] den) {
    }

    static Literal literal(double[] x, double[] w, double[] rho, double range, Variant variant) {
        int n = x.length;
        double[][] pow = new double[n][n];
        for (int p = 0; p < n; p++) {
            for (int k = 0; k < n; k++) {
                double d = Math.abs(x[k] - x[p]) / range;
                pow[p][k] = rho[k] == 1.0 ? d : Math.pow(d, rho[k]);
            }
        }
        double scholzDen = 0;
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            for (int p = 0; p < n; p++) {
                a[p] = pow[p][k];
            }
            Arrays.sort(a);
            double prefix = 0, sum = 0;
            for (int q = 0; q < n; q++) {
                sum += q * a[q] - prefix;
                prefix += a[q];
            }
            scholzDen += w[k] * 2 * sum;
        }
        double[][] prob = new double[n][n], mass = new double[n][n], den = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double m = 0;
                for (int k = 0; k < n; k++) {
                    m += w[k] * (pow[i][k] + pow[j][k]);
                }
                mass[i][j] = mass[j][i] = m;
                if (x[i] == x[j]) {
                    continue;
                }
                double forI = 0, forJ = 0;
                for (int k = 0; k < n; k++) {
                    double v = w[k] * (pow[j][k] - pow[i][k]);
                    forI += Math.max(v, 0.0);
                    forJ += Math.max(-v, 0.0);
                }
                if (variant == Variant.SCHOLZ2011) {
                    prob[i][j] = forI / scholzDen;
                    prob[j][i] = forJ / scholzDen;
                    den[i][j] = den[j][i] = scholzDen;
                } else {
                    double d = forI + forJ;
                    prob[i][j] = d > 0 ? forI / d : 0.5;
                    prob[j][i] = d > 0 ? forJ / d : 0.5;
                    den[i][j] = den[j][i] = d;
                }
            }
        }
        return new Literal(prob, mass, den);
    }

    /** Largest |ΔP| over all pairs in units of the allowed error; fails above 1. */
    static double check(double[] x, double[] c, double[] s, double[] rho, Variant variant) {
        int n = x.length;
        double lo = Arrays.stream(x).min().orElseThrow(), hi = Arrays.stream(x).max().orElseThrow();
        double range = hi > lo ? hi - lo : 1;
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "a" + i;
        }
        EuEngine eng = new EuEngine(ids, c, s, range, Options.defaults(variant));
        double[][] fast = eng.probabilities(x, rho);
        Literal lit = literal(x, eng.w, rho, range, variant);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(0.0, fast[i][i]);
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                if (x[i] == x[j]) {
                    assertEquals(0.0, fast[i][j], "same position");
                    continue;
                }
                double p = lit.prob()[i][j];
                double allowed = (2 * n + 10) * EPS * p + 2.0 * n * n * EPS * EPS * lit.mass()[i][j] / lit.den()[i][j];
                double err = Math.abs(fast[i][j] - p);
                String where = variant.id() + " n=" + n + " P[" + i + "][" + j + "]: fast " + fast[i][j]
                        + " literal " + p + " allowed " + allowed;
                assertTrue(err <= allowed || (lit.den()[i][j] == 0 && fast[i][j] == 0.5), where);
                assertTrue(fast[i][j] >= 0 && fast[i][j] <= 1, where);
                if (allowed > 0) {
                    worst = Math.max(worst, err / allowed);
                }
            }
        }
        return worst;
    }

    enum Layout { UNIFORM, CLUSTERED, DUPLICATES, FAR_VOTERS, GRID }

    static double[] positions(SplittableRandom r, int n, Layout layout) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = switch (layout) {
                case UNIFORM -> r.nextDouble(0, 100);
                // near-equal positions: the vote of almost every voter is a cancellation
                case CLUSTERED -> 50 + r.nextInt(5) * 1e-9 + r.nextInt(1000) * 1e-13;
                case DUPLICATES -> r.nextInt(4) * 25.0;
                // most voters far from every contest among the others
                case FAR_VOTERS -> i % 3 == 0 ? r.nextDouble(0, 1e6) : 500 + r.nextDouble(0, 1e-6);
                // exact midpoints: voters on 0.1-steps, contests between them (rounding of x_i + x_j)
                case GRID -> r.nextInt(40) * 0.1;
            };
        }
        return x;
    }

    static double[] weights(SplittableRandom r, int n, boolean extreme) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = extreme ? Math.pow(10, r.nextInt(-120, 121)) * r.nextDouble(1, 10) : r.nextDouble(0.01, 1);
        }
        return c;
    }

    @Property(tries = 300)
    void fastVoteEqualsLiteral(@ForAll @IntRange(min = 2, max = 60) int n, @ForAll @LongRange long seed,
                               @ForAll Layout layout, @ForAll boolean extremeWeights, @ForAll boolean riskPhase,
                               @ForAll Variant variant) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = positions(r, n, layout), c = weights(r, n, extremeWeights), s = new double[n];
        double[] rho = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = r.nextDouble(0.05, 1);
            rho[i] = riskPhase ? r.nextDouble(0.5, 2) : 1.0;
        }
        check(x, c, s, rho, variant);
    }

    /** The published three-actor case, exactly as the literal sum (a handful of terms: no rounding differs). */
    @Test
    void threeActorsAsLiteral() {
        double[] x = {0, 30, 100}, c = {1.0, 0.5, 0.8}, s = {0.6, 0.9, 0.5};
        for (Variant v : Variant.values()) {
            assertTrue(check(x, c, s, new double[] {1, 1, 1}, v) <= 1);
            assertTrue(check(x, c, s, new double[] {0.5, 2, 1.3}, v) <= 1);
        }
    }

    /** A contest between neighbours in a crowd far away: the case a plain difference of prefix sums gets wrong. */
    @Test
    void neighboursAmongDistantVoters() {
        int n = 60;
        double[] x = new double[n], c = new double[n], s = new double[n], rho = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i < 58 ? i * 1e3 : 1e5 + (i - 58) * 1e-7; // two actors 1e-7 apart, 58 voters up to 1e5 away
            c[i] = i < 58 ? 1e6 : 1;
            s[i] = 1;
            rho[i] = 1;
        }
        for (Variant v : Variant.values()) {
            check(x, c, s, rho, v);
        }
        // P(59 beats 58) ≈ 1.7e-8 rests on one voter (59 itself) against 59 voters' vote mass M ≈ 3e7: a plain
        // difference of prefix sums has an error of about ε·M ≈ 7e-9 in forJ ≈ 1e-12 (P off by up to 1e-4); the
        // compensated one agrees with the literal sum to 1e-9 relative (measured: 3e-12, from the n²ε²M term)
        EuEngine eng = new EuEngine(ids(n), c, s, 1e5, Options.defaults(Variant.BDM_CLEAN));
        double[][] p = eng.probabilities(x, rho);
        Literal lit = literal(x, eng.w, rho, 1e5, Variant.BDM_CLEAN);
        assertEquals(lit.prob()[59][58], p[59][58], 1e-9 * lit.prob()[59][58]);
        assertTrue(p[59][58] > 1e-8 && p[59][58] < 2e-8, "about 1 / 5.8e7: " + p[59][58]);
    }

    /** Weights near the top of the double range (Veltkamp's split of 1e305 would overflow): probabilities stay finite. */
    @Test
    void hugeWeightsStayFinite() {
        double[] x = {0, 10, 35, 35, 80, 100}, c = {1e305, 3e304, 1e300, 5e304, 1, 8e304}, s = {1, 0.5, 1, 0.2, 1, 0.9};
        double[] rho = {1.5, 0.7, 1, 2, 0.5, 1.2};
        for (Variant v : Variant.values()) {
            check(x, c, s, rho, v);
            double[][] p = new EuEngine(ids(6), c, s, 100, Options.defaults(v)).probabilities(x, rho);
            for (double[] row : p) {
                for (double q : row) {
                    assertTrue(Double.isFinite(q), v.id() + " " + Arrays.deepToString(p));
                }
            }
        }
    }

    private static String[] ids(int n) {
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "a" + i;
        }
        return ids;
    }

    /** The cut test is exact: against BigDecimal arithmetic on random and midpoint-adversarial triples. */
    @Property(tries = 2000)
    void closerToFirstIsExact(@ForAll @LongRange long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double xi = r.nextDouble(-100, 100), xj = xi + Math.pow(10, r.nextInt(-14, 3)) * r.nextDouble(0.5, 1);
        double mid = 0.5 * (xi + xj);
        double[] ks = {mid, Math.nextUp(mid), Math.nextDown(mid), xi, xj, r.nextDouble(-200, 200),
                xi - (xj - xi), mid + Math.ulp(mid) * r.nextInt(-3, 4)};
        for (double xk : ks) {
            BigDecimal bk = new BigDecimal(xk), bi = new BigDecimal(xi), bj = new BigDecimal(xj);
            boolean exact = bk.subtract(bi).compareTo(bj.subtract(bk)) < 0;
            assertEquals(exact, EuEngine.closerToFirst(xk, xi, xj), xk + " between " + xi + " and " + xj);
        }
    }
}
