package org.parley.games.verify;

import org.parley.games.Game;

/**
 * How much regret a double-arithmetic equilibrium may have: {@code absolute + relative * (max - min payoff)}
 * of the game, and the same bound on the deviation of each probability vector from a distribution
 * (negative entries, sums different from 1). Exact profiles are always checked exactly (regret must be 0);
 * their tolerance is {@link #EXACT}.
 *
 * @param absolute non-negative absolute bound
 * @param relative non-negative bound relative to the game's payoff range
 */
public record Tolerance(double absolute, double relative) {
    /** Zero tolerance, for exact arithmetic. */
    public static final Tolerance EXACT = new Tolerance(0, 0);
    /** Default for double solvers that converge to machine precision (pivoting methods): 1e-9 + 1e-9 * range. */
    public static final Tolerance DEFAULT = new Tolerance(1e-9, 1e-9);

    public Tolerance {
        if (!(absolute >= 0) || Double.isInfinite(absolute)) {
            throw new IllegalArgumentException("absolute must be finite and >= 0, was " + absolute);
        }
        if (!(relative >= 0) || Double.isInfinite(relative)) {
            throw new IllegalArgumentException("relative must be finite and >= 0, was " + relative);
        }
    }

    /** An absolute-only tolerance. */
    public static Tolerance of(double absolute) {
        return new Tolerance(absolute, 0);
    }

    /** The regret bound for a game: {@code absolute + relative * (max - min payoff)}. */
    public double allowed(Game g) {
        if (relative == 0) {
            return absolute;
        }
        double[] r = g.payoffRange();
        return absolute + relative * Math.max(0, r[1] - r[0]);
    }
}
