package org.parley.games.solve.bimatrix;

import java.math.BigInteger;
import java.util.Arrays;
import org.parley.games.SolverInterruptedException;
import org.parley.games.solve.lp.PivotLimitException;

/**
 * The vertices of a polytope {u ∈ ℝᵃ : u ≥ 0, M u ≤ 1} (M a nonnegative integer b×a matrix with a
 * positive entry in every column, so the polytope is bounded) by lexicographic reverse search,
 * streamed to a visitor one at a time, in memory proportional to the depth of the search.
 *
 * <p>Method (Avis and Fukuda 1992, reverse search; Avis 2000, lrs): the bases of the system
 * M u + s = 1 that are feasible for the right-hand side perturbed to 1 + (ε, ε², …, εᵇ) (the
 * <em>lexicographically feasible</em> bases) are the vertices of a simple polytope whose vertices
 * map onto all vertices of the original one. Minimising Σ u_k by the simplex method with Bland's
 * entering rule (smallest variable index with an improving reduced cost) and the lexicographic
 * minimum-ratio leaving rule defines, for every such basis except the origin's, a unique parent
 * basis one pivot closer to the origin; the parent relation is a spanning tree of the
 * lexicographically feasible bases rooted at the origin (each pivot strictly improves the
 * perturbed objective). The search walks that tree depth first from the root: the children of a
 * basis are the pivots (r, c) with the lexicographic minimum-ratio row r for column c such that
 * Bland's rule at the new basis pivots straight back, which is tested on the current dictionary
 * without pivoting (the new reduced costs are d'_j = d_j − d_c·t_rj/t_rc). Nothing is stored about
 * visited bases: memory is one dictionary per level of the current path.
 *
 * <p>Degenerate vertices (more than a tight constraints) have several lexicographically feasible
 * bases. A vertex is reported at exactly one of them: the one that is optimal for minimising
 * Σ δ^i y_i over the variables y_i (structural and slack, numbered u_0..u_{a−1}, s_0..s_{b−1}) that
 * are zero at the vertex, for infinitesimal δ > 0. That objective is minimised at the vertex alone,
 * so exactly one lexicographically feasible basis of the vertex is optimal for it (the
 * lexicographically feasible bases of a vertex are the vertices of the perturbed cone of the
 * vertex and subdivide its normal cone). Optimality reads from the dictionary: for every cobasic
 * column j, the smallest-index basic variable of a zero row with a nonzero entry in column j, if
 * its index is smaller than the cobasic variable's, has a negative entry. Nondegenerate
 * vertices (no zero row) pass at once.
 *
 * <p>Arithmetic: every decision is exact. The dictionaries are carried in floating point with
 * rigorous error radii and each sign or ratio comparison that the radii do not settle is made on
 * the exact fraction-free dictionary, computed from the basis ({@link FilteredDictionaryStack});
 * in exact-only mode every pivot is fraction-free integer pivoting as in lrs. Either way the
 * search visits the same bases in the same order. Complexity: per basis O(a·b) for the child
 * tests plus one pivot of O((a+1)(b+1)) operations per child; the number of bases is
 * exponential in the worst case. Memory O(depth·a·b). Not thread-safe (one instance per search);
 * honours thread interruption.
 */
final class LexicographicReverseSearch {

    /** Follows the search: each pivot down the tree, and each vertex once. */
    interface Visitor {
        /** The search moved down to level {@code depth} by pivoting {@code entering} into the basis and {@code leaving} out. */
        default void descended(int depth, int entering, int leaving) {
        }

        /**
         * A vertex, reported at one basis (level {@code depth}) only. {@code degenerate}: some basic
         * variable is zero (the vertex has more than a tight constraints). Returns false to stop.
         */
        boolean vertex(int depth, boolean degenerate);
    }

    /**
     * What a search did: bases visited (including the root), pivots made, deepest level, vertices
     * reported, exact rebuilds of a dictionary, whether the visitor stopped it.
     */
    record Stats(long bases, long pivots, int maxDepth, long vertices, long exactRebuilds, boolean stopped) {
    }

    private final FilteredDictionaryStack dict;
    private final int a;
    private final int b;
    private final String what;

    /**
     * @param m the b×a constraint matrix (nonnegative, a positive entry in every column; not copied, not modified)
     * @param exactOnly pivot in exact integers throughout instead of filtering in floating point
     * @param what name used in interruption messages
     */
    LexicographicReverseSearch(BigInteger[][] m, boolean exactOnly, String what) {
        dict = new FilteredDictionaryStack(m, true, exactOnly);
        b = dict.rows;
        a = dict.cols;
        this.what = what;
    }

    /** The dictionaries walked (for reading the current vertex). */
    FilteredDictionaryStack dictionaries() {
        return dict;
    }

    /**
     * Runs the search, reporting every vertex except the origin.
     *
     * @param maxBases budget of bases visited
     * @throws PivotLimitException if more than {@code maxBases} bases are visited
     * @throws SolverInterruptedException if the thread is interrupted
     */
    Stats run(Visitor visitor, long maxBases) {
        int[] cursor = new int[16];
        int depth = 0;
        long bases = 1;
        long pivots = 0;
        long vertices = 0;
        int maxDepth = 0;
        int[] child = new int[1];
        while (true) {
            int c = nextChild(depth, cursor[depth], child);
            if (c < 0) {
                if (depth == 0) break;
                depth--;
                continue;
            }
            cursor[depth] = c + 1;
            int entering = dict.cobasic(depth, c);
            int leaving = dict.pivot(depth, child[0], c);
            pivots++;
            depth++;
            if (depth >= cursor.length) cursor = Arrays.copyOf(cursor, cursor.length * 2);
            cursor[depth] = 0;
            maxDepth = Math.max(maxDepth, depth);
            bases++;
            if ((bases & 63) == 0) SolverInterruptedException.checkInterrupt(what);
            if (bases > maxBases) {
                throw new PivotLimitException(what + ": reverse search exceeded " + maxBases + " bases", pivots);
            }
            visitor.descended(depth, entering, leaving);
            int canonical = canonical(depth);
            if (canonical != 0) {
                vertices++;
                if (!visitor.vertex(depth, canonical < 0)) {
                    return new Stats(bases, pivots, maxDepth, vertices, dict.rebuilds, true);
                }
            }
        }
        return new Stats(bases, pivots, maxDepth, vertices, dict.rebuilds, false);
    }

    /**
     * The first column position c ≥ from whose pivot leads to a child of the current basis; its
     * row goes to {@code row[0]}. −1 if none.
     */
    private int nextChild(int depth, int from, int[] row) {
        for (int c = from; c < a; c++) {
            // a child lies further from the root: its entering variable worsens the objective (d_c < 0)
            if (dict.sign(depth, b, c) <= 0) continue;
            int r = dict.lexMinRatioRow(depth, c);
            if (r < 0) {
                throw new IllegalStateException("internal error: unbounded edge in a bounded polytope");
            }
            if (isReverse(depth, r, c)) {
                row[0] = r;
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether Bland's rule at the basis after pivoting (r, c) chooses the leaving variable v
     * = basic(r) to enter again: no cobasic variable of smaller index than v may improve there.
     */
    private boolean isReverse(int depth, int r, int c) {
        int v = dict.basic(depth, r);
        for (int j = 0; j < a; j++) {
            if (j == c || dict.cobasic(depth, j) > v) continue;
            // d'_j > 0 iff T[obj][c]·T[r][j] − T[obj][j]·T[r][c] > 0
            if (dict.crossSign(depth, b, r, c, j) > 0) return false;
        }
        return true;
    }

    /**
     * The reporting rule for degenerate vertices (see the class comment): 1 for a nondegenerate
     * vertex, −1 for a degenerate vertex reported here, 0 for a basis not reported.
     */
    private int canonical(int depth) {
        if (dict.rhsCertainlyNonzero(depth)) return 1;
        int zeroRows = 0;
        int[] zero = new int[b];
        for (int i = 0; i < b; i++) {
            if (dict.sign(depth, i, a) == 0) zero[zeroRows++] = i;
        }
        if (zeroRows == 0) return 1;
        // zero rows by increasing basic variable index
        int[] order = Arrays.copyOf(zero, zeroRows);
        sortByBasic(depth, order);
        for (int j = 0; j < a; j++) {
            int s = dict.cobasic(depth, j);
            for (int i : order) {
                if (dict.basic(depth, i) > s) break;
                int sign = dict.sign(depth, i, j);
                if (sign > 0) return 0;
                if (sign < 0) break;
            }
        }
        return -1;
    }

    private void sortByBasic(int depth, int[] rows) {
        for (int k = 1; k < rows.length; k++) {
            int x = rows[k];
            int key = dict.basic(depth, x);
            int p = k - 1;
            while (p >= 0 && dict.basic(depth, rows[p]) > key) {
                rows[p + 1] = rows[p];
                p--;
            }
            rows[p + 1] = x;
        }
    }

    /** The exact numerators of u_0..u_{a−1} at level d (zero when cobasic), over {@link #determinant}. */
    BigInteger[] numerators(int depth) {
        BigInteger[][] t = dict.exact(depth);
        BigInteger[] out = new BigInteger[a];
        for (int k = 0; k < a; k++) {
            int r = dict.rowOf(depth, k);
            out[k] = r < 0 ? BigInteger.ZERO : t[r][a];
        }
        return out;
    }

    /** The exact determinant at level d (positive). */
    BigInteger determinant(int depth) {
        return dict.determinant(depth);
    }
}
