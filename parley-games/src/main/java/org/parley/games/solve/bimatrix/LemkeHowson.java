package org.parley.games.solve.bimatrix;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
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
 * The Lemke–Howson algorithm for bimatrix games, and the set of equilibria reachable by
 * Lemke–Howson paths (Gambit's {@code lcp} on strategic games).
 *
 * <p>Definition (Lemke and Howson 1964; von Stengel 2002, §3.4): with positive payoffs A', B',
 * the polytopes P = {x ≥ 0 : B'ᵀx ≤ 1} and Q = {y ≥ 0 : A'y ≤ 1} carry labels 1..m (x_i = 0 or
 * row i a best response) and m+1..m+n (column j a best response or y_j = 0). Starting at the
 * artificial equilibrium (0, 0), dropping label k and alternately pivoting in P and Q along the
 * edges of P × Q where all labels but k are present ends at a Nash equilibrium (normalise x, y).
 * Degeneracy is resolved by the lexicographic minimum-ratio rule on the slack columns, i.e. a
 * consistent lexicographic perturbation of the right-hand side, so paths are well defined and
 * reversible. In {@link Mode#ALL_REACHABLE} mode every label is followed from the artificial
 * equilibrium and then from every equilibrium found, until no new complementary basis appears.
 *
 * <p>Arithmetic: {@link Arithmetic#EXACT} pivots on fraction-free integer tableaus
 * ({@link IntegerTableau}); {@link Arithmetic#DOUBLE} pivots in doubles, then re-solves every
 * final basis exactly and checks it; if any check fails the whole computation is repeated
 * exactly and the result says so ({@link BimatrixResult#exactFallbacks()}). Every returned
 * equilibrium has exact zero regret.
 *
 * <p>Complexity: a path may need exponentially many pivots (Savani and von Stengel 2006); each
 * pivot costs O((m+n)·max(m,n)) operations. Stateless and thread-safe.
 */
public final class LemkeHowson {

    /** Which equilibria to compute. */
    public enum Mode {
        /** One path from the artificial equilibrium with the given start label. */
        SINGLE_PATH,
        /** All equilibria reachable from the artificial equilibrium by Lemke–Howson paths. */
        ALL_REACHABLE
    }

    /**
     * Options.
     *
     * @param arithmetic exact or double pivoting
     * @param mode one path or the reachable set
     * @param startLabel the dropped label for {@link Mode#SINGLE_PATH}, 1..m+n (Gambit numbering)
     * @param maxPivotsPerPath pivot budget for each path (positive)
     */
    public record Options(Arithmetic arithmetic, Mode mode, int startLabel, long maxPivotsPerPath) {
        public Options {
            if (arithmetic == null) throw new IllegalArgumentException("arithmetic must not be null");
            if (mode == null) throw new IllegalArgumentException("mode must not be null");
            if (startLabel < 1) throw new IllegalArgumentException("startLabel must be >= 1, was " + startLabel);
            if (maxPivotsPerPath < 1) {
                throw new IllegalArgumentException("maxPivotsPerPath must be positive, was " + maxPivotsPerPath);
            }
        }

        /** Gambit's default: all reachable equilibria, exact, one million pivots per path. */
        public static Options defaults() {
            return new Options(Arithmetic.EXACT, Mode.ALL_REACHABLE, 1, 1_000_000L);
        }

        /** One exact path dropping {@code label} (1-based). */
        public static Options singlePath(int label) {
            return new Options(Arithmetic.EXACT, Mode.SINGLE_PATH, label, 1_000_000L);
        }

        public Options withArithmetic(Arithmetic a) {
            return new Options(a, mode, startLabel, maxPivotsPerPath);
        }
    }

    /**
     * Runs Lemke–Howson on {@code game}.
     *
     * @throws IllegalArgumentException if the start label exceeds m+n
     * @throws PivotLimitException if a path exceeds the pivot budget
     */
    public BimatrixResult solve(Bimatrix game, Options options) {
        return solve(game, options, e -> true);
    }

    /**
     * As {@link #solve(Bimatrix, Options)}, passing each new equilibrium to {@code sink} as soon as it is
     * found and stopping when the sink returns false (the result then holds the equilibria found so far).
     * With double arithmetic a failed check reruns the computation exactly, so the sink may see an
     * equilibrium twice.
     */
    public BimatrixResult solve(Bimatrix game, Options options, java.util.function.Predicate<BimatrixEquilibrium> sink) {
        Sink s = new Sink(sink);
        int labels = game.rows() + game.columns();
        if (options.startLabel() > labels) {
            throw new IllegalArgumentException("startLabel " + options.startLabel() + " exceeds m+n = " + labels);
        }
        if (options.arithmetic() == Arithmetic.DOUBLE) {
            BimatrixResult r = solveDouble(game, options, s);
            if (r != null) return r;
            BimatrixResult exact = solveExact(game, options, s);
            return BimatrixResult.of(BimatrixMethod.LCP, Arithmetic.EXACT, exact.equilibria(), exact.pivots(),
                    exact.paths(), 1, Optional.empty());
        }
        return solveExact(game, options, s);
    }

    /** The caller's sink and whether it asked to stop. */
    private static final class Sink {
        final java.util.function.Predicate<BimatrixEquilibrium> target;
        boolean stopped;

        Sink(java.util.function.Predicate<BimatrixEquilibrium> target) {
            this.target = target;
        }

        void offer(BimatrixEquilibrium e) {
            if (!stopped && !target.test(e)) stopped = true;
        }
    }

    // ---------------------------------------------------------------- exact

    /**
     * An equilibrium waiting to have its paths followed: only the two bases (one variable per
     * row) and the label it was reached by; the tableaus are rebuilt from the initial ones when
     * the node is processed, so the queue costs O(m+n) integers per equilibrium.
     */
    private record Node(int[] p, int[] q, int arrivedBy) {
    }

    /**
     * A copy of {@code initial} pivoted to the given basis: each target variable not yet basic
     * enters in a row whose basic variable is not a target one and whose entry is nonzero (such a
     * row exists because the target columns are independent). At most one pivot per row.
     */
    static IntegerTableau atBasis(IntegerTableau initial, int[] target) {
        IntegerTableau t = initial.copy();
        java.util.BitSet wanted = new java.util.BitSet(t.variables());
        for (int v : target) wanted.set(v);
        for (int v : target) {
            if (t.isBasic(v)) continue;
            int row = -1;
            for (int r = 0; r < t.rows() && row < 0; r++) {
                if (!wanted.get(t.basic(r)) && t.signum(r, v) != 0) row = r;
            }
            if (row < 0) throw new IllegalStateException("internal error: basis to rebuild is singular");
            t.pivot(row, v);
        }
        return t;
    }

    private BimatrixResult solveExact(Bimatrix game, Options options, Sink sink) {
        int m = game.rows();
        int n = game.columns();
        IntegerTableau p0 = Polytopes.rowPlayerTableau(game);
        IntegerTableau q0 = Polytopes.columnPlayerTableau(game);
        int[] lexP = Polytopes.range(m, m + n);
        int[] lexQ = Polytopes.range(0, m);
        Map<List<List<Rational>>, BimatrixEquilibrium> found = new LinkedHashMap<>();
        long pivots = 0;
        long paths = 0;
        if (options.mode() == Mode.SINGLE_PATH) {
            IntegerTableau p = p0.copy();
            IntegerTableau q = q0.copy();
            pivots += followExact(p, q, options.startLabel() - 1, options.maxPivotsPerPath(), lexP, lexQ);
            paths++;
            record(game, found, p, q, m, n, sink);
        } else {
            Set<BitSet> seen = new HashSet<>();
            seen.add(key(p0, q0, m, n));
            ArrayDeque<Node> queue = new ArrayDeque<>();
            queue.add(new Node(p0.basisCopy(), q0.basisCopy(), -1));
            while (!queue.isEmpty() && !sink.stopped) {
                Node node = queue.poll();
                IntegerTableau np = atBasis(p0, node.p());
                IntegerTableau nq = atBasis(q0, node.q());
                for (int k = 0; k < m + n && !sink.stopped; k++) {
                    if (k == node.arrivedBy()) continue;
                    IntegerTableau p = np.copy();
                    IntegerTableau q = nq.copy();
                    pivots += followExact(p, q, k, options.maxPivotsPerPath(), lexP, lexQ);
                    paths++;
                    if (seen.add(key(p, q, m, n))) {
                        if (record(game, found, p, q, m, n, sink)) queue.add(new Node(p.basisCopy(), q.basisCopy(), k));
                    }
                }
            }
        }
        return BimatrixResult.of(BimatrixMethod.LCP, Arithmetic.EXACT, new ArrayList<>(found.values()), pivots, paths,
                0, Optional.empty());
    }

    private static boolean record(Bimatrix game, Map<List<List<Rational>>, BimatrixEquilibrium> found,
            IntegerTableau p, IntegerTableau q, int m, int n, Sink sink) {
        List<Rational> x = Polytopes.strategy(p, 0, m);
        List<Rational> y = Polytopes.strategy(q, m, n);
        if (x == null || y == null) return false; // back at the artificial equilibrium
        BimatrixEquilibrium e = BimatrixEquilibrium.evaluate(game, x, y);
        if (!e.isNash()) {
            throw new IllegalStateException("internal error: Lemke-Howson ended at a non-equilibrium, regret "
                    + e.maxRegret());
        }
        if (found.putIfAbsent(List.of(e.row(), e.column()), e) == null) sink.offer(e);
        return true;
    }

    private static BitSet key(IntegerTableau p, IntegerTableau q, int m, int n) {
        BitSet b = new BitSet(2 * (m + n));
        for (int r = 0; r < p.rows(); r++) b.set(p.basic(r));
        for (int r = 0; r < q.rows(); r++) b.set(m + n + q.basic(r));
        return b;
    }

    /** Follows the path dropping label k (0-based); returns the pivots made. */
    private static long followExact(IntegerTableau p, IntegerTableau q, int k, long budget, int[] lexP, int[] lexQ) {
        long count = 0;
        int entering = k;
        boolean inP = !p.isBasic(k);
        while (true) {
            if ((count & 63) == 0) SolverInterruptedException.checkInterrupt("lcp");
            IntegerTableau t = inP ? p : q;
            int r = t.lexRatioRowNegativePerturbation(entering, inP ? lexP : lexQ);
            if (r < 0) {
                throw new IllegalStateException("internal error: unbounded ray in a bounded best-response polytope");
            }
            int leaving = t.pivot(r, entering);
            count++;
            if (leaving == k) return count;
            if (count >= budget) {
                throw new PivotLimitException("Lemke-Howson path for label " + (k + 1) + " exceeded " + budget
                        + " pivots", count);
            }
            entering = leaving;
            inP = !inP;
        }
    }

    // ---------------------------------------------------------------- double

    private static final class DNode {
        final DoubleTableau p;
        final DoubleTableau q;
        final int arrivedBy;

        DNode(DoubleTableau p, DoubleTableau q, int arrivedBy) {
            this.p = p;
            this.q = q;
            this.arrivedBy = arrivedBy;
        }
    }

    /** Double pivoting with exact certification of every final basis; null if a check fails. */
    private BimatrixResult solveDouble(Bimatrix game, Options options, Sink sink) {
        int m = game.rows();
        int n = game.columns();
        double[][] a = game.positiveDoublePayoffs(true);
        double[][] b = game.positiveDoublePayoffs(false);
        double[][] pm = new double[n][m + n + 1];
        int[] pb = new int[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) pm[j][i] = b[i][j];
            pm[j][m + j] = 1.0;
            pm[j][m + n] = 1.0;
            pb[j] = m + j;
        }
        double[][] qm = new double[m][m + n + 1];
        int[] qb = new int[m];
        for (int i = 0; i < m; i++) {
            qm[i][i] = 1.0;
            for (int j = 0; j < n; j++) qm[i][m + j] = a[i][j];
            qm[i][m + n] = 1.0;
            qb[i] = i;
        }
        double eps = 1e-11;
        DoubleTableau p0 = new DoubleTableau(pm, pb, eps);
        DoubleTableau q0 = new DoubleTableau(qm, qb, eps);
        int[] lexP = Polytopes.range(m, m + n);
        int[] lexQ = Polytopes.range(0, m);
        BigInteger[][] ai = game.positiveIntegerPayoffs(true);
        BigInteger[][] bi = game.positiveIntegerPayoffs(false);
        BigInteger[][] ait = new BigInteger[n][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) ait[j][i] = ai[i][j];
        }
        Map<List<List<Rational>>, BimatrixEquilibrium> found = new LinkedHashMap<>();
        long pivots = 0;
        long paths = 0;
        Set<BitSet> seen = new HashSet<>();
        ArrayDeque<DNode> queue = new ArrayDeque<>();
        if (options.mode() == Mode.SINGLE_PATH) {
            DoubleTableau p = p0.copy();
            DoubleTableau q = q0.copy();
            if (!followDouble(p, q, options.startLabel() - 1, options.maxPivotsPerPath(), lexP, lexQ)) return null;
            pivots += p.pivots + q.pivots;
            paths++;
            if (certify(game, found, p, q, m, n, bi, ait, sink) != 1) return null;
        } else {
            seen.add(keyD(p0, q0, m, n));
            queue.add(new DNode(p0, q0, -1));
            while (!queue.isEmpty() && !sink.stopped) {
                DNode node = queue.poll();
                for (int k = 0; k < m + n && !sink.stopped; k++) {
                    if (k == node.arrivedBy) continue;
                    DoubleTableau p = node.p.copy();
                    DoubleTableau q = node.q.copy();
                    long before = p.pivots + q.pivots;
                    if (!followDouble(p, q, k, options.maxPivotsPerPath(), lexP, lexQ)) return null;
                    pivots += p.pivots + q.pivots - before;
                    paths++;
                    if (seen.add(keyD(p, q, m, n))) {
                        int c = certify(game, found, p, q, m, n, bi, ait, sink);
                        if (c < 0) return null;
                        if (c == 1) queue.add(new DNode(p, q, k));
                    }
                }
            }
        }
        return BimatrixResult.of(BimatrixMethod.LCP, Arithmetic.DOUBLE, new ArrayList<>(found.values()), pivots, paths,
                0, Optional.empty());
    }

    private static BitSet keyD(DoubleTableau p, DoubleTableau q, int m, int n) {
        BitSet b = new BitSet(2 * (m + n));
        for (int v : p.basis()) b.set(v);
        for (int v : q.basis()) b.set(m + n + v);
        return b;
    }

    /** 1: certified equilibrium recorded; 0: artificial equilibrium; −1: check failed. */
    private static int certify(Bimatrix game, Map<List<List<Rational>>, BimatrixEquilibrium> found, DoubleTableau p,
            DoubleTableau q, int m, int n, BigInteger[][] bi, BigInteger[][] ait, Sink sink) {
        List<Integer> sx = new ArrayList<>();
        List<Integer> tx = new ArrayList<>();
        for (int i = 0; i < m; i++) if (p.isBasic(i)) sx.add(i);
        for (int j = 0; j < n; j++) if (!p.isBasic(m + j)) tx.add(j);
        List<Integer> sy = new ArrayList<>();
        List<Integer> ty = new ArrayList<>();
        for (int j = 0; j < n; j++) if (q.isBasic(m + j)) sy.add(j);
        for (int i = 0; i < m; i++) if (!q.isBasic(i)) ty.add(i);
        if (sx.isEmpty() && sy.isEmpty()) return 0;
        if (sx.isEmpty() || sy.isEmpty()) return -1;
        List<Rational> x = ExactBasisSolver.solve(bi, m, toArray(sx), toArray(tx), n);
        List<Rational> y = ExactBasisSolver.solve(ait, n, toArray(sy), toArray(ty), m);
        if (x == null || y == null) return -1;
        BimatrixEquilibrium e = BimatrixEquilibrium.evaluate(game, x, y);
        if (!e.isNash()) return -1;
        if (found.putIfAbsent(List.of(e.row(), e.column()), e) == null) sink.offer(e);
        return 1;
    }

    private static int[] toArray(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean followDouble(DoubleTableau p, DoubleTableau q, int k, long budget, int[] lexP, int[] lexQ) {
        long count = 0;
        int entering = k;
        boolean inP = !p.isBasic(k);
        while (true) {
            if ((count & 63) == 0) SolverInterruptedException.checkInterrupt("lcp");
            DoubleTableau t = inP ? p : q;
            int r = t.lexRatioRowNegativePerturbation(entering, inP ? lexP : lexQ);
            if (r < 0) return false; // numerical trouble: let the exact method decide
            int leaving = t.pivot(r, entering);
            count++;
            if (leaving == k) return true;
            if (count >= budget) {
                throw new PivotLimitException("Lemke-Howson path for label " + (k + 1) + " exceeded " + budget
                        + " pivots", count);
            }
            entering = leaving;
            inP = !inP;
        }
    }
}
