package org.parley.games;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.parley.games.numeric.Rational;

/**
 * A labelled payoff vector (one entry per player), referenced by cells of a table or by nodes of a tree.
 * Gambit numbers outcomes from 1; {@link #index()} is 0-based. Payoffs are held exactly and as doubles.
 */
public final class Outcome {
    private final Game game;
    private final int index;
    private final String label;
    private final Rational[] payoffs;
    private final double[] doublePayoffs;

    Outcome(Game game, int index, String label, Rational[] payoffs) {
        this.game = game;
        this.index = index;
        this.label = Objects.requireNonNull(label, "label");
        this.payoffs = payoffs.clone();
        this.doublePayoffs = new double[payoffs.length];
        for (int i = 0; i < payoffs.length; i++) {
            doublePayoffs[i] = payoffs[i].doubleValue();
        }
    }

    public Game game() {
        return game;
    }

    public int index() {
        return index;
    }

    public String label() {
        return label;
    }

    public Rational payoff(int player) {
        return payoffs[player];
    }

    public double doublePayoff(int player) {
        return doublePayoffs[player];
    }

    public List<Rational> payoffs() {
        return List.of(payoffs);
    }

    Rational[] payoffArray() {
        return payoffs;
    }

    @Override
    public String toString() {
        return "outcome " + (index + 1) + " \"" + label + "\" " + Arrays.toString(payoffs);
    }
}
