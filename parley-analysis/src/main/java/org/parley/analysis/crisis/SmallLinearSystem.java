package org.parley.analysis.crisis;

import java.util.ArrayList;
import java.util.List;
import org.parley.games.numeric.Rational;

/**
 * Exact feasibility of small systems of linear constraints c·x + c0 (=, ≥, &gt;) 0 in at most two unknowns (after
 * eliminating equalities), as arise in support enumeration of the two-type signalling games. Returns a
 * representative point in the relative interior of the solution set and the vertices of its closure.
 * Cost O(m²) for m constraints.
 */
final class SmallLinearSystem {
    enum Kind { EQ, GE, GT }

    record Constraint(Rational[] c, Rational c0, Kind kind) {
    }

    /** A non-empty solution set. */
    record Region(Rational[] point, List<Rational[]> vertices) {
        boolean continuum() {
            return vertices.size() > 1;
        }
    }

    private SmallLinearSystem() {
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

    private static Rational eval(Constraint k, Rational[] x) {
        Rational s = k.c0();
        for (int i = 0; i < x.length; i++) {
            s = s.add(k.c()[i].multiply(x[i]));
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

    /** Solves; null when infeasible. */
    static Region solve(int d, List<Constraint> cons) {
        // equalities: row-reduce to x = x0 + N t
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
        // x = x0 + sum_f t_f e_f - sum_r rows[r][f] t_f e_{pivot r}
        Rational[] x0 = TreeSolutions.zeros(d);
        for (int r = 0; r < rank; r++) {
            x0[pivotCol[r]] = rows.get(r)[d];
        }
        Rational[][] basis = new Rational[k][];
        for (int f = 0; f < k; f++) {
            Rational[] v = TreeSolutions.zeros(d);
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
                    s = s.add(c.c()[j].multiply(basis[f][j]));
                }
                ct[f] = s;
            }
            ineq.add(new Constraint(ct, eval(c, x0), c.kind()));
        }
        List<Rational[]> verts = new ArrayList<>();
        if (k == 0) {
            verts.add(new Rational[0]);
        } else if (k == 1) {
            Rational lo = null, hi = null;
            for (Constraint c : ineq) {
                Rational a = c.c()[0];
                if (a.isZero()) {
                    continue;
                }
                Rational bound = c.c0().negate().divide(a);
                if (a.signum() > 0) {
                    lo = lo == null ? bound : lo.max(bound);
                } else {
                    hi = hi == null ? bound : hi.min(bound);
                }
            }
            if (lo == null || hi == null) {
                throw new IllegalStateException("unbounded region: every mixed variable needs box constraints");
            }
            if (lo.compareTo(hi) > 0) {
                return null;
            }
            verts.add(new Rational[] {lo});
            if (!lo.equals(hi)) {
                verts.add(new Rational[] {hi});
            }
        } else if (k == 2) {
            for (int i = 0; i < ineq.size(); i++) {
                for (int j = i + 1; j < ineq.size(); j++) {
                    Rational[] a = ineq.get(i).c(), b = ineq.get(j).c();
                    Rational det = a[0].multiply(b[1]).subtract(a[1].multiply(b[0]));
                    if (det.isZero()) {
                        continue;
                    }
                    Rational ra = ineq.get(i).c0().negate(), rb = ineq.get(j).c0().negate();
                    Rational[] t = {ra.multiply(b[1]).subtract(a[1].multiply(rb)).divide(det),
                        a[0].multiply(rb).subtract(ra.multiply(b[0])).divide(det)};
                    boolean ok = true;
                    for (Constraint c : ineq) {
                        ok &= holds(c, t, true);
                    }
                    if (ok && verts.stream().noneMatch(v -> v[0].equals(t[0]) && v[1].equals(t[1]))) {
                        verts.add(t);
                    }
                }
            }
            if (verts.isEmpty()) {
                return null;
            }
        } else {
            throw new IllegalStateException("more than two free unknowns");
        }
        // representative: average of the closure's vertices (relative interior); strict constraints must hold there
        Rational[] t = TreeSolutions.zeros(k);
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

    private static Rational[] toX(Rational[] x0, Rational[][] basis, Rational[] t) {
        Rational[] x = x0.clone();
        for (int f = 0; f < t.length; f++) {
            for (int j = 0; j < x.length; j++) {
                x[j] = x[j].add(basis[f][j].multiply(t[f]));
            }
        }
        return x;
    }
}
