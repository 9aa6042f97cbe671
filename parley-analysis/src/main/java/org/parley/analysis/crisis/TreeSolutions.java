package org.parley.analysis.crisis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.games.Action;
import org.parley.games.ExtensiveGame;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.Node;
import org.parley.games.UnsupportedGameException;
import org.parley.games.numeric.Rational;

/**
 * Solutions and evaluations on the engine's game trees, used by the crisis templates.
 *
 * <ul>
 *   <li>{@link #backwardInduction}: subgame-perfect equilibrium of a perfect-information tree (Kuhn/Zermelo):
 *       from the leaves up, each mover picks an action maximising its own continuation payoff (exact); ties go to
 *       the lowest-numbered action and are reported. O(nodes × players).</li>
 *   <li>{@link #agentLogit}: the agent quantal response equilibrium of a perfect-information tree with logit
 *       choice (McKelvey &amp; Palfrey 1998; Signorino 1999): from the leaves up, the mover at node n chooses
 *       action a with probability exp(λ V(n·a)) / Σ_b exp(λ V(n·b)), V being its own expected payoff of the child
 *       under the choices below. Unique for a tree (no fixed point is needed). λ = 0 is uniform choice; λ → ∞
 *       tends to backward induction when the latter is strict. O(nodes × players).</li>
 *   <li>reach probabilities, continuation values and outcome distributions of any behaviour profile.</li>
 * </ul>
 */
public final class TreeSolutions {
    private TreeSolutions() {
    }

    /** A solution of a tree: the profile and the ties broken on the way. */
    public record Solution(MixedBehaviorProfile profile, List<String> ties) {
        public Solution {
            ties = List.copyOf(ties);
        }
    }

    private static void requirePerfectInformation(ExtensiveGame g, String method) {
        for (int i = 0; i < g.numPlayers(); i++) {
            for (Infoset h : g.infosets(i)) {
                if (h.members().size() != 1) {
                    throw new UnsupportedGameException(method + " needs perfect information; " + h + " has "
                            + h.members().size() + " nodes");
                }
            }
        }
    }

    /**
     * Backward induction.
     *
     * @throws UnsupportedGameException if some information set has more than one node
     */
    public static Solution backwardInduction(ExtensiveGame g) {
        requirePerfectInformation(g, "backward induction");
        int n = g.numPlayers();
        Rational[][] value = new Rational[g.nodes().size()][];
        Rational[][][] p = emptyExact(g);
        List<String> ties = new ArrayList<>();
        List<Node> nodes = g.nodes();
        for (int k = nodes.size() - 1; k >= 0; k--) { // preorder reversed: children before parents
            Node x = nodes.get(k);
            if (x.isTerminal()) {
                Rational[] v = new Rational[n];
                for (int i = 0; i < n; i++) {
                    v[i] = g.exactPayoff(x, i);
                }
                value[x.index()] = v;
            } else if (x.infoset().isChance()) {
                Rational[] v = zeros(n);
                for (Action a : x.infoset().actions()) {
                    Rational[] c = value[x.child(a).index()];
                    for (int i = 0; i < n; i++) {
                        v[i] = v[i].add(a.probability().multiply(c[i]));
                    }
                }
                value[x.index()] = v;
            } else {
                int who = x.player().index();
                int best = 0;
                List<Integer> tied = new ArrayList<>();
                for (int a = 0; a < x.children().size(); a++) {
                    int c = value[x.children().get(a).index()][who].compareTo(value[x.children().get(best).index()][who]);
                    if (c > 0) {
                        best = a;
                        tied.clear();
                    } else if (c == 0 && a != best) {
                        tied.add(a);
                    }
                }
                if (!tied.isEmpty()) {
                    ties.add(x.player().label() + " is indifferent at '" + x.infoset().label() + "' between "
                            + x.infoset().action(best).label() + " and " + x.infoset().action(tied.get(0)).label()
                            + "; took " + x.infoset().action(best).label());
                }
                Infoset h = x.infoset();
                for (int a = 0; a < h.numActions(); a++) {
                    p[who][h.index()][a] = a == best ? Rational.ONE : Rational.ZERO;
                }
                value[x.index()] = value[x.children().get(best).index()];
            }
        }
        return new Solution(MixedBehaviorProfile.ofExact(g, p), ties);
    }

    /**
     * Agent logit QRE at precision {@code lambda} ≥ 0.
     *
     * @throws UnsupportedGameException if some information set has more than one node
     * @throws IllegalArgumentException if lambda is negative or not finite
     */
    public static Solution agentLogit(ExtensiveGame g, double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and >= 0, got " + lambda);
        }
        requirePerfectInformation(g, "the closed-form agent logit QRE");
        int n = g.numPlayers();
        double[][] value = new double[g.nodes().size()][];
        double[][][] p = emptyDouble(g);
        List<Node> nodes = g.nodes();
        for (int k = nodes.size() - 1; k >= 0; k--) {
            Node x = nodes.get(k);
            double[] v = new double[n];
            if (x.isTerminal()) {
                for (int i = 0; i < n; i++) {
                    v[i] = g.payoff(x, i);
                }
            } else if (x.infoset().isChance()) {
                for (Action a : x.infoset().actions()) {
                    double[] c = value[x.child(a).index()];
                    for (int i = 0; i < n; i++) {
                        v[i] += a.probability().doubleValue() * c[i];
                    }
                }
            } else {
                int who = x.player().index();
                int m = x.children().size();
                double max = Double.NEGATIVE_INFINITY;
                for (Node c : x.children()) {
                    max = Math.max(max, value[c.index()][who]);
                }
                double[] w = new double[m];
                double sum = 0;
                for (int a = 0; a < m; a++) {
                    w[a] = Math.exp(lambda * (value[x.children().get(a).index()][who] - max)); // shifted: no overflow
                    sum += w[a];
                }
                for (int a = 0; a < m; a++) {
                    w[a] /= sum;
                    p[who][x.infoset().index()][a] = w[a];
                    double[] c = value[x.children().get(a).index()];
                    for (int i = 0; i < n; i++) {
                        v[i] += w[a] * c[i];
                    }
                }
            }
            value[x.index()] = v;
        }
        return new Solution(MixedBehaviorProfile.ofDouble(g, p), List.of());
    }

    /** Probability of reaching each node (indexed by node index), exactly. */
    public static Rational[] exactReach(MixedBehaviorProfile b) {
        ExtensiveGame g = b.game();
        Rational[] r = new Rational[g.nodes().size()];
        for (Node x : g.nodes()) {
            if (x.parent() == null) {
                r[x.index()] = Rational.ONE;
            } else {
                Action a = x.priorAction();
                Rational pa = a.infoset().isChance() ? a.probability() : b.exactProbability(a);
                r[x.index()] = r[x.parent().index()].multiply(pa);
            }
        }
        return r;
    }

    /** Probability of reaching each node, in doubles. */
    public static double[] reach(MixedBehaviorProfile b) {
        ExtensiveGame g = b.game();
        double[] r = new double[g.nodes().size()];
        for (Node x : g.nodes()) {
            if (x.parent() == null) {
                r[x.index()] = 1.0;
            } else {
                Action a = x.priorAction();
                double pa = a.infoset().isChance() ? a.probability().doubleValue() : b.probability(a);
                r[x.index()] = r[x.parent().index()] * pa;
            }
        }
        return r;
    }

    /** Expected payoff of every player from each node on, under the profile (exact). */
    public static Rational[][] exactValues(MixedBehaviorProfile b) {
        ExtensiveGame g = b.game();
        int n = g.numPlayers();
        Rational[][] v = new Rational[g.nodes().size()][];
        for (int k = g.nodes().size() - 1; k >= 0; k--) {
            Node x = g.nodes().get(k);
            if (x.isTerminal()) {
                v[x.index()] = new Rational[n];
                for (int i = 0; i < n; i++) {
                    v[x.index()][i] = g.exactPayoff(x, i);
                }
                continue;
            }
            Rational[] s = zeros(n);
            for (Action a : x.infoset().actions()) {
                Rational pa = a.infoset().isChance() ? a.probability() : b.exactProbability(a);
                if (pa.isZero()) {
                    continue;
                }
                Rational[] c = v[x.child(a).index()];
                for (int i = 0; i < n; i++) {
                    s[i] = s[i].add(pa.multiply(c[i]));
                }
            }
            v[x.index()] = s;
        }
        return v;
    }

    /** Expected payoff of every player from each node on, under the profile (doubles). */
    public static double[][] values(MixedBehaviorProfile b) {
        ExtensiveGame g = b.game();
        int n = g.numPlayers();
        double[][] v = new double[g.nodes().size()][n];
        for (int k = g.nodes().size() - 1; k >= 0; k--) {
            Node x = g.nodes().get(k);
            if (x.isTerminal()) {
                for (int i = 0; i < n; i++) {
                    v[x.index()][i] = g.payoff(x, i);
                }
                continue;
            }
            for (Action a : x.infoset().actions()) {
                double pa = a.infoset().isChance() ? a.probability().doubleValue() : b.probability(a);
                for (int i = 0; i < n; i++) {
                    v[x.index()][i] += pa * v[x.child(a).index()][i];
                }
            }
        }
        return v;
    }

    /**
     * Largest deviation of a perfect-information profile from the logit equations at precision lambda, each
     * recomputed from the profile's own continuation values: an independent check of {@link #agentLogit}.
     */
    public static double logitResidual(MixedBehaviorProfile b, double lambda) {
        double[][] v = values(b);
        double worst = 0;
        for (Node x : b.game().nodes()) {
            if (x.isTerminal() || x.infoset().isChance()) {
                continue;
            }
            int who = x.player().index();
            double max = Double.NEGATIVE_INFINITY;
            for (Node c : x.children()) {
                max = Math.max(max, v[c.index()][who]);
            }
            double sum = 0;
            for (Node c : x.children()) {
                sum += Math.exp(lambda * (v[c.index()][who] - max));
            }
            for (int a = 0; a < x.children().size(); a++) {
                double want = Math.exp(lambda * (v[x.children().get(a).index()][who] - max)) / sum;
                worst = Math.max(worst, Math.abs(want - b.probability(x.infoset().action(a))));
            }
        }
        return worst;
    }

    /** Probability of each terminal outcome label, summed over terminals with the same label (preorder of first use). */
    public static Map<String, Double> outcomeProbabilities(MixedBehaviorProfile b) {
        double[] r = reach(b);
        Map<String, Double> out = new LinkedHashMap<>();
        for (Node t : b.game().terminals()) {
            out.merge(outcomeLabel(t), r[t.index()], Double::sum);
        }
        return out;
    }

    /** Exact version of {@link #outcomeProbabilities}. */
    public static Map<String, Rational> exactOutcomeProbabilities(MixedBehaviorProfile b) {
        Rational[] r = exactReach(b);
        Map<String, Rational> out = new LinkedHashMap<>();
        for (Node t : b.game().terminals()) {
            out.merge(outcomeLabel(t), r[t.index()], Rational::add);
        }
        return out;
    }

    /** Label of a terminal node: its outcome's label, else the node label. */
    public static String outcomeLabel(Node t) {
        return t.outcome() != null ? t.outcome().label() : t.label();
    }

    /** The equilibrium path: every action taken with positive probability at a node reached with positive probability. */
    public static List<String> path(MixedBehaviorProfile b) {
        double[] r = reach(b);
        List<String> out = new ArrayList<>();
        for (Node x : b.game().nodes()) {
            if (x.isTerminal() || r[x.index()] <= 0) {
                continue;
            }
            for (Action a : x.infoset().actions()) {
                double pa = a.infoset().isChance() ? a.probability().doubleValue() : b.probability(a);
                if (pa > 0) {
                    String who = x.infoset().isChance() ? "chance" : x.player().label();
                    String at = x.label().isEmpty() ? "" : " [" + x.label() + "]";
                    out.add(who + at + ": " + a.label() + (pa < 1 ? String.format(Locale.ROOT, " (%.4g)", pa) : "")
                            + (x.child(a).isTerminal() ? " -> " + outcomeLabel(x.child(a)) : ""));
                }
            }
        }
        return out;
    }

    static Rational[] zeros(int n) {
        Rational[] v = new Rational[n];
        java.util.Arrays.fill(v, Rational.ZERO);
        return v;
    }

    static Rational[][][] emptyExact(ExtensiveGame g) {
        Rational[][][] p = new Rational[g.numPlayers()][][];
        for (int i = 0; i < p.length; i++) {
            List<Infoset> hs = g.infosets(i);
            p[i] = new Rational[hs.size()][];
            for (int h = 0; h < hs.size(); h++) {
                p[i][h] = new Rational[hs.get(h).numActions()];
                java.util.Arrays.fill(p[i][h], Rational.ZERO);
            }
        }
        return p;
    }

    static double[][][] emptyDouble(ExtensiveGame g) {
        double[][][] p = new double[g.numPlayers()][][];
        for (int i = 0; i < p.length; i++) {
            List<Infoset> hs = g.infosets(i);
            p[i] = new double[hs.size()][];
            for (int h = 0; h < hs.size(); h++) {
                p[i][h] = new double[hs.get(h).numActions()];
            }
        }
        return p;
    }
}
