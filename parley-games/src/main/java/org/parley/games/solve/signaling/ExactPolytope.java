package org.parley.games.solve.signaling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.games.UnsupportedGameException;
import org.parley.games.numeric.Rational;

/**
 * Exact feasibility of a bounded system of linear constraints c·x + c0 (=, ≥, &gt;) 0 in d unknowns, as arises in
 * support enumeration: the equalities are eliminated (x = x0 + N t, t ∈ ℚ^k), the vertices of the closure of the
 * solution set are enumerated as the feasible solutions of every k tight inequalities, and their average — a point
 * of the relative interior — must satisfy the strict inequalities. The caller must bound the region (probabilities
 * with their simplex constraints). Cost O(C(m, k) · k³) exact operations for m inequalities.
 */
final class ExactPolytope {
    /** Largest number of k-subsets of inequalities examined before the system is refused. */
    static final long MAX_SUBSETS = 2_000_000L;

    enum Kind { EQ, GE, GT }

    /** c·x + c0 (kind) 0. */
    record Constraint(Rational[] c, Rational c0, Kind kind) {
    }

    /**
     * A non-empty solution set.
     *
     * @param point    a point of the relative interior (the average of the vertices of the closure)
     * @param vertices the vertices of the closure, in enumeration order
     */
    record Region(Rational[] point, List<Rational[]> vertices) {
        /** More than one point. */
        boolean continuum() {
            return vertices.size() > 1;
        }
    }

    private ExactPolytope() {
    }

    static Constraint eq(Rational c0, Rational... c) {
        return new Constraint(c, c0, Kind.EQ);
    }

    static Constraint ge(Rational c0, Rational... c) {
        return new Constraint(c, c0, Kind.GE);
    }

    static Constraint gt(Rational c0, Rational... c) {
        return new Constraint(c, c0, Kind.GT);
    }

    static Rational[] zeros(int n) {
        Rational[] v = new Rational[n];
        Arrays.fill(v, Rational.ZERO);
        return v;
    }

    private static Rational eval(Constraint k, Rational[] x) {
        Rational s = k.c0();
        for (int i = 0; i < x.length; i++) {
            if (!k.c()[i].isZero()) {
                s = s.add(k.c()[i].multiply(x[i]));
            }
        }
        return s;
    }

    private static boolean holds(Constraint k, Rational[] x, boolean relaxStrict) {
        int s = eval(k, x).signum();
        return switch (k.kind()) {
            case EQ -> s == 0;
            case GE -> s >= 0;
            case GT -> relaxStrict ? s >= 0 : s > 0;
        };
    }

    /**
     * Solves; null when infeasible.
     *
     * @throws UnsupportedGameException if the vertex enumeration would examine more than {@link #MAX_SUBSETS} subsets
     */
    static Region solve(int d, List<Constraint> cons) {
        // equalities: row-reduce [A | b] with A x = b
        List<Rational[]> rows = new ArrayList<>();
        for (Constraint k : cons) {
            if (k.kind() == Kind.EQ) {
                Rational[] r = new Rational[d + 1];
                System.arraycopy(k.c(), 0, r, 0, d);
                r[d] = k.c0().negate();
                rows.add(r);
            }
        }
        int[] pivotCol = new int[rows.size()];
        int rank = 0;
        for (int col = 0; col < d && rank < rows.size(); col++) {
            int piv = -1;
            for (int r = rank; r < rows.size(); r++) {
                if (!rows.get(r)[col].isZero()) {
                    piv = r;
                    break;
                }
            }
            if (piv < 0) {
                continue;
            }
            Rational[] tmp = rows.get(piv);
            rows.set(piv, rows.get(rank));
            rows.set(rank, tmp);
            Rational inv = Rational.ONE.divide(tmp[col]);
            for (int j = 0; j <= d; j++) {
                tmp[j] = tmp[j].multiply(inv);
            }
            for (int r = 0; r < rows.size(); r++) {
                if (r != rank && !rows.get(r)[col].isZero()) {
                    Rational f = rows.get(r)[col];
                    for (int j = 0; j <= d; j++) {
                        rows.get(r)[j] = rows.get(r)[j].subtract(f.multiply(tmp[j]));
                    }
                }
            }
            pivotCol[rank++] = col;
        }
        for (int r = rank; r < rows.size(); r++) {
            if (!rows.get(r)[d].isZero()) {
                return null; // 0 = nonzero
            }
        }
        boolean[] isPivot = new boolean[d];
        for (int r = 0; r < rank; r++) {
            isPivot[pivotCol[r]] = true;
        }
        List<Integer> free = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            if (!isPivot[j]) {
                free.add(j);
            }
        }
        int k = free.size();
        // x = x0 + sum_f t_f basis_f
        Rational[] x0 = zeros(d);
        for (int r = 0; r < rank; r++) {
            x0[pivotCol[r]] = rows.get(r)[d];
        }
        Rational[][] basis = new Rational[k][];
        for (int f = 0; f < k; f++) {
            Rational[] v = zeros(d);
            v[free.get(f)] = Rational.ONE;
            for (int r = 0; r < rank; r++) {
                v[pivotCol[r]] = rows.get(r)[free.get(f)].negate();
            }
            basis[f] = v;
        }
        // inequalities in t
        List<Constraint> ineq = new ArrayList<>();
        for (Constraint c : cons) {
            if (c.kind() == Kind.EQ) {
                continue;
            }
            Rational[] ct = new Rational[k];
            for (int f = 0; f < k; f++) {
                Rational s = Rational.ZERO;
                for (int j = 0; j < d; j++) {
                    if (!c.c()[j].isZero() && !basis[f][j].isZero()) {
                        s = s.add(c.c()[j].multiply(basis[f][j]));
                    }
                }
                ct[f] = s;
            }
            ineq.add(new Constraint(ct, eval(c, x0), c.kind()));
        }
        List<Rational[]> verts = vertices(k, ineq);
        if (verts.isEmpty()) {
            return null;
        }
        // representative: average of the closure's vertices (relative interior); strict constraints must hold there
        Rational[] t = zeros(k);
        for (Rational[] v : verts) {
            for (int f = 0; f < k; f++) {
                t[f] = t[f].add(v[f]);
            }
        }
        for (int f = 0; f < k; f++) {
            t[f] = t[f].divide(Rational.of(verts.size()));
        }
        for (Constraint c : ineq) {
            if (!holds(c, t, false)) {
                return null;
            }
        }
        List<Rational[]> xs = new ArrayList<>();
        for (Rational[] v : verts) {
            xs.add(toX(x0, basis, v));
        }
        return new Region(toX(x0, basis, t), xs);
    }

    /** Feasible solutions (strict constraints relaxed) of every k linearly independent tight inequalities, deduplicated. */
    private static List<Rational[]> vertices(int k, List<Constraint> ineq) {
        List<Rational[]> verts = new ArrayList<>();
        if (k == 0) {
            Rational[] t = new Rational[0];
            for (Constraint c : ineq) {
                if (!holds(c, t, true)) {
                    return verts;
                }
            }
            verts.add(t);
            return verts;
        }
        int m = ineq.size();
        if (binomial(m, k) > MAX_SUBSETS) {
            throw new UnsupportedGameException("support enumeration: a system with " + m + " inequalities in " + k
                    + " free unknowns is too large for exact vertex enumeration");
        }
        int[] idx = new int[k];
        for (int i = 0; i < k; i++) {
            idx[i] = i;
        }
        while (k <= m) {
            Rational[] t = solveTight(ineq, idx, k);
            if (t != null) {
                boolean ok = true;
                for (Constraint c : ineq) {
                    if (!holds(c, t, true)) {
                        ok = false;
                        break;
                    }
                }
                if (ok && verts.stream().noneMatch(v -> Arrays.equals(v, t))) {
                    verts.add(t);
                }
            }
            // next k-subset in lexicographic order
            int i = k - 1;
            while (i >= 0 && idx[i] == m - k + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            idx[i]++;
            for (int j = i + 1; j < k; j++) {
                idx[j] = idx[j - 1] + 1;
            }
        }
        return verts;
    }

    /** The unique t with c·t + c0 = 0 for the chosen constraints, or null when they are dependent. */
    private static Rational[] solveTight(List<Constraint> ineq, int[] idx, int k) {
        Rational[][] a = new Rational[k][k + 1];
        for (int r = 0; r < k; r++) {
            Constraint c = ineq.get(idx[r]);
            System.arraycopy(c.c(), 0, a[r], 0, k);
            a[r][k] = c.c0().negate();
        }
        for (int col = 0; col < k; col++) {
            int piv = -1;
            for (int r = col; r < k; r++) {
                if (!a[r][col].isZero()) {
                    piv = r;
                    break;
                }
            }
            if (piv < 0) {
                return null;
            }
            Rational[] tmp = a[piv];
            a[piv] = a[col];
            a[col] = tmp;
            Rational inv = Rational.ONE.divide(a[col][col]);
            for (int j = col; j <= k; j++) {
                a[col][j] = a[col][j].multiply(inv);
            }
            for (int r = 0; r < k; r++) {
                if (r != col && !a[r][col].isZero()) {
                    Rational f = a[r][col];
                    for (int j = col; j <= k; j++) {
                        a[r][j] = a[r][j].subtract(f.multiply(a[col][j]));
                    }
                }
            }
        }
        Rational[] t = new Rational[k];
        for (int r = 0; r < k; r++) {
            t[r] = a[r][k];
        }
        return t;
    }

    private static long binomial(int m, int k) {
        long b = 1;
        for (int i = 0; i < k; i++) {
            b = b * (m - i) / (i + 1);
            if (b > MAX_SUBSETS) {
                return b;
            }
        }
        return b;
    }

    private static Rational[] toX(Rational[] x0, Rational[][] basis, Rational[] t) {
        Rational[] x = x0.clone();
        for (int f = 0; f < t.length; f++) {
            for (int j = 0; j < x.length; j++) {
                if (!basis[f][j].isZero()) {
                    x[j] = x[j].add(basis[f][j].multiply(t[f]));
                }
            }
        }
        return x;
    }
}
