package org.parley.games.solve.nplayer;

import java.util.Arrays;

/** Euclidean projection onto a probability simplex (sort-based, O(m log m)). Package-private helper. */
final class Simplices {
    private Simplices() {
    }

    /** Replaces {@code x[s .. s+len-1]} by its Euclidean projection onto the simplex of dimension len-1. */
    static void project(double[] x, int s, int len) {
        double[] v = Arrays.copyOfRange(x, s, s + len);
        Arrays.sort(v);
        double cum = 0;
        double tau = 0;
        for (int k = len - 1; k >= 0; k--) {
            cum += v[k];
            double t = (cum - 1.0) / (len - k);
            if (k == 0 || v[k - 1] <= t) {
                tau = t;
                break;
            }
        }
        for (int k = 0; k < len; k++) {
            x[s + k] = Math.max(0.0, x[s + k] - tau);
        }
    }
}
