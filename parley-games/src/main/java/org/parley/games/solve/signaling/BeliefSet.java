package org.parley.games.solve.signaling;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.games.Infoset;
import org.parley.games.numeric.Rational;

/**
 * The receiver's beliefs about the sender's type at the information set of one message, in a perfect Bayesian
 * equilibrium. On the path the belief is Bayes' rule (one point). Off the path every belief in the polytope spanned by
 * {@code vertices} makes the equilibrium response optimal; {@code belief} is the one used in the checks (the vertex
 * that is lexicographically smallest, i.e. gives the first type the least weight). Beliefs are indexed by type.
 *
 * @param infoset  the receiver's information set
 * @param onPath   whether the message is sent with positive probability
 * @param vertices vertices of the set of admissible beliefs (one point on the path), each a distribution over types
 * @param belief   the belief used in the checks
 */
public record BeliefSet(Infoset infoset, boolean onPath, List<List<Rational>> vertices, List<Rational> belief) {
    public BeliefSet {
        Objects.requireNonNull(infoset, "infoset");
        List<List<Rational>> vs = new ArrayList<>();
        for (List<Rational> v : vertices) {
            vs.add(List.copyOf(v));
        }
        vertices = List.copyOf(vs);
        belief = List.copyOf(belief);
        if (vertices.isEmpty()) {
            throw new IllegalArgumentException("a belief set needs at least one point");
        }
    }

    /** Smallest probability of type t over the admissible beliefs. */
    public Rational lowest(int t) {
        Rational lo = null;
        for (List<Rational> v : vertices) {
            lo = lo == null ? v.get(t) : lo.min(v.get(t));
        }
        return lo;
    }

    /** Largest probability of type t over the admissible beliefs. */
    public Rational highest(int t) {
        Rational hi = null;
        for (List<Rational> v : vertices) {
            hi = hi == null ? v.get(t) : hi.max(v.get(t));
        }
        return hi;
    }

    /** Whether the admissible beliefs are a single point. */
    public boolean isPoint() {
        return vertices.size() == 1;
    }
}
