package org.parley.games.solve.bimatrix;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The constraints of a polytope {u ≥ 0 : M u ≤ 1} (M nonnegative) that another constraint implies,
 * and how to recover their tightness exactly.
 *
 * <p>Row l is implied by row h when M_l ≤ M_h entrywise: for u ≥ 0, M_l u ≤ M_h u ≤ 1. Dropping
 * every row implied by another (of identical rows, all but the first) leaves the polytope
 * unchanged but removes degenerate bases. A dropped row l is tight at a point u of the polytope
 * iff its kept dominator h is tight and u vanishes wherever M_l is smaller than M_h:
 * M_l u = M_h u − Σ_k (M_hk − M_lk) u_k, and M_l u = 1 forces both M_h u = 1 and every term of the
 * sum to vanish. So labels are exact without evaluating the dropped rows.
 *
 * <p>Construction O(rows²·columns); queries O(rows·columns/64). Immutable.
 */
final class RedundantConstraints {
    /** Original indices of the kept rows, increasing. */
    final int[] kept;
    /** For each original row: the position in {@link #kept} of the row itself if kept, else of a kept dominator. */
    private final int[] keeper;
    /** For each original row: the columns where it is smaller than its keeper (empty for kept rows and duplicates). */
    private final BitSet[] smaller;
    private final int rows;

    RedundantConstraints(BigInteger[][] m) {
        rows = m.length;
        int cols = rows == 0 ? 0 : m[0].length;
        boolean[] removed = new boolean[rows];
        for (int l = 0; l < rows; l++) {
            for (int h = 0; h < rows && !removed[l]; h++) {
                if (h == l) continue;
                int cmp = compare(m[l], m[h]);
                // dominated, or identical to an earlier row
                if (cmp < 0 || (cmp == 0 && h < l)) removed[l] = true;
            }
        }
        List<Integer> keep = new ArrayList<>();
        for (int l = 0; l < rows; l++) {
            if (!removed[l]) keep.add(l);
        }
        kept = keep.stream().mapToInt(Integer::intValue).toArray();
        keeper = new int[rows];
        smaller = new BitSet[rows];
        for (int l = 0; l < rows; l++) {
            smaller[l] = new BitSet(cols);
            if (!removed[l]) {
                keeper[l] = keep.indexOf(l);
                continue;
            }
            keeper[l] = -1;
            for (int g = 0; g < kept.length && keeper[l] < 0; g++) {
                if (compare(m[l], m[kept[g]]) <= 0) keeper[l] = g;
            }
            if (keeper[l] < 0) throw new IllegalStateException("internal error: a dropped row without a kept dominator");
            BigInteger[] h = m[kept[keeper[l]]];
            for (int k = 0; k < cols; k++) {
                if (m[l][k].compareTo(h[k]) < 0) smaller[l].set(k);
            }
        }
    }

    /** −1 if x ≤ y entrywise and x ≠ y, 0 if equal, 1 otherwise. */
    private static int compare(BigInteger[] x, BigInteger[] y) {
        boolean equal = true;
        for (int k = 0; k < x.length; k++) {
            int c = x[k].compareTo(y[k]);
            if (c > 0) return 1;
            if (c < 0) equal = false;
        }
        return equal ? 0 : -1;
    }

    /** Whether any row was dropped. */
    boolean reduces() {
        return kept.length < rows;
    }

    /** The kept rows of m, in order. */
    BigInteger[][] keptRows(BigInteger[][] m) {
        BigInteger[][] out = new BigInteger[kept.length][];
        for (int g = 0; g < kept.length; g++) out[g] = m[kept[g]];
        return out;
    }

    /**
     * The tight original rows at a point with the given support, given which kept rows (by position)
     * are tight.
     */
    BitSet tightRows(BitSet keptTight, BitSet support) {
        BitSet out = new BitSet(rows);
        for (int l = 0; l < rows; l++) {
            if (keptTight.get(keeper[l]) && !smaller[l].intersects(support)) out.set(l);
        }
        return out;
    }

    /** Whether some dropped row is tight at a point with this support and these tight kept rows. */
    boolean anyDroppedTight(BitSet keptTight, BitSet support) {
        if (!reduces()) return false;
        int g = 0;
        for (int l = 0; l < rows; l++) {
            if (g < kept.length && kept[g] == l) {
                g++;
                continue;
            }
            if (keptTight.get(keeper[l]) && !smaller[l].intersects(support)) return true;
        }
        return false;
    }
}
