package org.parley.games.solve.bimatrix;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.lp.IntegerTableau;

/**
 * Re-solves a best-response-polytope basis exactly: given which of x's (or y's) coordinates are
 * basic and which constraints are tight, solves the square system exactly by fraction-free
 * elimination and returns the normalised strategy, or null if the basis is singular or
 * infeasible. Used to certify the bases found by double pivoting.
 */
final class ExactBasisSolver {
    private ExactBasisSolver() {
    }

    /**
     * Solves Σ_{k∈support} c[k][t]·z_k = 1 for t ∈ tight, with c[k][t] the integer payoff of
     * strategy k against the opponent's strategy t; returns z normalised over {@code size}
     * coordinates, checking z ≥ 0 and Σ_k c[k][t]·z_k ≤ 1 for the other constraints.
     */
    static List<Rational> solve(BigInteger[][] c, int size, int[] support, int[] tight, int constraints) {
        int k = support.length;
        if (k != tight.length || k == 0) return null;
        // [C | I] z = 1 with the identity as starting basis; pivot the support columns in.
        BigInteger[][] m = new BigInteger[k][2 * k];
        BigInteger[] q = new BigInteger[k];
        int[] basis = new int[k];
        for (int r = 0; r < k; r++) {
            for (int s = 0; s < k; s++) {
                m[r][s] = c[support[s]][tight[r]];
                m[r][k + s] = r == s ? BigInteger.ONE : BigInteger.ZERO;
            }
            q[r] = BigInteger.ONE;
            basis[r] = k + r;
        }
        IntegerTableau t = new IntegerTableau(m, q, basis);
        for (int s = 0; s < k; s++) {
            int row = -1;
            for (int r = 0; r < k; r++) {
                if (t.basic(r) >= k && t.signum(r, s) != 0) {
                    row = r;
                    break;
                }
            }
            if (row < 0) return null;
            t.pivot(row, s);
        }
        BigInteger det = t.determinant();
        BigInteger[] z = new BigInteger[k];
        BigInteger sum = BigInteger.ZERO;
        for (int s = 0; s < k; s++) {
            z[s] = t.entry(t.rowOf(s), 2 * k);
            if (z[s].signum() < 0) return null;
            sum = sum.add(z[s]);
        }
        if (sum.signum() == 0) return null;
        // feasibility of the other constraints: Σ c z ≤ det
        for (int u = 0; u < constraints; u++) {
            BigInteger lhs = BigInteger.ZERO;
            for (int s = 0; s < k; s++) lhs = lhs.add(c[support[s]][u].multiply(z[s]));
            if (lhs.compareTo(det) > 0) return null;
        }
        Rational[] out = new Rational[size];
        java.util.Arrays.fill(out, Rational.ZERO);
        for (int s = 0; s < k; s++) out[support[s]] = Rational.of(z[s], sum);
        return new ArrayList<>(List.of(out));
    }
}
