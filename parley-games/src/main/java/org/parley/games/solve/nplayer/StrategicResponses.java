package org.parley.games.solve.nplayer;

import org.parley.games.MixedStrategyProfile;
import org.parley.games.Profile;
import org.parley.games.StrategicGame;

/**
 * {@link ResponseSystem} of a strategic game: one block per player; the value of strategy s of player i is
 * {@code u_i(s, sigma_-i)}. One pass over the cells computes values, O(cells * n); with derivatives
 * O(cells * n^2) (prefix/suffix products, no division). Work arrays are fields: an instance is made per solver
 * call and used by one thread.
 */
final class StrategicResponses extends ResponseSystem {
    private final StrategicGame game;
    private final int n;
    private final int cells;
    private final int[] shape;
    private final double[][] payoff;
    // work arrays: an instance serves one solver call on one thread
    private final int[] prof;
    private final int[] var;
    private final double[] p;
    private final double[] pre;
    private final double[] suf;

    StrategicResponses(StrategicGame g) {
        super(g.shape(), owners(g.numPlayers()));
        this.game = g;
        this.n = g.numPlayers();
        this.cells = g.numCells();
        this.shape = g.shape();
        this.payoff = new double[n][];
        for (int i = 0; i < n; i++) {
            payoff[i] = g.payoffTable(i);
        }
        prof = new int[n];
        var = new int[n];
        p = new double[n];
        pre = new double[n + 1];
        suf = new double[n + 1];
    }

    private static int[] owners(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        return o;
    }

    @Override
    StrategicGame game() {
        return game;
    }

    @Override
    Profile profile(double[] sigma) {
        return MixedStrategyProfile.ofDoubleFlat(game, sigma);
    }

    @Override
    void evaluate(double[] sigma, double[] logSigma, boolean conditional, double[] q, double[][] l) {
        java.util.Arrays.fill(q, 0, size, 0.0);
        if (l != null) {
            for (int k = 0; k < size; k++) {
                java.util.Arrays.fill(l[k], 0, size, 0.0);
            }
        }
        java.util.Arrays.fill(prof, 0);
        for (int i = 0; i < n; i++) {
            var[i] = start[i];
        }
        for (int c = 0; c < cells; c++) {
            for (int i = 0; i < n; i++) {
                p[i] = sigma[var[i]];
            }
            pre[0] = 1.0;
            for (int i = 0; i < n; i++) {
                pre[i + 1] = pre[i] * p[i];
            }
            suf[n] = 1.0;
            for (int i = n - 1; i >= 0; i--) {
                suf[i] = suf[i + 1] * p[i];
            }
            for (int i = 0; i < n; i++) {
                double w = pre[i] * suf[i + 1];
                double u = payoff[i][c];
                if (u == 0.0) {
                    continue;
                }
                q[var[i]] += w * u;
                if (l != null && w != 0.0) {
                    // sigma_t * d/dsigma_t of the product over j != i is the product itself when t is played
                    double[] row = l[var[i]];
                    double wu = w * u;
                    for (int j = 0; j < n; j++) {
                        if (j != i) {
                            row[var[j]] += wu;
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (++prof[i] < shape[i]) {
                    var[i]++;
                    break;
                }
                prof[i] = 0;
                var[i] = start[i];
            }
        }
    }

    /**
     * Plain derivatives {@code d[k][m] = dq_k / dsigma_m} (no sigma factor), needed where a probability is
     * zero (polishing at the boundary). O(cells * n^3).
     */
    void plainDerivatives(double[] sigma, double[][] d) {
        for (int k = 0; k < size; k++) {
            java.util.Arrays.fill(d[k], 0, size, 0.0);
        }
        java.util.Arrays.fill(prof, 0);
        for (int i = 0; i < n; i++) {
            var[i] = start[i];
        }
        for (int c = 0; c < cells; c++) {
            for (int i = 0; i < n; i++) {
                double u = payoff[i][c];
                if (u == 0.0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (j == i) {
                        continue;
                    }
                    double w = u;
                    for (int k = 0; k < n && w != 0.0; k++) {
                        if (k != i && k != j) {
                            w *= sigma[var[k]];
                        }
                    }
                    d[var[i]][var[j]] += w;
                }
            }
            for (int i = 0; i < n; i++) {
                if (++prof[i] < shape[i]) {
                    var[i]++;
                    break;
                }
                prof[i] = 0;
                var[i] = start[i];
            }
        }
    }
}
