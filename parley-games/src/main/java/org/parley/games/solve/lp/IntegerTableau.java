package org.parley.games.solve.lp;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A mutable fraction-free ("integer pivoting") simplex tableau for a system M·z = q with
 * integer data, the exact kernel shared by the simplex method, Lemke–Howson and vertex
 * enumeration.
 *
 * <p>Definition: for the current basis β with basis matrix M_β, the stored integer tableau is
 * T = det(M_β)·M_β⁻¹·[M | q] and {@link #determinant()} is |det(M_β)| (scaled so that the
 * initial identity basis has determinant 1). Basic variable β_r has value T[r][rhs]/det. A pivot
 * on row r and column s replaces every entry of the other rows by
 * (T[i][j]·T[r][s] − T[i][s]·T[r][j]) / det, an exact integer division (Edmonds 1967; Bareiss
 * 1968; von Stengel 2002, §2.6), and the pivot element becomes the new determinant. Entries stay
 * bounded by subdeterminants of the data, so no gcds are needed.
 *
 * <p>Only the nonbasic columns and the right-hand side are stored and updated: a basic column is
 * implicitly det times a unit vector, and the column that leaves the basis is filled in from the
 * pivot column. Entries are held in {@code long} while they stay below 2³¹ in magnitude (so that
 * no product can overflow) and move to {@link BigInteger} permanently once they grow beyond.
 * Complexity: one pivot is O(rows·(columns − rows + 1)) arithmetic operations. Not thread-safe (a working object owned by one solver call); {@link #copy()} makes
 * an independent tableau.
 */
public final class IntegerTableau {
    private static final long LONG_LIMIT = 1L << 31;

    private final int rows;
    private final int vars;
    private long[][] lt;
    private BigInteger[][] bt;
    private long ldet;
    private long lmax;
    private BigInteger bdet;
    private final int[] basis;
    private final int[] rowOf;
    /** Nonbasic columns followed by the right-hand side column {@code vars}. */
    private final int[] active;
    private final int[] activePos;
    private long pivots;

    /**
     * A tableau for M·z = q where the columns {@code initialBasis} of M form an identity matrix.
     *
     * @param m the rows×vars coefficient matrix (copied)
     * @param q the right-hand side (copied)
     * @param initialBasis for each row, the variable whose column is the unit vector of that row
     * @throws IllegalArgumentException if the sizes disagree or the basis columns are not a unit basis
     */
    public IntegerTableau(BigInteger[][] m, BigInteger[] q, int[] initialBasis) {
        rows = m.length;
        vars = rows == 0 ? 0 : m[0].length;
        if (q.length != rows || initialBasis.length != rows) {
            throw new IllegalArgumentException("q and initialBasis must have one entry per row (" + rows + ")");
        }
        basis = initialBasis.clone();
        rowOf = new int[vars];
        Arrays.fill(rowOf, -1);
        for (int i = 0; i < rows; i++) {
            if (m[i].length != vars) {
                throw new IllegalArgumentException("row " + i + " of m has " + m[i].length + " entries, expected " + vars);
            }
        }
        for (int r = 0; r < rows; r++) {
            int v = basis[r];
            if (v < 0 || v >= vars || rowOf[v] >= 0) {
                throw new IllegalArgumentException("initialBasis[" + r + "] = " + v + " is not a distinct variable");
            }
            rowOf[v] = r;
            for (int i = 0; i < rows; i++) {
                if (!m[i][v].equals(i == r ? BigInteger.ONE : BigInteger.ZERO)) {
                    throw new IllegalArgumentException("column " + v + " is not the unit vector of row " + r);
                }
            }
        }
        active = new int[vars - rows + 1];
        activePos = new int[vars + 1];
        Arrays.fill(activePos, -1);
        int k = 0;
        for (int j = 0; j <= vars; j++) {
            if (j == vars || rowOf[j] < 0) {
                activePos[j] = k;
                active[k++] = j;
            }
        }
        long max = 1;
        boolean fits = true;
        for (int i = 0; i < rows && fits; i++) {
            for (int j = 0; j <= vars && fits; j++) {
                BigInteger v = j == vars ? q[i] : m[i][j];
                fits = v.bitLength() < 31;
                if (fits) max = Math.max(max, Math.abs(v.longValue()));
            }
        }
        if (fits) {
            lt = new long[rows][vars + 1];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < vars; j++) lt[i][j] = m[i][j].longValue();
                lt[i][vars] = q[i].longValue();
            }
            ldet = 1;
            lmax = max;
        } else {
            bt = new BigInteger[rows][vars + 1];
            for (int i = 0; i < rows; i++) {
                System.arraycopy(m[i], 0, bt[i], 0, vars);
                bt[i][vars] = q[i];
            }
            bdet = BigInteger.ONE;
        }
    }

    private IntegerTableau(IntegerTableau o) {
        rows = o.rows;
        vars = o.vars;
        basis = o.basis.clone();
        rowOf = o.rowOf.clone();
        active = o.active.clone();
        activePos = o.activePos.clone();
        pivots = o.pivots;
        if (o.lt != null) {
            lt = new long[rows][];
            for (int i = 0; i < rows; i++) lt[i] = o.lt[i].clone();
            ldet = o.ldet;
            lmax = o.lmax;
        } else {
            bt = new BigInteger[rows][];
            for (int i = 0; i < rows; i++) bt[i] = o.bt[i].clone();
            bdet = o.bdet;
        }
    }

    /** An independent copy of this tableau. */
    public IntegerTableau copy() {
        return new IntegerTableau(this);
    }

    public int rows() {
        return rows;
    }

    public int variables() {
        return vars;
    }

    /** Number of pivots performed since construction (copies inherit the count). */
    public long pivotCount() {
        return pivots;
    }

    /** The basic variable of row r. */
    public int basic(int r) {
        return basis[r];
    }

    /** The row where variable v is basic, or −1 if v is nonbasic. */
    public int rowOf(int v) {
        return rowOf[v];
    }

    public boolean isBasic(int v) {
        return rowOf[v] >= 0;
    }

    /** The basis as a copy: entry r is the variable basic in row r. */
    public int[] basisCopy() {
        return basis.clone();
    }

    public BigInteger determinant() {
        return lt != null ? BigInteger.valueOf(ldet) : bdet;
    }

    /** Entry (r, j); j = {@link #variables()} is the right-hand side. */
    public BigInteger entry(int r, int j) {
        if (j < vars && rowOf[j] >= 0) {
            return rowOf[j] == r ? determinant() : BigInteger.ZERO;
        }
        return lt != null ? BigInteger.valueOf(lt[r][j]) : bt[r][j];
    }

    /** Sign of entry (r, j), cheap. */
    public int signum(int r, int j) {
        if (j < vars && rowOf[j] >= 0) return rowOf[j] == r ? 1 : 0;
        return lt != null ? Long.signum(lt[r][j]) : bt[r][j].signum();
    }

    /** Sign of the right-hand side of row r (the basic variable's value has this sign). */
    public int rhsSignum(int r) {
        return signum(r, vars);
    }

    private long lval(int r, int j) {
        if (j < vars && rowOf[j] >= 0) return rowOf[j] == r ? ldet : 0;
        return lt[r][j];
    }

    private BigInteger bval(int r, int j) {
        if (j < vars && rowOf[j] >= 0) return rowOf[j] == r ? bdet : BigInteger.ZERO;
        return bt[r][j];
    }

    /**
     * Compares T[r1][j]/T[r1][s] with T[r2][j]/T[r2][s] for rows with positive entries in
     * column s (a min-ratio comparison).
     */
    public int compareRatios(int r1, int r2, int j, int s) {
        if (lt != null) {
            // entries are below 2^31, so the products fit in a long
            return Long.compare(lval(r1, j) * lval(r2, s), lval(r2, j) * lval(r1, s));
        }
        return bval(r1, j).multiply(bval(r2, s)).compareTo(bval(r2, j).multiply(bval(r1, s)));
    }

    /**
     * The lexicographic minimum-ratio row for entering column s: among rows with a positive
     * entry in s, the one minimising (rhs, T[.][lex[0]], T[.][lex[1]], ...) divided by the
     * entry. With {@code lex} the columns of the initial identity basis this is the classical
     * lexicographic rule (perturbation q + (ε, ε², ...)), which never ties and so resolves
     * degeneracy. Returns −1 if column s has no positive entry (unbounded ray).
     */
    public int lexMinRatioRow(int s, int[] lex) {
        return lexRatioRow(s, lex, false);
    }

    /**
     * As {@link #lexMinRatioRow} but for the perturbation q − (ε, ε², ...): minimum ratio first,
     * then ties broken by the <em>largest</em> ratios in the {@code lex} columns. This is the
     * rule Gambit's Lemke–Howson uses, so following it reproduces Gambit's paths on degenerate
     * games.
     */
    public int lexRatioRowNegativePerturbation(int s, int[] lex) {
        return lexRatioRow(s, lex, true);
    }

    private int lexRatioRow(int s, int[] lex, boolean negative) {
        int best = -1;
        for (int r = 0; r < rows; r++) {
            if (signum(r, s) <= 0) continue;
            if (best < 0) {
                best = r;
                continue;
            }
            int c = compareRatios(r, best, vars, s);
            for (int k = 0; c == 0 && k < lex.length; k++) {
                c = compareRatios(r, best, lex[k], s);
                if (negative) c = -c;
            }
            if (c < 0) best = r;
        }
        return best;
    }

    /**
     * All rows attaining the (plain) minimum ratio rhs/T[.][s] over rows with positive entries in
     * column s; several rows means a degenerate pivot choice. Empty if the column has no positive
     * entry.
     */
    public int[] minRatioRows(int s) {
        int[] out = new int[rows];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            if (signum(r, s) <= 0) continue;
            if (k == 0) {
                out[k++] = r;
                continue;
            }
            int c = compareRatios(r, out[0], vars, s);
            if (c < 0) {
                k = 0;
                out[k++] = r;
            } else if (c == 0) {
                out[k++] = r;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /**
     * Pivots variable s into the basis in row r (s must be nonbasic and T[r][s] nonzero); returns
     * the variable that left.
     */
    public int pivot(int r, int s) {
        if (rowOf[s] >= 0) {
            throw new IllegalStateException("variable " + s + " is already basic");
        }
        if (signum(r, s) == 0) {
            throw new IllegalStateException("zero pivot element at (" + r + "," + s + ")");
        }
        int leaving = basis[r];
        if (lt != null) {
            pivotLong(r, s, leaving);
            if (lmax >= LONG_LIMIT) {
                toBig(); // keeps every later product (ratio tests, pivots) inside a long
            }
        } else {
            pivotBig(r, s, leaving);
        }
        // the entering column becomes basic (implicit), the leaving one active
        int pos = activePos[s];
        active[pos] = leaving;
        activePos[leaving] = pos;
        activePos[s] = -1;
        rowOf[leaving] = -1;
        basis[r] = s;
        rowOf[s] = r;
        pivots++;
        return leaving;
    }

    private void pivotLong(int r, int s, int leaving) {
        long[] pr = lt[r];
        long p = pr[s];
        long det = ldet;
        int[] act = active;
        int na = act.length;
        long max = Math.abs(p);
        for (int i = 0; i < rows; i++) {
            if (i == r) continue;
            long[] ri = lt[i];
            long f = ri[s];
            if (f == 0) {
                if (p != det) {
                    for (int k = 0; k < na; k++) {
                        int j = act[k];
                        long v = ri[j];
                        if (v != 0) {
                            v = v * p / det;
                            ri[j] = v;
                            max = Math.max(max, Math.abs(v));
                        }
                    }
                } else {
                    for (int k = 0; k < na; k++) max = Math.max(max, Math.abs(ri[act[k]]));
                }
                ri[leaving] = 0;
            } else {
                for (int k = 0; k < na; k++) {
                    int j = act[k];
                    if (j == s) continue;
                    long v = (ri[j] * p - f * pr[j]) / det;
                    ri[j] = v;
                    max = Math.max(max, Math.abs(v));
                }
                ri[leaving] = -f;
                max = Math.max(max, Math.abs(f));
            }
        }
        pr[leaving] = det;
        for (int k = 0; k < na; k++) max = Math.max(max, Math.abs(pr[act[k]]));
        if (p < 0) {
            // keep the determinant positive so that signs of entries are signs of values
            for (int i = 0; i < rows; i++) {
                long[] ri = lt[i];
                for (int k = 0; k < na; k++) {
                    int j = act[k];
                    if (j != s) ri[j] = -ri[j];
                }
                ri[leaving] = -ri[leaving];
            }
            ldet = -p;
        } else {
            ldet = p;
        }
        lmax = max;
    }

    private void pivotBig(int r, int s, int leaving) {
        BigInteger[] pr = bt[r];
        BigInteger p = pr[s];
        BigInteger det = bdet;
        boolean detOne = det.equals(BigInteger.ONE);
        boolean pIsDet = p.equals(det);
        int[] act = active;
        int na = act.length;
        for (int i = 0; i < rows; i++) {
            if (i == r) continue;
            BigInteger[] ri = bt[i];
            BigInteger f = ri[s];
            if (f.signum() == 0) {
                if (!pIsDet) {
                    for (int k = 0; k < na; k++) {
                        int j = act[k];
                        BigInteger v = ri[j];
                        if (v.signum() != 0) {
                            v = v.multiply(p);
                            ri[j] = detOne ? v : v.divide(det);
                        }
                    }
                }
                ri[leaving] = BigInteger.ZERO;
            } else {
                for (int k = 0; k < na; k++) {
                    int j = act[k];
                    if (j == s) continue;
                    BigInteger v = ri[j];
                    BigInteger w = pr[j];
                    BigInteger u;
                    if (w.signum() == 0) {
                        if (v.signum() == 0) continue;
                        u = v.multiply(p);
                    } else if (v.signum() == 0) {
                        u = f.multiply(w).negate();
                    } else {
                        u = v.multiply(p).subtract(f.multiply(w));
                    }
                    ri[j] = detOne ? u : u.divide(det);
                }
                ri[leaving] = f.negate();
            }
        }
        pr[leaving] = det;
        if (p.signum() < 0) {
            for (BigInteger[] ri : bt) {
                for (int k = 0; k < na; k++) {
                    int j = act[k];
                    if (j != s) ri[j] = ri[j].negate();
                }
                ri[leaving] = ri[leaving].negate();
            }
            bdet = p.negate();
        } else {
            bdet = p;
        }
    }

    private void toBig() {
        bt = new BigInteger[rows][vars + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j <= vars; j++) bt[i][j] = BigInteger.valueOf(lt[i][j]);
        }
        bdet = BigInteger.valueOf(ldet);
        lt = null;
    }

    /** True while entries are still held in {@code long}. */
    public boolean isLongArithmetic() {
        return lt != null;
    }
}
