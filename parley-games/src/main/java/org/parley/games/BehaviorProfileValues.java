package org.parley.games;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.games.numeric.Rational;

/**
 * What a behaviour profile implies on its tree, node by node (pygambit's {@code realiz_prob}, {@code belief},
 * {@code node_value}, {@code infoset_prob}, {@code action_value}):
 * <ul>
 *   <li>realization probability ρ(x): the product of the probabilities of the actions (chance included) on the path
 *       from the root to x;</li>
 *   <li>node value v_i(x): player i's expected payoff from x on when everybody plays the profile below x
 *       (at a terminal node, its payoff);</li>
 *   <li>belief at a member x of an information set h: ρ(x) / Σ_{y∈h} ρ(y) (Bayes' rule) when h is reached with
 *       positive probability;</li>
 *   <li>action value of action a at h for the mover under a belief β over h's members: Σ_{x∈h} β(x) v_i(x·a).</li>
 * </ul>
 * Exact for exact profiles (and then also in doubles), doubles only for double profiles. Computed once, eagerly:
 * O(nodes × players). Immutable and thread-safe.
 */
public final class BehaviorProfileValues {
    private final MixedBehaviorProfile profile;
    private final Rational[] exactReach;
    private final Rational[][] exactValue;
    private final double[] reach;
    private final double[][] value;

    private BehaviorProfileValues(MixedBehaviorProfile profile) {
        this.profile = profile;
        ExtensiveGame g = profile.game();
        List<Node> nodes = g.nodes();
        int n = g.numPlayers();
        reach = new double[nodes.size()];
        value = new double[nodes.size()][n];
        for (Node x : nodes) { // preorder: parents before children
            reach[x.index()] = x.parent() == null ? 1.0 : reach[x.parent().index()] * profile.probability(x.priorAction());
        }
        for (int k = nodes.size() - 1; k >= 0; k--) { // reversed preorder: children before parents
            Node x = nodes.get(k);
            if (x.isTerminal()) {
                for (int i = 0; i < n; i++) {
                    value[x.index()][i] = g.payoff(x, i);
                }
                continue;
            }
            for (Action a : x.infoset().actions()) {
                double pa = profile.probability(a);
                for (int i = 0; i < n; i++) {
                    value[x.index()][i] += pa * value[x.child(a).index()][i];
                }
            }
        }
        if (profile.arithmetic() == Arithmetic.EXACT) {
            exactReach = new Rational[nodes.size()];
            exactValue = new Rational[nodes.size()][];
            for (Node x : nodes) {
                exactReach[x.index()] = x.parent() == null ? Rational.ONE
                        : exactReach[x.parent().index()].multiply(profile.exactProbability(x.priorAction()));
            }
            for (int k = nodes.size() - 1; k >= 0; k--) {
                Node x = nodes.get(k);
                Rational[] v = new Rational[n];
                if (x.isTerminal()) {
                    for (int i = 0; i < n; i++) {
                        v[i] = g.exactPayoff(x, i);
                    }
                } else {
                    java.util.Arrays.fill(v, Rational.ZERO);
                    for (Action a : x.infoset().actions()) {
                        Rational pa = profile.exactProbability(a);
                        if (pa.isZero()) {
                            continue;
                        }
                        Rational[] c = exactValue[x.child(a).index()];
                        for (int i = 0; i < n; i++) {
                            v[i] = v[i].add(pa.multiply(c[i]));
                        }
                    }
                }
                exactValue[x.index()] = v;
            }
        } else {
            exactReach = null;
            exactValue = null;
        }
    }

    /** Evaluates a profile on its game. */
    public static BehaviorProfileValues of(MixedBehaviorProfile profile) {
        return new BehaviorProfileValues(Objects.requireNonNull(profile, "profile"));
    }

    public MixedBehaviorProfile profile() {
        return profile;
    }

    private Node own(Node x) {
        ForeignObjectException.check(profile.game(), x.game(), "node");
        return x;
    }

    private void requireExact() {
        if (exactReach == null) {
            throw new IllegalStateException("double profile has no exact values");
        }
    }

    /** Probability that play reaches node x. */
    public double realizationProbability(Node x) {
        return reach[own(x).index()];
    }

    /** @throws IllegalStateException for a double profile */
    public Rational exactRealizationProbability(Node x) {
        requireExact();
        return exactReach[own(x).index()];
    }

    /** Probability that play reaches information set h (the sum over its members). */
    public double infosetProbability(Infoset h) {
        ForeignObjectException.check(profile.game(), h.game(), "information set");
        double s = 0;
        for (Node x : h.members()) {
            s += reach[x.index()];
        }
        return s;
    }

    /** @throws IllegalStateException for a double profile */
    public Rational exactInfosetProbability(Infoset h) {
        requireExact();
        ForeignObjectException.check(profile.game(), h.game(), "information set");
        Rational s = Rational.ZERO;
        for (Node x : h.members()) {
            s = s.add(exactReach[x.index()]);
        }
        return s;
    }

    /** Player {@code player}'s expected payoff from node x on. */
    public double nodeValue(Node x, int player) {
        return value[own(x).index()][player];
    }

    /** @throws IllegalStateException for a double profile */
    public Rational exactNodeValue(Node x, int player) {
        requireExact();
        return exactValue[own(x).index()][player];
    }

    /**
     * Bayes' belief at node x of a personal or chance information set: ρ(x) / ρ(h), or empty when h is reached with
     * probability 0.
     *
     * @throws IllegalStateException for a double profile, or at a terminal node
     */
    public Optional<Rational> exactBelief(Node x) {
        if (x.isTerminal()) {
            throw new IllegalStateException("a terminal node has no information set");
        }
        Rational total = exactInfosetProbability(x.infoset());
        return total.signum() == 0 ? Optional.empty() : Optional.of(exactReach[x.index()].divide(total));
    }

    /**
     * Expected payoff to the mover of taking action a at its information set, the members weighted by
     * {@code belief} (in member order).
     *
     * @throws IllegalArgumentException if the belief's length is not the number of members
     * @throws IllegalStateException for a double profile
     */
    public Rational exactActionValue(Action a, List<Rational> belief) {
        requireExact();
        Infoset h = a.infoset();
        ForeignObjectException.check(profile.game(), h.game(), "action");
        if (h.isChance()) {
            throw new IllegalArgumentException("chance actions have no mover");
        }
        if (belief.size() != h.members().size()) {
            throw new IllegalArgumentException(h + " has " + h.members().size() + " members, belief gives " + belief.size());
        }
        int i = h.player().index();
        Rational s = Rational.ZERO;
        for (int k = 0; k < belief.size(); k++) {
            s = s.add(belief.get(k).multiply(exactValue[h.members().get(k).child(a).index()][i]));
        }
        return s;
    }

    /**
     * Double version of {@link #exactActionValue}: Σ_k belief[k] · v_i(member_k · a), summed from the first member.
     *
     * @throws IllegalArgumentException if the belief's length is not the number of members
     */
    public double actionValue(Action a, double[] belief) {
        Infoset h = a.infoset();
        ForeignObjectException.check(profile.game(), h.game(), "action");
        if (h.isChance()) {
            throw new IllegalArgumentException("chance actions have no mover");
        }
        if (belief.length != h.members().size()) {
            throw new IllegalArgumentException(h + " has " + h.members().size() + " members, belief gives " + belief.length);
        }
        int i = h.player().index();
        double s = 0;
        for (int k = 0; k < belief.length; k++) {
            s += belief[k] * value[h.members().get(k).child(a).index()][i];
        }
        return s;
    }
}
