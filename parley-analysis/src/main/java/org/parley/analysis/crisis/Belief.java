package org.parley.analysis.crisis;

import java.util.Objects;
import org.parley.games.numeric.Rational;

/**
 * The belief at an information set with two members (in the two-type games: the probability that the challenger is
 * resolved, i.e. of the first member in preorder). On the path it is Bayes' rule ({@code low == high}); off the path
 * every belief in [low, high] supports the equilibrium action, and {@code low} is the one used in checks.
 *
 * @param infoset label of the information set
 * @param onPath  whether the set is reached with positive probability
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

    @Override
    public String toString() {
        return infoset + ": P(resolved) " + (isPoint() ? "= " + low : "in [" + low + ", " + high + "]")
                + (onPath ? "" : " (off path)");
    }
}
