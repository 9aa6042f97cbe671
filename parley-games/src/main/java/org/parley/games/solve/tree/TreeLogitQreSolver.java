package org.parley.games.solve.tree;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.Action;
import org.parley.games.ExtensiveGame;
import org.parley.games.Game;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.Node;
import org.parley.games.SolverInterruptedException;
import org.parley.games.UnsupportedGameException;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.QreResult;
import org.parley.games.solve.QreSolver;
import org.parley.games.solve.Representation;
import org.parley.games.solve.SolverOptions;

/**
 * The agent logit quantal response equilibrium of a perfect-information tree at a given precision λ (McKelvey &amp;
 * Palfrey 1998, "Quantal response equilibria for extensive form games", Experimental Economics 1:9–41; used for
 * crisis games by Signorino 1999, APSR 93(2)). Registered as method {@code qre} (option λ).
 *
 * <p>Definition. At every personal node x (its own information set) the mover i chooses action a with probability
 * exp(λ V_i(x·a)) / Σ_b exp(λ V_i(x·b)), V_i(y) being i's expected payoff from y on under the choices below. On a
 * tree the choices below a node do not depend on those above, so the QRE is unique and is computed from the leaves
 * up in one pass, without a fixed-point iteration: λ = 0 is uniform choice, and as λ grows the profile tends to the
 * backward-induction equilibrium when that is strict. The exponentials are shifted by the largest value at the node,
 * so large λ does not overflow.
 *
 * <p>Verification: the result's logit residual is recomputed from the profile by
 * {@link org.parley.games.verify.LogitResidual} and must be at most {@link Options#tolerance()}
 * ({@link QreResult} refuses the profile otherwise). Games with an information set of several nodes are refused up
 * front (the general agent QRE needs a fixed point: see {@code org.parley.games.solve.nplayer.LogitQreTracer}).
 *
 * <p>Complexity O(nodes × players). Stateless and thread-safe.
 */
public final class TreeLogitQreSolver implements QreSolver {
    /** Registry name. */
    public static final String METHOD = "qre";
    /** Implementation version recorded in the provenance. */
    public static final String VERSION = "1";
    /** One line for the method list. */
    public static final String DESCRIPTION =
            "agent logit QRE at a given lambda of a perfect-information tree, computed leaves up";

    /**
     * Options.
     *
     * @param lambda    precision λ, finite and ≥ 0
     * @param tolerance largest logit residual accepted, finite and ≥ 0
     */
    public record Options(double lambda, double tolerance) implements SolverOptions {
        /** Default tolerance of the residual: 1e-12 (the leaves-up computation is exact up to rounding). */
        public static final double DEFAULT_TOLERANCE = 1e-12;

        public Options {
            if (!(lambda >= 0) || Double.isInfinite(lambda)) {
                throw new IllegalArgumentException("lambda must be finite and >= 0, was " + lambda);
            }
            if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
                throw new IllegalArgumentException("tolerance must be finite and >= 0, was " + tolerance);
            }
        }

        /** λ with the default tolerance. */
        public static Options at(double lambda) {
            return new Options(lambda, DEFAULT_TOLERANCE);
        }
    }

    private final Options options;

    public TreeLogitQreSolver(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public Options options() {
        return options;
    }

    @Override
    public String method() {
        return METHOD;
    }

    /**
     * @throws UnsupportedGameException for a strategic game, or a tree with an information set of several nodes
     * @throws org.parley.games.UnverifiedEquilibriumException if the residual exceeds the tolerance
     */
    @Override
    public QreResult solve(Game game) {
        long start = System.nanoTime();
        if (!(game instanceof ExtensiveGame g)) {
            throw new UnsupportedGameException(METHOD + " solves extensive games (perfect-information trees), not tables");
        }
        for (int i = 0; i < g.numPlayers(); i++) {
            for (Infoset h : g.infosets(i)) {
                if (h.members().size() != 1) {
                    throw new UnsupportedGameException("the leaves-up agent logit QRE needs perfect information; " + h
                            + " has " + h.members().size() + " nodes");
                }
            }
        }
        double lambda = options.lambda();
        int n = g.numPlayers();
        List<Node> nodes = g.nodes();
        double[][] value = new double[nodes.size()][];
        double[][][] p = new double[n][][];
        for (int i = 0; i < n; i++) {
            p[i] = new double[g.infosets(i).size()][];
            for (Infoset h : g.infosets(i)) {
                p[i][h.index()] = new double[h.numActions()];
            }
        }
        for (int k = nodes.size() - 1; k >= 0; k--) { // reversed preorder: children before parents
            SolverInterruptedException.checkInterrupt(METHOD);
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
                    w[a] = Math.exp(lambda * (value[x.children().get(a).index()][who] - max));
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
        MixedBehaviorProfile profile = MixedBehaviorProfile.ofDouble(g, p);
        return QreResult.of(g, METHOD, VERSION, lambda, Representation.AGENT, options, profile, options.tolerance(),
                Diagnostics.of(start, Map.of("nodes", (long) nodes.size())));
    }
}
