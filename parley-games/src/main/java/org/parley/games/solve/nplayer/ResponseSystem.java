package org.parley.games.solve.nplayer;

import org.parley.games.Game;
import org.parley.games.Profile;

/**
 * The payoff side of a logit system: a game whose choice variables are grouped in blocks (one block per
 * player of a strategic game, one per information set of a tree in the agent form), with the value of each
 * choice given a profile. Variables are flat in Gambit's order, so a flat vector is directly a profile.
 *
 * <p>{@link #evaluate} returns the values {@code q_k} and their log-scale derivatives
 * {@code l[k][m] = sigma_m * dq_k / dsigma_m}. Log-scale derivatives need no division by probabilities, so
 * they stay finite when probabilities underflow to zero. Implementations are immutable; all work arrays are
 * the caller's.
 */
abstract class ResponseSystem {
    /** Offsets of blocks: block b holds variables {@code start[b] .. start[b+1]-1}. */
    final int[] start;
    /** Block of each variable. */
    final int[] blockOf;
    /** Owner (0-based player) of each block. */
    final int[] owner;
    final int size;

    ResponseSystem(int[] blockSizes, int[] owner) {
        int nb = blockSizes.length;
        start = new int[nb + 1];
        for (int b = 0; b < nb; b++) {
            start[b + 1] = start[b] + blockSizes[b];
        }
        size = start[nb];
        blockOf = new int[size];
        for (int b = 0; b < nb; b++) {
            for (int k = start[b]; k < start[b + 1]; k++) {
                blockOf[k] = b;
            }
        }
        this.owner = owner.clone();
    }

    int blocks() {
        return start.length - 1;
    }

    abstract Game game();

    /**
     * Values of every choice at {@code sigma} ({@code logSigma} its logarithms, {@code -Infinity} for zeros).
     *
     * @param conditional for trees: values conditional on reaching the information set (agent QRE);
     *     otherwise weighted by the reach probability of the information set (zero where unreached).
     *     Strategic games ignore it (every block is reached).
     * @param l log-scale derivatives, or null when not needed
     */
    abstract void evaluate(double[] sigma, double[] logSigma, boolean conditional, double[] q, double[][] l);

    /** The flat vector as a double profile of {@link #game()}. */
    abstract Profile profile(double[] sigma);

    /** Payoff range max - min of the game (scale for tolerances), at least a tiny positive number. */
    double payoffScale() {
        double[] r = game().payoffRange();
        return Math.max(r[1] - r[0], 1e-300);
    }

    /** Uniform distribution in every block. */
    double[] centroid() {
        double[] s = new double[size];
        for (int b = 0; b < blocks(); b++) {
            int m = start[b + 1] - start[b];
            for (int k = start[b]; k < start[b + 1]; k++) {
                s[k] = 1.0 / m;
            }
        }
        return s;
    }
}
