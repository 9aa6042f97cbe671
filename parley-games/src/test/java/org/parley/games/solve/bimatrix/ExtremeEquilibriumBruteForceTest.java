package org.parley.games.solve.bimatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parley.games.numeric.Rational;

/**
 * The enumerator against an independent reference: every vertex of both best-response polytopes
 * found by solving each choice of d tight constraints exactly (d the dimension), paired when the
 * labels are complete. Small payoff ranges make the games degenerate (repeated rows and columns,
 * equilibria on higher-dimensional faces); lopsided shapes exercise both orientations.
 */
class ExtremeEquilibriumBruteForceTest {
    private final ExtremeEquilibriumEnumerator enumerator = new ExtremeEquilibriumEnumerator();

    @Property(tries = 150, seed = "20261129")
    void sameExtremeEquilibriaAsBruteForce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int m,
            @ForAll @IntRange(min = 1, max = 5) int n, @ForAll @IntRange(min = 1, max = 3) int range) {
        Bimatrix g = Games.random(new Random(seed), m, n, range);
        assertEquals(bruteForce(g), Games.set(enumerator.solve(g, ExtremeEquilibriumEnumerator.Options.defaults())),
                g.toString());
    }

    @Property(tries = 40, seed = "20261130")
    void lopsidedGamesWithRepeatedColumns(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int m,
            @ForAll @IntRange(min = 1, max = 3) int distinct, @ForAll boolean transpose) {
        Random rnd = new Random(seed);
        Bimatrix base = Games.random(rnd, m, distinct, 3);
        int n = 3 * distinct;
        Rational[][] a = new Rational[m][n];
        Rational[][] b = new Rational[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = base.a(i, j % distinct);
                // column copies share the column player's payoffs (identical constraints of P)
                // but not always the row player's
                b[i][j] = base.b(i, j % distinct);
                if (j >= distinct && rnd.nextBoolean()) a[i][j] = a[i][j].add(Rational.ONE);
            }
        }
        Bimatrix g = Bimatrix.of(a, b);
        if (transpose) g = g.transpose();
        assertEquals(bruteForce(g), Games.set(enumerator.solve(g, ExtremeEquilibriumEnumerator.Options.defaults())),
                g.toString());
    }

    /** All extreme equilibria as (row, column) profiles. */
    static Set<List<List<Rational>>> bruteForce(Bimatrix g) {
        int m = g.rows();
        int n = g.columns();
        BigInteger[][] a = g.positiveIntegerPayoffs(true);
        BigInteger[][] b = g.positiveIntegerPayoffs(false);
        // P: labels i (x_i >= 0) then m+j ((B'^T x)_j <= 1); Q: labels i ((A'y)_i <= 1) then m+j (y_j >= 0)
        Rational[][] pg = new Rational[m + n][m];
        Rational[] ph = new Rational[m + n];
        Rational[][] qg = new Rational[m + n][n];
        Rational[] qh = new Rational[m + n];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < m; k++) pg[i][k] = k == i ? Rational.ONE.negate() : Rational.ZERO;
            ph[i] = Rational.ZERO;
            for (int j = 0; j < n; j++) qg[i][j] = Rational.of(a[i][j], BigInteger.ONE);
            qh[i] = Rational.ONE;
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) pg[m + j][i] = Rational.of(b[i][j], BigInteger.ONE);
            ph[m + j] = Rational.ONE;
            for (int k = 0; k < n; k++) qg[m + j][k] = k == j ? Rational.ONE.negate() : Rational.ZERO;
            qh[m + j] = Rational.ZERO;
        }
        Map<List<Rational>, BitSet> vp = vertices(pg, ph, m);
        Map<List<Rational>, BitSet> vq = vertices(qg, qh, n);
        Set<List<List<Rational>>> out = new HashSet<>();
        for (Map.Entry<List<Rational>, BitSet> x : vp.entrySet()) {
            for (Map.Entry<List<Rational>, BitSet> y : vq.entrySet()) {
                BitSet l = (BitSet) x.getValue().clone();
                l.or(y.getValue());
                if (l.cardinality() == m + n) out.add(List.of(normalise(x.getKey()), normalise(y.getKey())));
            }
        }
        return out;
    }

    /** Nonzero vertices of {z : G z <= h} in dimension d with their tight constraints. */
    private static Map<List<Rational>, BitSet> vertices(Rational[][] gm, Rational[] h, int d) {
        Map<List<Rational>, BitSet> out = new LinkedHashMap<>();
        int c = gm.length;
        int[] pick = new int[d];
        for (int k = 0; k < d; k++) pick[k] = k;
        while (true) {
            Rational[] z = solve(gm, h, pick, d);
            if (z != null && feasible(gm, h, z)) {
                List<Rational> key = List.of(z);
                if (key.stream().anyMatch(v -> v.signum() != 0) && !out.containsKey(key)) {
                    BitSet tight = new BitSet(c);
                    for (int r = 0; r < c; r++) if (dot(gm[r], z).equals(h[r])) tight.set(r);
                    out.put(key, tight);
                }
            }
            int k = d - 1;
            while (k >= 0 && pick[k] == c - d + k) k--;
            if (k < 0) return out;
            pick[k]++;
            for (int j = k + 1; j < d; j++) pick[j] = pick[j - 1] + 1;
        }
    }

    /** The unique solution of the chosen rows as equalities, or null if they are singular. */
    private static Rational[] solve(Rational[][] gm, Rational[] h, int[] pick, int d) {
        Rational[][] t = new Rational[d][d + 1];
        for (int r = 0; r < d; r++) {
            System.arraycopy(gm[pick[r]], 0, t[r], 0, d);
            t[r][d] = h[pick[r]];
        }
        for (int col = 0; col < d; col++) {
            int p = col;
            while (p < d && t[p][col].signum() == 0) p++;
            if (p == d) return null;
            Rational[] tmp = t[p];
            t[p] = t[col];
            t[col] = tmp;
            for (int r = 0; r < d; r++) {
                if (r == col || t[r][col].signum() == 0) continue;
                Rational f = t[r][col].divide(t[col][col]);
                for (int k = col; k <= d; k++) t[r][k] = t[r][k].subtract(f.multiply(t[col][k]));
            }
        }
        Rational[] z = new Rational[d];
        for (int r = 0; r < d; r++) z[r] = t[r][d].divide(t[r][r]);
        return z;
    }

    private static boolean feasible(Rational[][] gm, Rational[] h, Rational[] z) {
        for (int r = 0; r < gm.length; r++) if (dot(gm[r], z).compareTo(h[r]) > 0) return false;
        return true;
    }

    private static Rational dot(Rational[] a, Rational[] z) {
        Rational s = Rational.ZERO;
        for (int k = 0; k < z.length; k++) s = s.add(a[k].multiply(z[k]));
        return s;
    }

    private static List<Rational> normalise(List<Rational> z) {
        Rational sum = Rational.ZERO;
        for (Rational v : z) sum = sum.add(v);
        List<Rational> out = new ArrayList<>(z.size());
        for (Rational v : z) out.add(v.divide(sum));
        return out;
    }
}
