package org.parley.games.solve.bimatrix;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.games.Arithmetic;
import org.parley.games.SolverInterruptedException;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.lp.PivotLimitException;

/**
 * All extreme Nash equilibria of a bimatrix game by lexicographic reverse search over the
 * best-response polytopes (the lrsnash method), streamed to a sink as they are found, in memory
 * bounded by the depth of the search.
 *
 * <p>Definition (Avis, Rosenberg, Savani and von Stengel, "Enumeration of Nash equilibria for
 * two-player games", Economic Theory 42 (2010)): with positive integer payoffs A', B', let
 * P = {x ≥ 0 : B'ᵀx ≤ 1} and Q = {y ≥ 0 : A'y ≤ 1}. A pair of vertices (x, y) ≠ (0, 0) whose labels
 * (zero coordinates, tight constraints) cover all m+n labels is, normalised, an extreme
 * equilibrium, and every extreme equilibrium arises once this way.
 *
 * <p>Algorithm. The polytope of the player with fewer strategies (dimension a = min(m, n), b
 * constraints) is enumerated by {@link LexicographicReverseSearch} (Avis and Fukuda 1992; lrs),
 * each vertex reported once, nothing stored about visited bases. Alongside each basis of that
 * polytope the search keeps the <em>complementary</em> dictionary of the other polytope, whose
 * basic variables are the complements of the first basis's cobasic ones (x_i ↔ slack of row i,
 * slack of column j ↔ y_j); one forced pivot per search step keeps it in lockstep. At a
 * nondegenerate vertex x the cobasic variables are exactly its labels, so the partner vertices y
 * are the feasible solutions of the complementary system: when that basis is nonsingular, the
 * single candidate is its basic solution, and (x, y) is an equilibrium iff that solution is
 * nonnegative — a sign check of one column. Degenerate vertices (detected exactly), and vertices
 * whose complementary basis is singular, take the general way: the labels are read exactly and
 * the vertices of the complementary face {y ∈ Q : y_j = 0 for j not a best response, row i tight
 * for x_i &gt; 0} are enumerated by a reverse search of its own (bounded memory, a small cache of
 * faces).
 *
 * <p>Degenerate games: the lexicographic rule makes the search well defined on any input, each
 * vertex is reported at one of its bases only (see {@link LexicographicReverseSearch}), and the
 * labels of degenerate vertices are computed from the exact dictionary, so extreme equilibria on
 * higher-dimensional faces (continua) are all listed, each once.
 *
 * <p>Arithmetic is exact: every decision is certified in floating point or made on the exact
 * fraction-free dictionary ({@link FilteredDictionaryStack}); every equilibrium is then built in
 * rationals and verified exactly ({@link BimatrixEquilibrium#isNash()}).
 *
 * <p>Complexity: O(a·b) per basis of the enumerated polytope for the search and two O(a·b)
 * pivots (the number of bases is exponential in the worst case); memory O(depth·a·b) plus the
 * face cache. Stateless and thread-safe; honours thread interruption.
 */
public final class ReverseSearchEquilibriumEnumerator {

    /**
     * Options.
     *
     * @param maxBases budget of bases visited in the enumerated polytope (positive)
     * @param exactOnly pivot in exact integers throughout (slower; the reference for tests)
     */
    public record Options(long maxBases, boolean exactOnly) {
        public Options {
            if (maxBases < 1) throw new IllegalArgumentException("maxBases must be positive, was " + maxBases);
        }

        /** A budget of 10⁹ bases, floating-point filtering on. */
        public static Options defaults() {
            return new Options(1_000_000_000L, false);
        }
    }

    /** Receives each extreme equilibrium once, as it is found; returns false to stop the enumeration. */
    @FunctionalInterface
    public interface EquilibriumSink {
        boolean accept(BimatrixEquilibrium equilibrium);
    }

    /**
     * What an enumeration did.
     *
     * @param bases bases of the enumerated polytope visited (including the origin's)
     * @param pivots pivots made in both polytopes
     * @param maxDepth deepest level of the search
     * @param vertices vertices of the enumerated polytope
     * @param exactRebuilds dictionaries computed exactly from their basis (uncertain decisions, equilibria)
     * @param faceSearches vertices that took the general (degenerate) way
     * @param equilibria equilibria passed to the sink
     * @param stopped whether the sink stopped the enumeration
     */
    public record Stats(long bases, long pivots, int maxDepth, long vertices, long exactRebuilds, long faceSearches,
            long equilibria, boolean stopped) {
    }

    /** Faces of the second polytope cached for degenerate vertices (by best-response set). */
    private static final int FACE_CACHE_SIZE = 256;
    /** At most this many vertices are held in the face cache (memory bound). */
    private static final int FACE_CACHE_MAX_VERTICES = 20_000;

    /**
     * Enumerates the extreme equilibria of {@code game}, passing each to {@code sink} as found.
     *
     * @throws PivotLimitException if more than {@code options.maxBases()} bases are visited
     * @throws SolverInterruptedException if the thread is interrupted
     */
    public Stats enumerate(Bimatrix game, Options options, EquilibriumSink sink) {
        return new Run(game, options, sink).run();
    }

    /** All extreme equilibria in the order found. */
    public BimatrixResult solve(Bimatrix game, Options options) {
        List<BimatrixEquilibrium> found = new ArrayList<>();
        Stats s = enumerate(game, options, e -> found.add(e));
        return BimatrixResult.of(BimatrixMethod.ENUMMIXED, Arithmetic.EXACT, found, s.pivots(), s.bases(), 0,
                Optional.empty());
    }

    /** One enumeration: its polytopes and dictionaries. */
    private static final class Run {
        private final Bimatrix game;
        private final Options options;
        private final EquilibriumSink sink;
        private final boolean rowFirst;
        private final boolean exactOnly;
        private final int a;
        private final int b;
        /** First polytope {u ≥ 0 : mm u ≤ 1}, b×a; second {v ≥ 0 : nn v ≤ 1}, a×b. */
        private final BigInteger[][] mm;
        private final BigInteger[][] nn;
        /** The constraints of the first polytope implied by others (dropped from the search). */
        private final RedundantConstraints reduction;
        /** Number of constraints of the first polytope searched (kept rows). */
        private final int kb;
        private final LexicographicReverseSearch search;
        private final FilteredDictionaryStack first;
        private final FilteredDictionaryStack second;
        /** Restricted polytopes of the second player already enumerated, by column set; LRU, bounded in vertices. */
        private final Map<BitSet, List<FaceVertex>> faceCache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<BitSet, List<FaceVertex>> e) {
                if (cachedVertices > FACE_CACHE_MAX_VERTICES || size() > FACE_CACHE_SIZE) {
                    cachedVertices -= e.getValue().size();
                    return true;
                }
                return false;
            }
        };
        private long cachedVertices;
        private long pivots;
        private long faceSearches;
        private long equilibria;
        private long faceRebuilds;

        Run(Bimatrix game, Options options, EquilibriumSink sink) {
            this.game = game;
            this.options = options;
            this.sink = sink;
            int m = game.rows();
            int n = game.columns();
            rowFirst = m <= n;
            a = rowFirst ? m : n;
            b = rowFirst ? n : m;
            BigInteger[][] pa = game.positiveIntegerPayoffs(true);
            BigInteger[][] pb = game.positiveIntegerPayoffs(false);
            mm = new BigInteger[b][a];
            nn = new BigInteger[a][b];
            boolean small = true;
            for (int k = 0; k < a; k++) {
                for (int l = 0; l < b; l++) {
                    mm[l][k] = rowFirst ? pb[k][l] : pa[l][k];
                    nn[k][l] = rowFirst ? pa[k][l] : pb[l][k];
                    small &= mm[l][k].bitLength() <= 53 && nn[k][l].bitLength() <= 53;
                }
            }
            exactOnly = options.exactOnly() || !small;
            reduction = new RedundantConstraints(mm);
            kb = reduction.kept.length;
            search = new LexicographicReverseSearch(reduction.keptRows(mm), exactOnly, "enummixed");
            first = search.dictionaries();
            second = new FilteredDictionaryStack(nn, false, exactOnly);
        }

        Stats run() {
            LexicographicReverseSearch.Stats s = search.run(new LexicographicReverseSearch.Visitor() {
                @Override
                public void descended(int depth, int entering, int leaving) {
                    followInSecond(depth, entering, leaving);
                }

                @Override
                public boolean vertex(int depth, boolean degenerate) {
                    return atVertex(depth, degenerate);
                }
            }, options.maxBases());
            return new Stats(s.bases(), s.pivots() + pivots, s.maxDepth(), s.vertices(),
                    first.rebuilds + second.rebuilds + faceRebuilds, faceSearches, equilibria, s.stopped());
        }

        /**
         * The variable of the second system complementary to variable v of the first: x_k ↔ slack of
         * row k of the second; the slack of kept constraint g ↔ y of that column.
         */
        private int complement(int v) {
            return v < a ? b + v : reduction.kept[v - a];
        }

        /** Keeps the second dictionary complementary: the complement of entering leaves, of leaving enters. */
        private void followInSecond(int depth, int entering, int leaving) {
            int prev = depth - 1;
            int row = second.rowOf(prev, complement(entering));
            int col = second.columnOf(prev, complement(leaving));
            if (row < 0 || col < 0) throw new IllegalStateException("internal error: dictionaries out of step");
            second.pivot(prev, row, col);
            pivots++;
        }

        private boolean atVertex(int depth, boolean degenerate) {
            if (!degenerate && !second.isSingular(depth) && !droppedTight(depth)) {
                if (!second.rhsNonnegative(depth)) return true;
                return emit(firstPoint(depth), secondPoint(depth));
            }
            return generalVertex(depth);
        }

        /** At a nondegenerate vertex: whether a dropped constraint is tight too (then its labels are not the cobasis). */
        private boolean droppedTight(int depth) {
            if (!reduction.reduces()) return false;
            BitSet support = new BitSet(a);
            BitSet keptTight = new BitSet(kb);
            for (int k = 0; k < a; k++) {
                if (first.rowOf(depth, k) >= 0) support.set(k);
            }
            for (int g = 0; g < kb; g++) {
                if (first.rowOf(depth, a + g) < 0) keptTight.set(g);
            }
            return reduction.anyDroppedTight(keptTight, support);
        }

        /** The exact point u of the first polytope at this level: numerators and the determinant last. */
        private BigInteger[] firstPoint(int depth) {
            BigInteger[] num = search.numerators(depth);
            BigInteger[] out = java.util.Arrays.copyOf(num, a + 1);
            out[a] = search.determinant(depth);
            return out;
        }

        /** The exact basic solution v of the second system at this level (determinant last). */
        private BigInteger[] secondPoint(int depth) {
            BigInteger[][] t = second.exact(depth);
            BigInteger[] out = new BigInteger[b + 1];
            for (int l = 0; l < b; l++) {
                int r = second.rowOf(depth, l);
                out[l] = r < 0 ? BigInteger.ZERO : t[r][b];
            }
            out[b] = second.determinant(depth);
            return out;
        }

        /**
         * A degenerate vertex, or one whose complementary basis is singular: read its labels exactly
         * and find the vertices of the complementary face.
         */
        private boolean generalVertex(int depth) {
            faceSearches++;
            BigInteger[][] t = first.exact(depth);
            BitSet support = new BitSet(a);
            BitSet keptTight = new BitSet(kb);
            for (int k = 0; k < a; k++) {
                int r = first.rowOf(depth, k);
                if (r >= 0 && t[r][a].signum() != 0) support.set(k);
            }
            for (int g = 0; g < kb; g++) {
                int r = first.rowOf(depth, a + g);
                if (r < 0 || t[r][a].signum() == 0) keptTight.set(g);
            }
            BitSet tight = reduction.tightRows(keptTight, support);
            BigInteger[] x = firstPoint(depth);
            int[] rs = support.stream().toArray();
            int[] cs = tight.stream().toArray();
            BigInteger[] unique = uniqueSolution(rs, cs);
            if (unique != null) {
                return unique.length == 0 || emit(x, unique);
            }
            for (FaceVertex y : restrictedVertices(tight, cs)) {
                if (containsAll(y.tightRows(), support) && !emit(x, y.point())) {
                    return false;
                }
            }
            return true;
        }

        private static boolean containsAll(BitSet set, BitSet sub) {
            BitSet rest = (BitSet) sub.clone();
            rest.andNot(set);
            return rest.isEmpty();
        }

        /**
         * The point v with v_l = 0 outside cs and (nn v)_k = 1 for k in rs when these equations
         * determine it (full column rank): that point if it lies in the second polytope (as
         * numerators over a positive determinant, last entry), an empty array if the equations are
         * inconsistent or the point is outside; null when they do not determine it.
         */
        private BigInteger[] uniqueSolution(int[] rs, int[] cs) {
            int c = cs.length;
            if (c == 0 || rs.length < c) return null;
            // fraction-free Gauss–Jordan on [N_{rs,cs} | 1]
            BigInteger[][] e = new BigInteger[rs.length][c + 1];
            for (int i = 0; i < rs.length; i++) {
                for (int j = 0; j < c; j++) e[i][j] = nn[rs[i]][cs[j]];
                e[i][c] = BigInteger.ONE;
            }
            BigInteger prev = BigInteger.ONE;
            for (int p = 0; p < c; p++) {
                int q = p;
                while (q < rs.length && e[q][p].signum() == 0) q++;
                if (q == rs.length) return null; // rank deficient: a face of positive dimension, or empty
                BigInteger[] tmp = e[q];
                e[q] = e[p];
                e[p] = tmp;
                BigInteger piv = e[p][p];
                for (int i = 0; i < rs.length; i++) {
                    if (i == p) continue;
                    BigInteger f = e[i][p];
                    for (int j = 0; j <= c; j++) {
                        if (j == p) continue;
                        BigInteger v = e[i][j].multiply(piv);
                        if (f.signum() != 0) v = v.subtract(f.multiply(e[p][j]));
                        e[i][j] = v.divide(prev);
                    }
                    e[i][p] = BigInteger.ZERO;
                }
                prev = piv;
            }
            for (int i = c; i < rs.length; i++) {
                if (e[i][c].signum() != 0) return new BigInteger[0]; // inconsistent
            }
            // y_{cs[j]} = e[j][c] / prev
            BigInteger det = prev;
            int sign = det.signum();
            BigInteger[] v = new BigInteger[b + 1];
            java.util.Arrays.fill(v, BigInteger.ZERO);
            for (int j = 0; j < c; j++) {
                BigInteger num = sign < 0 ? e[j][c].negate() : e[j][c];
                if (num.signum() < 0) return new BigInteger[0];
                v[cs[j]] = num;
            }
            BigInteger d = det.abs();
            v[b] = d;
            for (int k = 0; k < a; k++) {
                BigInteger row = BigInteger.ZERO;
                for (int j = 0; j < c; j++) row = row.add(nn[k][cs[j]].multiply(v[cs[j]]));
                if (row.compareTo(d) > 0) return new BigInteger[0];
            }
            return v;
        }

        /** A vertex of the second polytope restricted to some columns, with its tight rows. */
        private record FaceVertex(BigInteger[] point, BitSet tightRows) {
        }

        /**
         * The vertices of {v ≥ 0 : v_l = 0 for l ∉ tight, nn v ≤ 1} other than the origin, with
         * their tight rows (cached per column set; the cache is bounded).
         */
        private List<FaceVertex> restrictedVertices(BitSet tight, int[] cs) {
            List<FaceVertex> cached = faceCache.get(tight);
            if (cached != null) return cached;
            List<FaceVertex> out = new ArrayList<>();
            if (cs.length > 0) {
                BigInteger[][] sub = new BigInteger[a][cs.length];
                for (int k = 0; k < a; k++) {
                    for (int c = 0; c < cs.length; c++) sub[k][c] = nn[k][cs[c]];
                }
                RedundantConstraints red = new RedundantConstraints(sub);
                int kr = red.kept.length;
                LexicographicReverseSearch face = new LexicographicReverseSearch(red.keptRows(sub), exactOnly,
                        "enummixed");
                FilteredDictionaryStack fd = face.dictionaries();
                face.run((d, degenerate) -> {
                    BitSet keptTight = new BitSet(kr);
                    for (int g = 0; g < kr; g++) {
                        int r = fd.rowOf(d, cs.length + g);
                        if (r < 0 || fd.sign(d, r, cs.length) == 0) keptTight.set(g);
                    }
                    BigInteger[] num = face.numerators(d);
                    BitSet vSupport = new BitSet(cs.length);
                    for (int c = 0; c < cs.length; c++) {
                        if (num[c].signum() != 0) vSupport.set(c);
                    }
                    BitSet rowsTight = red.tightRows(keptTight, vSupport);
                    BigInteger[] v = new BigInteger[b + 1];
                    java.util.Arrays.fill(v, BigInteger.ZERO);
                    for (int c = 0; c < cs.length; c++) v[cs[c]] = num[c];
                    v[b] = face.determinant(d);
                    out.add(new FaceVertex(v, rowsTight));
                    return true;
                }, options.maxBases());
                faceRebuilds += fd.rebuilds;
            }
            if (out.size() <= FACE_CACHE_MAX_VERTICES) {
                cachedVertices += out.size();
                faceCache.put((BitSet) tight.clone(), out);
            }
            return out;
        }

        /** Normalises, verifies and passes on one equilibrium; returns the sink's answer. */
        private boolean emit(BigInteger[] u, BigInteger[] v) {
            List<Rational> x = normalise(u, a);
            List<Rational> y = normalise(v, b);
            BimatrixEquilibrium e = rowFirst ? BimatrixEquilibrium.evaluate(game, x, y)
                    : BimatrixEquilibrium.evaluate(game, y, x);
            if (!e.isNash()) {
                throw new IllegalStateException("internal error: enumeration produced a non-equilibrium, regret "
                        + e.maxRegret());
            }
            equilibria++;
            return sink.accept(e);
        }

        private static List<Rational> normalise(BigInteger[] num, int len) {
            BigInteger sum = BigInteger.ZERO;
            for (int k = 0; k < len; k++) sum = sum.add(num[k]);
            List<Rational> out = new ArrayList<>(len);
            for (int k = 0; k < len; k++) out.add(num[k].signum() == 0 ? Rational.ZERO : Rational.of(num[k], sum));
            return out;
        }
    }
}
