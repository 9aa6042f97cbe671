package org.parley.games.solve.seqform;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.games.GamesException;
import org.parley.games.SolverInterruptedException;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.lp.IntegerTableau;
import org.parley.games.solve.lp.PivotLimitException;

/**
 * Lemke's algorithm on the sequence-form LCP, exact (fraction-free integer pivoting on G2's
 * {@link IntegerTableau}) with lexicographic degeneracy resolution. Package-private engine behind
 * {@link SequenceFormLcpSolver}; see there for the formulation.
 */
final class SequenceFormLcp {
    private SequenceFormLcp() {
    }

    /** Raw outcome: realization plans, infoset values (of the shifted, scaled game) and the pivot count. */
    record Raw(List<Rational> x, List<Rational> y, long pivots, Rational complementarity, boolean feasible) {
    }

    static Raw solve(SequenceForm sf, long maxPivots) {
        int n1 = sf.numSequences(0);
        int n2 = sf.numSequences(1);
        int m1 = sf.numConstraints(0);
        int m2 = sf.numConstraints(1);
        int rows = n1 + n2 + m1 + m2;
        // column layout
        int cW1 = 0;
        int cW2 = n1;
        int cA1 = n1 + n2;
        int cA2 = cA1 + m1;
        int cX = cA2 + m2;
        int cY = cX + n1;
        int cP = cY + n2;
        int cQ = cP + m1;
        int cZ0 = cQ + m2;
        int cols = cZ0 + 1;
        // row layout
        int rX = 0;
        int rY = n1;
        int rP = n1 + n2;
        int rQ = rP + m1;

        BigInteger[][] a = integerPayoffs(sf, 0);
        BigInteger[][] b = integerPayoffs(sf, 1);
        Rational[][] e = sf.constraintMatrix(0);
        Rational[][] f = sf.constraintMatrix(1);
        boolean[] chosen1 = chosen(sf, 0);
        boolean[] chosen2 = chosen(sf, 1);

        BigInteger[][] m = new BigInteger[rows][cols];
        for (BigInteger[] row : m) {
            Arrays.fill(row, BigInteger.ZERO);
        }
        BigInteger[] rhs = new BigInteger[rows];
        Arrays.fill(rhs, BigInteger.ZERO);
        // X rows: w + A y - E^T p - d z0 = 0
        for (int s = 0; s < n1; s++) {
            m[rX + s][cW1 + s] = BigInteger.ONE;
            for (int t = 0; t < n2; t++) {
                m[rX + s][cY + t] = a[s][t];
            }
            for (int h = 0; h < m1; h++) {
                m[rX + s][cP + h] = BigInteger.valueOf(-e[h][s].signum());
            }
            m[rX + s][cZ0] = chosen1[s] ? BigInteger.ZERO : BigInteger.ONE.negate();
        }
        // Y rows: w + B^T x - F^T q - d z0 = 0
        for (int t = 0; t < n2; t++) {
            m[rY + t][cW2 + t] = BigInteger.ONE;
            for (int s = 0; s < n1; s++) {
                m[rY + t][cX + s] = b[s][t];
            }
            for (int h = 0; h < m2; h++) {
                m[rY + t][cQ + h] = BigInteger.valueOf(-f[h][t].signum());
            }
            m[rY + t][cZ0] = chosen2[t] ? BigInteger.ZERO : BigInteger.ONE.negate();
        }
        // P rows: a - E x = -e ; Q rows: a - F y = -f  (the artificial a must end at 0: equality)
        for (int h = 0; h < m1; h++) {
            m[rP + h][cA1 + h] = BigInteger.ONE;
            for (int s = 0; s < n1; s++) {
                m[rP + h][cX + s] = BigInteger.valueOf(-e[h][s].signum());
            }
        }
        for (int h = 0; h < m2; h++) {
            m[rQ + h][cA2 + h] = BigInteger.ONE;
            for (int t = 0; t < n2; t++) {
                m[rQ + h][cY + t] = BigInteger.valueOf(-f[h][t].signum());
            }
        }
        rhs[rP] = BigInteger.ONE.negate();
        rhs[rQ] = BigInteger.ONE.negate();
        int[] basis = new int[rows];
        for (int r = 0; r < rows; r++) {
            basis[r] = r; // w1, w2, a1, a2 occupy columns 0..rows-1 in row order
        }
        IntegerTableau t = new IntegerTableau(m, rhs, basis);

        // Start: the pure pair "first action everywhere". x of the chosen sequences enter the equality rows,
        // the free infoset values p, q enter the rows of the chosen sequences; both never leave again.
        int[] chosenSeq1 = chosenSequences(sf, 0);
        int[] chosenSeq2 = chosenSequences(sf, 1);
        for (int h = 0; h < m1; h++) {
            checkedPivot(t, rP + h, cX + chosenSeq1[h]);
        }
        for (int h = 0; h < m2; h++) {
            checkedPivot(t, rQ + h, cY + chosenSeq2[h]);
        }
        for (int h = 0; h < m1; h++) {
            checkedPivot(t, rX + chosenSeq1[h], cP + h);
        }
        for (int h = 0; h < m2; h++) {
            checkedPivot(t, rY + chosenSeq2[h], cQ + h);
        }
        long prePivots = t.pivotCount();
        boolean[] freeRow = new boolean[rows];
        int[] lex = t.basisCopy(); // starting basis in row order: its columns are det * identity now
        for (int r = 0; r < rows; r++) {
            int v = t.basic(r);
            freeRow[r] = v >= cP && v < cZ0;
        }

        // Lemke's first step: z0 enters at the lexicographically most infeasible row.
        int r0 = -1;
        for (int r = 0; r < rows; r++) {
            if (freeRow[r] || t.signum(r, cZ0) >= 0) {
                continue;
            }
            if (r0 < 0) {
                r0 = r;
                continue;
            }
            // maximise (rhs, lex...)/T[r][z0] over rows with T[r][z0] < 0
            int c = t.compareRatios(r, r0, t.variables(), cZ0);
            for (int k = 0; c == 0 && k < lex.length; k++) {
                c = t.compareRatios(r, r0, lex[k], cZ0);
            }
            if (c > 0) {
                r0 = r;
            }
        }
        boolean needed = false;
        for (int r = 0; r < rows; r++) {
            if (!freeRow[r] && t.rhsSignum(r) < 0) {
                needed = true;
                break;
            }
        }
        if (needed) {
            if (r0 < 0) {
                throw new GamesException("internal error: infeasible start row without covering entry");
            }
            int leaving = t.pivot(r0, cZ0);
            while (true) {
                SolverInterruptedException.checkInterrupt("sequence-form LCP");
                if (t.pivotCount() - prePivots >= maxPivots) {
                    throw new PivotLimitException("sequence-form Lemke exceeded " + maxPivots + " pivots",
                            t.pivotCount() - prePivots);
                }
                int entering = complement(leaving, cW1, cW2, cA1, cX, cY, n1, n2);
                int r = lexMinRatio(t, entering, lex, freeRow);
                if (r < 0) {
                    throw new GamesException("internal error: Lemke's algorithm reached a secondary ray on the sequence-form LCP"
                            + " (column " + entering + "); the payoff shift should rule this out");
                }
                leaving = t.pivot(r, entering);
                if (leaving == cZ0) {
                    break;
                }
            }
        }
        BigInteger det = t.determinant();
        List<Rational> x = new ArrayList<>(n1);
        List<Rational> y = new ArrayList<>(n2);
        for (int s = 0; s < n1; s++) {
            x.add(value(t, cX + s, det));
        }
        for (int s = 0; s < n2; s++) {
            y.add(value(t, cY + s, det));
        }
        // complementarity and feasibility of the slacks, recomputed from the tableau's values
        Rational comp = Rational.ZERO;
        boolean feasible = value(t, cZ0, det).isZero();
        for (int s = 0; s < n1; s++) {
            Rational w = value(t, cW1 + s, det);
            feasible &= w.signum() >= 0 && x.get(s).signum() >= 0;
            comp = comp.add(w.multiply(x.get(s)));
        }
        for (int s = 0; s < n2; s++) {
            Rational w = value(t, cW2 + s, det);
            feasible &= w.signum() >= 0 && y.get(s).signum() >= 0;
            comp = comp.add(w.multiply(y.get(s)));
        }
        for (int h = 0; h < m1 + m2; h++) {
            feasible &= value(t, cA1 + h, det).isZero();
        }
        return new Raw(List.copyOf(x), List.copyOf(y), t.pivotCount() - prePivots, comp, feasible);
    }

    /**
     * Lemke's algorithm from the origin on the relaxed standard LCP w = q + M z ≥ 0, z ≥ 0, z ⊥ w with
     * z = (x, y, p, q) all sign-constrained:
     * <pre>
     *   w_x = −A y − Eᵀp,   w_y = −Bᵀx − Fᵀq,   w_p = E x − e,   w_q = F y − f,
     * </pre>
     * i.e. E x ≥ e with multiplier p ≥ 0 (and likewise for player 2), every row covered by d = 1. Payoffs are
     * shifted by one constant, the largest terminal payoff of any player plus 1, so A, B &lt; 0; rows are scaled to
     * integers (with the slacks rescaled, which leaves the lexicographic order and so the path unchanged). This
     * is the formulation Gambit's {@code gambit-lcp} uses on trees, so on games whose leaves carry their payoffs
     * it follows the same path. The relaxation can leave slack (E x &gt; e) in parts of the tree the opponent
     * never reaches; the caller then falls back to {@link #solve}.
     */
    static Raw solveFromOrigin(SequenceForm sf, long maxPivots) {
        int n1 = sf.numSequences(0);
        int n2 = sf.numSequences(1);
        int m1 = sf.numConstraints(0);
        int m2 = sf.numConstraints(1);
        int rows = n1 + n2 + m1 + m2;
        int cZ = rows;
        int cZ0 = 2 * rows;
        int cols = cZ0 + 1;
        int rX = 0;
        int rY = n1;
        int rP = n1 + n2;
        int rQ = rP + m1;
        Rational max = null;
        for (var t : sf.game().terminals()) {
            for (int i = 0; i < 2; i++) {
                Rational u = sf.game().exactPayoff(t, i);
                max = max == null ? u : max.max(u);
            }
        }
        Rational shift = (max == null ? Rational.ZERO : max).add(Rational.ONE);
        Rational[][] a = sf.shiftedPayoffMatrix(0, shift);
        Rational[][] b = sf.shiftedPayoffMatrix(1, shift);
        BigInteger la = lcmOfDenominators(a);
        BigInteger lb = lcmOfDenominators(b);
        Rational[][] e = sf.constraintMatrix(0);
        Rational[][] f = sf.constraintMatrix(1);
        BigInteger[][] m = new BigInteger[rows][cols];
        for (BigInteger[] row : m) {
            Arrays.fill(row, BigInteger.ZERO);
        }
        BigInteger[] rhs = new BigInteger[rows];
        Arrays.fill(rhs, BigInteger.ZERO);
        // tableau form w - M z - d z0 = q, each X row scaled by la and each Y row by lb
        for (int s = 0; s < n1; s++) {
            int r = rX + s;
            m[r][r] = BigInteger.ONE;
            for (int t = 0; t < n2; t++) {
                m[r][cZ + rY + t] = scaled(a[s][t], la);
            }
            for (int h = 0; h < m1; h++) {
                m[r][cZ + rP + h] = BigInteger.valueOf(e[h][s].signum()).multiply(la);
            }
            m[r][cZ0] = la.negate();
        }
        for (int t = 0; t < n2; t++) {
            int r = rY + t;
            m[r][r] = BigInteger.ONE;
            for (int s = 0; s < n1; s++) {
                m[r][cZ + rX + s] = scaled(b[s][t], lb);
            }
            for (int h = 0; h < m2; h++) {
                m[r][cZ + rQ + h] = BigInteger.valueOf(f[h][t].signum()).multiply(lb);
            }
            m[r][cZ0] = lb.negate();
        }
        for (int h = 0; h < m1; h++) {
            int r = rP + h;
            m[r][r] = BigInteger.ONE;
            for (int s = 0; s < n1; s++) {
                m[r][cZ + rX + s] = BigInteger.valueOf(-e[h][s].signum());
            }
            m[r][cZ0] = BigInteger.ONE.negate();
        }
        for (int h = 0; h < m2; h++) {
            int r = rQ + h;
            m[r][r] = BigInteger.ONE;
            for (int t = 0; t < n2; t++) {
                m[r][cZ + rY + t] = BigInteger.valueOf(-f[h][t].signum());
            }
            m[r][cZ0] = BigInteger.ONE.negate();
        }
        rhs[rP] = BigInteger.ONE.negate();
        rhs[rQ] = BigInteger.ONE.negate();
        int[] basis = new int[rows];
        for (int r = 0; r < rows; r++) {
            basis[r] = r;
        }
        IntegerTableau t = new IntegerTableau(m, rhs, basis);
        int[] lex = basis.clone();
        boolean[] freeRow = new boolean[rows];
        int r0 = -1;
        for (int r = 0; r < rows; r++) {
            if (r0 < 0) {
                r0 = r;
                continue;
            }
            int c = t.compareRatios(r, r0, t.variables(), cZ0);
            for (int k = 0; c == 0 && k < lex.length; k++) {
                c = t.compareRatios(r, r0, lex[k], cZ0);
            }
            if (c > 0) {
                r0 = r;
            }
        }
        int leaving = t.pivot(r0, cZ0);
        while (leaving != cZ0) {
            SolverInterruptedException.checkInterrupt("sequence-form LCP");
            if (t.pivotCount() >= maxPivots) {
                throw new PivotLimitException("sequence-form Lemke exceeded " + maxPivots + " pivots", t.pivotCount());
            }
            int entering = leaving < rows ? leaving + rows : leaving - rows;
            int r = lexMinRatio(t, entering, lex, freeRow);
            if (r < 0) {
                throw new GamesException("internal error: Lemke's algorithm from the origin reached a secondary ray"
                        + " (column " + entering + ")");
            }
            leaving = t.pivot(r, entering);
        }
        BigInteger det = t.determinant();
        List<Rational> x = new ArrayList<>(n1);
        List<Rational> y = new ArrayList<>(n2);
        for (int s = 0; s < n1; s++) {
            x.add(value(t, cZ + rX + s, det));
        }
        for (int s = 0; s < n2; s++) {
            y.add(value(t, cZ + rY + s, det));
        }
        Rational comp = Rational.ZERO;
        boolean feasible = true;
        for (int r = 0; r < rows; r++) {
            Rational w = value(t, r, det);
            Rational z = value(t, cZ + r, det);
            feasible &= w.signum() >= 0 && z.signum() >= 0;
            comp = comp.add(w.multiply(z));
        }
        return new Raw(List.copyOf(x), List.copyOf(y), t.pivotCount(), comp, feasible);
    }

    private static BigInteger lcmOfDenominators(Rational[][] r) {
        BigInteger l = BigInteger.ONE;
        for (Rational[] row : r) {
            for (Rational v : row) {
                l = l.divide(l.gcd(v.denominator())).multiply(v.denominator());
            }
        }
        return l;
    }

    private static BigInteger scaled(Rational v, BigInteger l) {
        return v.numerator().multiply(l).divide(v.denominator());
    }

    private static void checkedPivot(IntegerTableau t, int r, int s) {
        if (t.signum(r, s) == 0) {
            throw new GamesException("internal error: singular start basis of the sequence-form LCP at row " + r);
        }
        t.pivot(r, s);
    }

    private static int complement(int v, int cW1, int cW2, int cA1, int cX, int cY, int n1, int n2) {
        if (v >= cW1 && v < cW2) {
            return cX + (v - cW1);
        }
        if (v >= cW2 && v < cA1) {
            return cY + (v - cW2);
        }
        if (v >= cX && v < cX + n1) {
            return cW1 + (v - cX);
        }
        if (v >= cY && v < cY + n2) {
            return cW2 + (v - cY);
        }
        throw new GamesException("internal error: variable " + v + " left the basis but has no sign-constrained complement");
    }

    /** Lexicographic minimum ratio over the sign-constrained rows with a positive entry in column s; -1 if none. */
    private static int lexMinRatio(IntegerTableau t, int s, int[] lex, boolean[] freeRow) {
        int best = -1;
        int rhsCol = t.variables();
        for (int r = 0; r < t.rows(); r++) {
            if (freeRow[r] || t.signum(r, s) <= 0) {
                continue;
            }
            if (best < 0) {
                best = r;
                continue;
            }
            int c = t.compareRatios(r, best, rhsCol, s);
            for (int k = 0; c == 0 && k < lex.length; k++) {
                c = t.compareRatios(r, best, lex[k], s);
            }
            if (c < 0) {
                best = r;
            }
        }
        return best;
    }

    private static Rational value(IntegerTableau t, int col, BigInteger det) {
        int r = t.rowOf(col);
        return r < 0 ? Rational.ZERO : Rational.of(t.entry(r, t.variables()), det);
    }

    /** Sequence chosen at the root row (∅) and at every information set (its first action). */
    private static int[] chosenSequences(SequenceForm sf, int player) {
        int m = sf.numConstraints(player);
        int[] c = new int[m];
        c[0] = 0;
        for (int h = 1; h < m; h++) {
            c[h] = sf.firstSequence(player, h - 1);
        }
        return c;
    }

    private static boolean[] chosen(SequenceForm sf, int player) {
        boolean[] c = new boolean[sf.numSequences(player)];
        for (int s : chosenSequences(sf, player)) {
            c[s] = true;
        }
        return c;
    }

    /**
     * Integer sequence-form payoffs of the game with every terminal payoff shifted to u − (max u + 1) &lt; 0 and
     * scaled by the lcm L of the denominators: entries are L·Σ P_chance(t)(u(t) − max − 1), strictly negative
     * wherever a terminal node contributes.
     */
    private static BigInteger[][] integerPayoffs(SequenceForm sf, int player) {
        Rational max = null;
        for (var t : sf.game().terminals()) {
            Rational u = sf.game().exactPayoff(t, player);
            max = max == null ? u : max.max(u);
        }
        Rational shift = (max == null ? Rational.ZERO : max).add(Rational.ONE);
        Rational[][] r = sf.shiftedPayoffMatrix(player, shift);
        BigInteger l = BigInteger.ONE;
        for (Rational[] row : r) {
            for (Rational v : row) {
                l = l.divide(l.gcd(v.denominator())).multiply(v.denominator());
            }
        }
        BigInteger[][] out = new BigInteger[r.length][r[0].length];
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < r[i].length; j++) {
                out[i][j] = r[i][j].numerator().multiply(l).divide(r[i][j].denominator());
            }
        }
        return out;
    }
}
