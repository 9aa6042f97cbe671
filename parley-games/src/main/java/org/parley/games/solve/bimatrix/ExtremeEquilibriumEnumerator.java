package org.parley.games.solve.bimatrix;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.games.Arithmetic;
import org.parley.games.SolverInterruptedException;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.lp.IntegerTableau;
import org.parley.games.solve.lp.PivotLimitException;

/**
 * All extreme Nash equilibria of a bimatrix game by vertex enumeration of the two best-response
 * polytopes (Gambit's {@code enummixed}).
 *
 * <p>Definition (von Stengel 2002, §3.3; Avis, Rosenberg, Savani and von Stengel 2010): with
 * positive payoffs A', B', let P = {x ≥ 0 : B'ᵀx ≤ 1} and Q = {y ≥ 0 : A'y ≤ 1}, labelled as in
 * {@link LemkeHowson}. A pair of vertices (x, y) ≠ (0, 0) whose label sets together cover all
 * m+n labels is, after normalisation, an extreme equilibrium, and every extreme equilibrium (a
 * vertex of a maximal Nash subset) arises this way.
 *
 * <p>Algorithm (Avis et al. 2010, §5, as in lrsnash): only the polytope of the player with fewer
 * strategies (say P, dimension m) is enumerated in full. For each of its vertices x, the partner
 * vertices y are the vertices of the complementary face of Q: y_j = 0 unless column j is a best
 * response to x ((B'ᵀx)_j = 1), and (A'y)_i = 1 wherever x_i > 0. When these equalities determine
 * y (full column rank) the face is a single point or empty and is solved exactly by Gauss–Jordan
 * elimination; otherwise the vertices of Q restricted to the best-response columns are
 * enumerated (cached per best-response set) and those tight on supp(x) kept. Vertices are found
 * by depth-first search over the lexicographically feasible bases (the vertices of the polytope
 * with perturbed right-hand side 1 + (ε, ε², ...), a simple polytope whose vertices map onto all
 * vertices of the original), pivots undone on backtracking. Identical constraints are merged
 * first, and in the fully enumerated polytope constraints implied by another (dominated rows)
 * are dropped: the polytope is unchanged but has fewer degenerate bases. Labels are read from
 * the exact, unperturbed values, so degenerate games are handled exactly: each vertex is reported
 * once, however many bases describe it, and equilibria are not restricted to equal-size supports.
 * Arithmetic is exact (fraction-free integer pivoting).
 *
 * <p>Optionally the maximal Nash subsets are listed: maximal bicliques of the bipartite
 * compatibility graph of the extreme equilibria (Avis et al. 2010, §6); each is a product of
 * two polytopes whose vertices are the listed extreme equilibria. The connected components of
 * the equilibrium set are unions of overlapping maximal subsets.
 *
 * <p>Complexity: proportional to the number of lexicographically feasible bases of the smaller
 * player's polytope (exponential in the worst case) times O((m+n)·min(m,n)) per pivot, plus per
 * vertex either an O(min(m,n)³) linear solve or the enumeration of the bases of the restricted
 * polytope of the other player. {@code rowBases}/{@code columnBases} count the bases visited
 * (linear solves are not counted). Stateless and thread-safe; honours thread interruption.
 */
public final class ExtremeEquilibriumEnumerator {

    /**
     * Options.
     *
     * @param maxBases budget of feasible bases visited per polytope, the faces of the second
     *     polytope counted together (positive)
     * @param computeMaximalSubsets also list the maximal Nash subsets (cliques)
     */
    public record Options(long maxBases, boolean computeMaximalSubsets) {
        public Options {
            if (maxBases < 1) throw new IllegalArgumentException("maxBases must be positive, was " + maxBases);
        }

        public static Options defaults() {
            return new Options(10_000_000L, false);
        }
    }

    /**
     * A maximal Nash subset: every combination of a row strategy from {@code rowVertices} and a
     * column strategy from {@code columnVertices} (and their convex combinations) is an equilibrium.
     *
     * @param rowVertices indices into {@link EnumerationResult#rowVertices()}
     * @param columnVertices indices into {@link EnumerationResult#columnVertices()}
     */
    public record MaximalSubset(List<Integer> rowVertices, List<Integer> columnVertices) {
        public MaximalSubset {
            rowVertices = List.copyOf(rowVertices);
            columnVertices = List.copyOf(columnVertices);
        }
    }

    /**
     * The enumeration result.
     *
     * @param result the extreme equilibria in the common envelope
     * @param rowVertices the distinct row strategies occurring in extreme equilibria
     * @param columnVertices the distinct column strategies occurring in extreme equilibria
     * @param maximalSubsets the maximal Nash subsets, empty unless requested
     * @param rowBases feasible bases of P visited (of its restricted faces when m > n)
     * @param columnBases feasible bases of Q visited (of its restricted faces when m ≤ n)
     */
    public record EnumerationResult(BimatrixResult result, List<List<Rational>> rowVertices,
            List<List<Rational>> columnVertices, List<MaximalSubset> maximalSubsets, long rowBases,
            long columnBases) {
        public EnumerationResult {
            rowVertices = List.copyOf(rowVertices);
            columnVertices = List.copyOf(columnVertices);
            maximalSubsets = List.copyOf(maximalSubsets);
        }
    }

    /**
     * A vertex of a polytope: its normalised strategy (full coordinates), the own strategies at
     * zero probability, the opponent's strategies whose constraint is tight (best responses) and
     * its unnormalised coordinates.
     */
    private record Vertex(List<Rational> strategy, BitSet zero, BitSet tight, List<Rational> point) {
    }

    /** The extreme equilibria of {@code game}. @throws PivotLimitException if a polytope has more bases than the budget */
    public BimatrixResult solve(Bimatrix game, Options options) {
        return enumerate(game, options).result();
    }

    /** The extreme equilibria with vertex lists and, if requested, the maximal Nash subsets. */
    public EnumerationResult enumerate(Bimatrix game, Options options) {
        int m = game.rows();
        int n = game.columns();
        // enumerate the polytope of the player with fewer strategies ("first", a strategies, b
        // constraints); the other ("second") only on the faces complementary to its vertices
        boolean rowFirst = m <= n;
        int a = rowFirst ? m : n;
        int b = rowFirst ? n : m;
        BigInteger[][] pa = game.positiveIntegerPayoffs(true);
        BigInteger[][] pb = game.positiveIntegerPayoffs(false);
        // first: u in R^a, M u <= 1 with M (b x a); second: v in R^b, N v <= 1 with N (a x b)
        BigInteger[][] mm = new BigInteger[b][a];
        BigInteger[][] nn = new BigInteger[a][b];
        for (int k = 0; k < a; k++) {
            for (int l = 0; l < b; l++) {
                mm[l][k] = rowFirst ? pb[k][l] : pa[l][k];
                nn[k][l] = rowFirst ? pa[k][l] : pb[l][k];
            }
        }
        long[] firstStats = new long[2];
        long[] secondStats = new long[2];
        // identical constraints describe the same facet: keep one of each (fewer degenerate bases)
        // a constraint implied by another (row dominated entrywise, u >= 0) leaves the polytope
        // unchanged: drop it, and read all tight constraints exactly from each vertex afterwards
        int[][] kept = nonDominated(mm, groups(mm, null));
        int bu = kept.length;
        List<Vertex> vFirst = retight(vertices(firstTableau(mm, kept, a), Polytopes.range(a, a + bu), 0, a, a, bu,
                null, 0, options.maxBases(), firstStats), mm);
        Map<List<List<Rational>>, BimatrixEquilibrium> found = new LinkedHashMap<>();
        List<List<Rational>> rows = new ArrayList<>();
        List<List<Rational>> cols = new ArrayList<>();
        Map<List<Rational>, Integer> rowIndex = new LinkedHashMap<>();
        Map<List<Rational>, Integer> colIndex = new LinkedHashMap<>();
        List<int[]> edges = new ArrayList<>();
        Map<BitSet, List<Vertex>> faces = new HashMap<>();
        for (Vertex u : vFirst) {
            SolverInterruptedException.checkInterrupt("enummixed");
            BitSet support = new BitSet(a);
            support.set(0, a);
            support.andNot(u.zero());
            // the complementary face of the second polytope: v_l = 0 unless l is a best response
            // to u (tight), and (N v)_k = 1 wherever u_k > 0; its vertices are those of the
            // second polytope restricted to the columns tight(u) that are tight on supp(u)
            // when the face lies in a single point (the tight rows determine v), solve for it
            List<Vertex> face = uniquePoint(nn, support, u.tight(), a, b);
            if (face == null) face = faces.get(u.tight());
            if (face == null) {
                int[] cs = u.tight().stream().toArray();
                if (cs.length == 0) {
                    face = List.of();
                } else {
                    int[][] g = groups(nn, cs);
                    face = expand(vertices(secondTableau(nn, g, cs), Polytopes.range(0, g.length), g.length, cs.length, 0,
                            g.length, cs, b, Math.max(1, options.maxBases() - secondStats[0]), secondStats), g, a);
                }
                faces.put((BitSet) u.tight().clone(), face);
            }
            for (Vertex v : face) {
                BitSet missing = (BitSet) support.clone();
                missing.andNot(v.tight());
                if (!missing.isEmpty()) continue;
                List<Rational> x = rowFirst ? u.strategy() : v.strategy();
                List<Rational> y = rowFirst ? v.strategy() : u.strategy();
                BimatrixEquilibrium e = BimatrixEquilibrium.evaluate(game, x, y);
                if (!e.isNash()) {
                    throw new IllegalStateException("internal error: completely labelled pair is not an equilibrium");
                }
                if (found.putIfAbsent(List.of(e.row(), e.column()), e) == null) {
                    int ri = rowIndex.computeIfAbsent(e.row(), key -> {
                        rows.add(key);
                        return rows.size() - 1;
                    });
                    int ci = colIndex.computeIfAbsent(e.column(), key -> {
                        cols.add(key);
                        return cols.size() - 1;
                    });
                    edges.add(new int[] {ri, ci});
                }
            }
        }
        List<MaximalSubset> subsets = options.computeMaximalSubsets()
                ? maximalBicliques(rows.size(), cols.size(), edges) : List.of();
        long rowBases = rowFirst ? firstStats[0] : secondStats[0];
        long colBases = rowFirst ? secondStats[0] : firstStats[0];
        BimatrixResult r = BimatrixResult.of(BimatrixMethod.ENUMMIXED, Arithmetic.EXACT, new ArrayList<>(found.values()),
                firstStats[1] + secondStats[1], rowBases + colBases, 0, Optional.empty());
        return new EnumerationResult(r, rows, cols, subsets, rowBases, colBases);
    }

    /**
     * The face {v ≥ 0, v_l = 0 for l ∉ cols, N v ≤ 1, (N v)_k = 1 for k ∈ rows} when the
     * equalities determine v (the submatrix N_{rows,cols} has full column rank): an empty list
     * or its single point. Null when the equalities leave a line or more (enumerate instead).
     * Exact Gauss–Jordan elimination, O(|rows|·|cols|²).
     */
    private static List<Vertex> uniquePoint(BigInteger[][] nn, BitSet rows, BitSet cols, int a, int b) {
        int[] rs = rows.stream().toArray();
        int[] cs = cols.stream().toArray();
        int c = cs.length;
        if (c == 0 || rs.length < c) return c == 0 ? List.of() : null;
        Rational[][] t = new Rational[rs.length][c + 1];
        for (int i = 0; i < rs.length; i++) {
            for (int j = 0; j < c; j++) t[i][j] = Rational.of(nn[rs[i]][cs[j]], BigInteger.ONE);
            t[i][c] = Rational.ONE;
        }
        int rank = 0;
        for (int j = 0; j < c; j++) {
            int p = rank;
            while (p < rs.length && t[p][j].signum() == 0) p++;
            if (p == rs.length) return null; // rank deficient: a face of positive dimension or empty
            Rational[] tmp = t[p];
            t[p] = t[rank];
            t[rank] = tmp;
            Rational piv = t[rank][j];
            for (int k = j; k <= c; k++) t[rank][k] = t[rank][k].divide(piv);
            for (int i = 0; i < rs.length; i++) {
                if (i == rank || t[i][j].signum() == 0) continue;
                Rational f = t[i][j];
                for (int k = j; k <= c; k++) t[i][k] = t[i][k].subtract(f.multiply(t[rank][k]));
            }
            rank++;
        }
        for (int i = c; i < rs.length; i++) {
            if (t[i][c].signum() != 0) return List.of(); // inconsistent equalities
        }
        Rational sum = Rational.ZERO;
        Rational[] v = new Rational[b];
        java.util.Arrays.fill(v, Rational.ZERO);
        for (int j = 0; j < c; j++) {
            if (t[j][c].signum() < 0) return List.of();
            v[cs[j]] = t[j][c];
            sum = sum.add(t[j][c]);
        }
        BitSet tight = new BitSet(a);
        for (int k = 0; k < a; k++) {
            Rational row = Rational.ZERO;
            for (int j = 0; j < c; j++) row = row.add(Rational.of(nn[k][cs[j]], BigInteger.ONE).multiply(v[cs[j]]));
            int cmp = row.compareTo(Rational.ONE);
            if (cmp > 0) return List.of();
            if (cmp == 0) tight.set(k);
        }
        BitSet zero = new BitSet(b);
        Rational[] strategy = new Rational[b];
        for (int l = 0; l < b; l++) {
            strategy[l] = v[l].signum() == 0 ? Rational.ZERO : v[l].divide(sum);
            if (v[l].signum() == 0) zero.set(l);
        }
        return List.of(new Vertex(List.of(strategy), zero, tight, List.of(v)));
    }

    /**
     * The classes whose representative row is not dominated entrywise (≤) by another class's
     * row: for u ≥ 0 a dominated constraint is implied by the dominating one. O(classes²·columns).
     */
    private static int[][] nonDominated(BigInteger[][] mat, int[][] classes) {
        List<int[]> out = new ArrayList<>();
        for (int g = 0; g < classes.length; g++) {
            BigInteger[] row = mat[classes[g][0]];
            boolean dominated = false;
            for (int h = 0; h < classes.length && !dominated; h++) {
                if (h == g) continue;
                BigInteger[] other = mat[classes[h][0]];
                boolean le = true;
                for (int k = 0; k < row.length && le; k++) le = row[k].compareTo(other[k]) <= 0;
                dominated = le;
            }
            if (!dominated) out.add(classes[g]);
        }
        return out.toArray(new int[0][]);
    }

    /** The vertices with their tight constraints read exactly from all rows of {@code mat}. */
    private static List<Vertex> retight(List<Vertex> vs, BigInteger[][] mat) {
        List<Vertex> out = new ArrayList<>(vs.size());
        for (Vertex v : vs) {
            BitSet t = new BitSet(mat.length);
            for (int l = 0; l < mat.length; l++) {
                Rational sum = Rational.ZERO;
                for (int k = 0; k < v.point().size(); k++) {
                    if (v.point().get(k).signum() != 0) {
                        sum = sum.add(v.point().get(k).multiply(Rational.of(mat[l][k], BigInteger.ONE)));
                    }
                }
                if (sum.equals(Rational.ONE)) t.set(l);
            }
            out.add(new Vertex(v.strategy(), v.zero(), t, v.point()));
        }
        return out;
    }

    /**
     * The classes of identical rows of {@code mat} restricted to the columns {@code cols} (null:
     * all), each class in increasing order, classes ordered by their first row.
     */
    private static int[][] groups(BigInteger[][] mat, int[] cols) {
        Map<List<BigInteger>, List<Integer>> byRow = new LinkedHashMap<>();
        for (int r = 0; r < mat.length; r++) {
            List<BigInteger> key;
            if (cols == null) {
                key = List.of(mat[r]);
            } else {
                BigInteger[] k = new BigInteger[cols.length];
                for (int c = 0; c < cols.length; c++) k[c] = mat[r][cols[c]];
                key = List.of(k);
            }
            byRow.computeIfAbsent(key, x -> new ArrayList<>()).add(r);
        }
        int[][] out = new int[byRow.size()][];
        int g = 0;
        for (List<Integer> members : byRow.values()) out[g++] = members.stream().mapToInt(Integer::intValue).toArray();
        return out;
    }

    /** The vertices with their tight sets over the constraint classes mapped to the original constraints. */
    private static List<Vertex> expand(List<Vertex> vs, int[][] groups, int size) {
        List<Vertex> out = new ArrayList<>(vs.size());
        for (Vertex v : vs) {
            BitSet t = new BitSet(size);
            for (int g = v.tight().nextSetBit(0); g >= 0; g = v.tight().nextSetBit(g + 1)) {
                for (int l : groups[g]) t.set(l);
            }
            out.add(new Vertex(v.strategy(), v.zero(), t, v.point()));
        }
        return out;
    }

    /**
     * Tableau [M | I] of {u >= 0 : M u <= 1}, one row per class of identical constraints:
     * variables u_0..u_{a-1}, then one slack per class (basic).
     */
    private static IntegerTableau firstTableau(BigInteger[][] mm, int[][] groups, int a) {
        int b = groups.length;
        BigInteger[][] t = new BigInteger[b][a + b];
        BigInteger[] q = new BigInteger[b];
        int[] basis = new int[b];
        for (int l = 0; l < b; l++) {
            for (int k = 0; k < a; k++) t[l][k] = mm[groups[l][0]][k];
            for (int k = 0; k < b; k++) t[l][a + k] = k == l ? BigInteger.ONE : BigInteger.ZERO;
            q[l] = BigInteger.ONE;
            basis[l] = a + l;
        }
        return new IntegerTableau(t, q, basis);
    }

    /**
     * Tableau [I | N_C] of {v_C >= 0 : N_C v_C <= 1}, the face of the second polytope where v is
     * zero outside the columns cs, one row per class of identical rows of N_C: variables one
     * slack per class (basic), then v_{cs[0]}, v_{cs[1]}, ...
     */
    private static IntegerTableau secondTableau(BigInteger[][] nn, int[][] groups, int[] cs) {
        int a = groups.length;
        BigInteger[][] t = new BigInteger[a][a + cs.length];
        BigInteger[] q = new BigInteger[a];
        int[] basis = new int[a];
        for (int k = 0; k < a; k++) {
            for (int i = 0; i < a; i++) t[k][i] = i == k ? BigInteger.ONE : BigInteger.ZERO;
            for (int c = 0; c < cs.length; c++) t[k][a + c] = nn[groups[k][0]][cs[c]];
            q[k] = BigInteger.ONE;
            basis[k] = k;
        }
        return new IntegerTableau(t, q, basis);
    }

    /**
     * Vertices other than the origin of the polytope in tableau t, found by depth-first search
     * over its lexicographically feasible bases. The strategy variables are stratBase..+nStrat and
     * the constraint slacks slackBase..+nSlack; {@code index} maps strategy variable k to its
     * coordinate in a full strategy of length {@code full} (null: the identity). stats[0]
     * accumulates bases, stats[1] pivots.
     */
    private static List<Vertex> vertices(IntegerTableau t, int[] lex, int stratBase, int nStrat, int slackBase,
            int nSlack, int[] index, int full, long maxBases, long[] stats) {
        Map<List<Rational>, Vertex> out = new LinkedHashMap<>();
        Set<BitSet> seen = new HashSet<>();
        seen.add(basisKey(t));
        record(t, stratBase, nStrat, slackBase, nSlack, index, full, out);
        // explicit DFS stack: moves of each open basis and the pivot that undoes its entry
        List<int[]> moveStack = new ArrayList<>();
        List<int[]> posStack = new ArrayList<>();
        List<int[]> undoStack = new ArrayList<>();
        moveStack.add(moves(t, lex));
        posStack.add(new int[] {0});
        undoStack.add(null);
        long bases = 1;
        long pivots = 0;
        while (!moveStack.isEmpty()) {
            if ((pivots & 63) == 0) SolverInterruptedException.checkInterrupt("enummixed");
            int top = moveStack.size() - 1;
            int[] mv = moveStack.get(top);
            int[] pos = posStack.get(top);
            if (pos[0] >= mv.length) {
                int[] undo = undoStack.get(top);
                if (undo != null) {
                    t.pivot(undo[0], undo[1]);
                    pivots++;
                }
                moveStack.remove(top);
                posStack.remove(top);
                undoStack.remove(top);
                continue;
            }
            int r = mv[pos[0]];
            int s = mv[pos[0] + 1];
            pos[0] += 2;
            // look the neighbouring basis up before pivoting: most neighbours are already known
            BitSet next = basisKey(t);
            next.clear(t.basic(r));
            next.set(s);
            if (seen.contains(next)) continue;
            int leaving = t.pivot(r, s);
            pivots++;
            if (seen.add(next)) {
                bases++;
                if (bases > maxBases) {
                    throw new PivotLimitException("vertex enumeration exceeded " + maxBases + " bases", pivots);
                }
                record(t, stratBase, nStrat, slackBase, nSlack, index, full, out);
                moveStack.add(moves(t, lex));
                posStack.add(new int[] {0});
                undoStack.add(new int[] {r, leaving});
            }
        }
        stats[0] += bases;
        stats[1] += pivots;
        return new ArrayList<>(out.values());
    }

    /**
     * The lexicographic simplex pivots (row, column) from the current basis, one per nonbasic
     * column with a positive entry, as a flat array. These are the edges of the polytope with the
     * right-hand side perturbed to 1 + (ε, ε², ...): that polytope is simple, its vertices are
     * the lexicographically feasible bases, its graph is connected, and every vertex of the
     * unperturbed polytope is the limit of one of its vertices. Restricting the search to these
     * bases avoids visiting every basis of a highly degenerate vertex.
     */
    private static int[] moves(IntegerTableau t, int[] lex) {
        int[] buf = new int[2 * t.variables()];
        int k = 0;
        for (int s = 0; s < t.variables(); s++) {
            if (t.isBasic(s)) continue;
            int r = t.lexMinRatioRow(s, lex);
            if (r < 0) continue;
            buf[k++] = r;
            buf[k++] = s;
        }
        return java.util.Arrays.copyOf(buf, k);
    }

    private static BitSet basisKey(IntegerTableau t) {
        BitSet b = new BitSet(t.variables());
        for (int r = 0; r < t.rows(); r++) b.set(t.basic(r));
        return b;
    }

    private static void record(IntegerTableau t, int stratBase, int nStrat, int slackBase, int nSlack, int[] index,
            int full, Map<List<Rational>, Vertex> out) {
        int rhs = t.variables();
        BigInteger[] val = new BigInteger[nStrat];
        BigInteger sum = BigInteger.ZERO;
        for (int k = 0; k < nStrat; k++) {
            int r = t.rowOf(stratBase + k);
            val[k] = r < 0 ? BigInteger.ZERO : t.entry(r, rhs);
            sum = sum.add(val[k]);
        }
        if (sum.signum() == 0) return; // the origin
        // the vertex is identified by its unnormalised coordinates value/det
        int len = index == null ? nStrat : full;
        BigInteger det = t.determinant();
        Rational[] key = new Rational[len];
        Rational[] strategy = new Rational[len];
        java.util.Arrays.fill(key, Rational.ZERO);
        java.util.Arrays.fill(strategy, Rational.ZERO);
        BitSet zero = new BitSet(len);
        zero.set(0, len);
        for (int k = 0; k < nStrat; k++) {
            if (val[k].signum() == 0) continue;
            int c = index == null ? k : index[k];
            key[c] = Rational.of(val[k], det);
            strategy[c] = Rational.of(val[k], sum);
            zero.clear(c);
        }
        BitSet tight = new BitSet(nSlack);
        for (int l = 0; l < nSlack; l++) {
            int r = t.rowOf(slackBase + l);
            if (r < 0 || t.signum(r, rhs) == 0) tight.set(l);
        }
        List<Rational> point = List.of(key);
        out.putIfAbsent(point, new Vertex(List.of(strategy), zero, tight, point));
    }

    /**
     * Maximal bicliques of the bipartite graph (rows × columns, edges) by the Bron–Kerbosch
     * style search of Avis et al. (2010) restricted to closed sets: for each subset of rows, the
     * common neighbourhood of columns, kept when closed under the reverse map.
     */
    private static List<MaximalSubset> maximalBicliques(int nr, int nc, List<int[]> edges) {
        BitSet[] nbr = new BitSet[nr];
        for (int i = 0; i < nr; i++) nbr[i] = new BitSet(nc);
        for (int[] e : edges) nbr[e[0]].set(e[1]);
        // closed row sets are intersections; enumerate by closure from single rows upward
        Set<BitSet> closedCols = new HashSet<>();
        List<BitSet> frontier = new ArrayList<>();
        for (int i = 0; i < nr; i++) {
            if (closedCols.add(nbr[i])) frontier.add(nbr[i]);
        }
        // all intersections of neighbourhoods (closure under intersection)
        while (!frontier.isEmpty()) {
            List<BitSet> next = new ArrayList<>();
            for (BitSet c : frontier) {
                for (int i = 0; i < nr; i++) {
                    BitSet d = (BitSet) c.clone();
                    d.and(nbr[i]);
                    if (!d.isEmpty() && closedCols.add(d)) next.add(d);
                }
            }
            frontier = next;
        }
        List<MaximalSubset> out = new ArrayList<>();
        for (BitSet cols : closedCols) {
            if (cols.isEmpty()) continue;
            List<Integer> rs = new ArrayList<>();
            for (int i = 0; i < nr; i++) {
                BitSet c = (BitSet) cols.clone();
                c.andNot(nbr[i]);
                if (c.isEmpty()) rs.add(i);
            }
            List<Integer> cs = new ArrayList<>();
            cols.stream().forEach(cs::add);
            out.add(new MaximalSubset(rs, cs));
        }
        // keep only maximal ones: a closed column set with its full row set is maximal by closure
        out.sort((a, b) -> {
            int c = Integer.compare(a.rowVertices().get(0), b.rowVertices().get(0));
            return c != 0 ? c : Integer.compare(a.columnVertices().get(0), b.columnVertices().get(0));
        });
        return out;
    }
}
