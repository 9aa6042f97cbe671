package org.parley.games.solve.bimatrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.games.numeric.Rational;

/**
 * Vertex enumeration by lexicographic reverse search against brute force (every choice of a
 * tight constraints solved exactly), on small random polytopes {u ≥ 0 : M u ≤ 1} whose entries
 * come from a tiny range so that most are degenerate: every vertex is reported, and once.
 */
class LexicographicReverseSearchTest {

    @Property(tries = 200, seed = "20261205")
    void everyVertexOnce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int a,
            @ForAll @IntRange(min = 1, max = 6) int b, @ForAll @IntRange(min = 1, max = 4) int range,
            @ForAll boolean exactOnly) {
        Random rnd = new Random(seed);
        BigInteger[][] m = new BigInteger[b][a];
        for (int l = 0; l < b; l++) {
            for (int k = 0; k < a; k++) m[l][k] = BigInteger.valueOf(1 + rnd.nextInt(range));
        }
        List<List<Rational>> reported = new ArrayList<>();
        LexicographicReverseSearch search = new LexicographicReverseSearch(m, exactOnly, "test");
        LexicographicReverseSearch.Stats stats = search.run((d, degenerate) -> {
            BigInteger[] num = search.numerators(d);
            BigInteger det = search.determinant(d);
            List<Rational> u = new ArrayList<>();
            for (BigInteger x : num) u.add(Rational.of(x, det));
            reported.add(u);
            return true;
        }, 1_000_000L);
        Set<List<Rational>> distinct = new HashSet<>(reported);
        assertEquals(reported.size(), distinct.size(), "a vertex reported twice");
        assertEquals(bruteForce(m), distinct);
        assertEquals(reported.size(), stats.vertices());
        assertTrue(stats.bases() >= stats.vertices() + 1, "each vertex has a basis, and the origin one");
    }

    @Test
    void aCubeHasSevenNonzeroVertices() {
        BigInteger one = BigInteger.ONE;
        BigInteger z = BigInteger.ZERO;
        // u_k <= 1 for k = 0, 1, 2 written with positive rows (identity): the unit cube
        BigInteger[][] m = {{one, z, z}, {z, one, z}, {z, z, one}};
        List<BigInteger[]> seen = new ArrayList<>();
        LexicographicReverseSearch search = new LexicographicReverseSearch(m, false, "test");
        search.run((d, degenerate) -> seen.add(search.numerators(d)) || true, 1000);
        assertEquals(7, seen.size());
    }

    /** The nonzero vertices of {u ≥ 0 : M u ≤ 1}, by solving every choice of a tight constraints. */
    static Set<List<Rational>> bruteForce(BigInteger[][] m) {
        int b = m.length;
        int a = m[0].length;
        int c = a + b;
        Rational[][] g = new Rational[c][a];
        Rational[] h = new Rational[c];
        for (int k = 0; k < a; k++) {
            for (int j = 0; j < a; j++) g[k][j] = j == k ? Rational.ONE.negate() : Rational.ZERO;
            h[k] = Rational.ZERO;
        }
        for (int l = 0; l < b; l++) {
            for (int j = 0; j < a; j++) g[a + l][j] = Rational.of(m[l][j], BigInteger.ONE);
            h[a + l] = Rational.ONE;
        }
        Set<List<Rational>> out = new HashSet<>();
        int[] pick = new int[a];
        for (int k = 0; k < a; k++) pick[k] = k;
        while (true) {
            Rational[] z = solve(g, h, pick, a);
            if (z != null && feasible(g, h, z)) {
                List<Rational> key = List.of(z);
                if (key.stream().anyMatch(v -> v.signum() != 0)) out.add(key);
            }
            int k = a - 1;
            while (k >= 0 && pick[k] == c - a + k) k--;
            if (k < 0) return out;
            pick[k]++;
            for (int j = k + 1; j < a; j++) pick[j] = pick[j - 1] + 1;
        }
    }

    private static Rational[] solve(Rational[][] g, Rational[] h, int[] pick, int d) {
        Rational[][] t = new Rational[d][d + 1];
        for (int r = 0; r < d; r++) {
            System.arraycopy(g[pick[r]], 0, t[r], 0, d);
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

    private static boolean feasible(Rational[][] g, Rational[] h, Rational[] z) {
        for (int r = 0; r < g.length; r++) {
            Rational s = Rational.ZERO;
            for (int j = 0; j < z.length; j++) s = s.add(g[r][j].multiply(z[j]));
            if (s.compareTo(h[r]) > 0) return false;
        }
        return true;
    }
}
