package org.parley.analysis.crisis;

import java.util.Objects;
import org.parley.games.numeric.Rational;

/**
 * The defender's belief that the challenger is resolved at one of its information sets (after a signal, after none).
 * On the path it is Bayes' rule ({@code low == high}); off the path every belief in [low, high] supports the
 * equilibrium action, and {@code low} is the one used in the checks.
 *
 * @param infoset label of the information set
 * @param onPath  whether the set is reached with positive probability
 * @param low     smallest admissible P(resolved)
 * @param high    largest admissible P(resolved)
 */
public record Belief(String infoset, boolean onPath, Rational low, Rational high) {
    public Belief {
        Objects.requireNonNull(infoset, "infoset");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("belief low " + low + " > high " + high);
        }
    }

    public boolean isPoint() {
        return low.equals(high);
    }
}
