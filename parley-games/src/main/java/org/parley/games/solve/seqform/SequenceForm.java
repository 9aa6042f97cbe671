package org.parley.games.solve.seqform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.parley.games.Action;
import org.parley.games.ExtensiveGame;
import org.parley.games.ForeignObjectException;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.Node;
import org.parley.games.UnsupportedGameException;
import org.parley.games.numeric.Rational;

/**
 * The sequence form of a two-player extensive game with perfect recall (Koller, Megiddo and von Stengel,
 * "Efficient computation of equilibria for extensive two-person games", GEB 14 (1996) 247–259; von Stengel,
 * "Efficient computation of behavior strategies", GEB 14 (1996) 220–246).
 *
 * <p>Definition. A <em>sequence</em> of player i is the empty sequence ∅ or a pair (h, a) of one of his
 * information sets and an action there; by perfect recall every information set h has a unique parent
 * sequence σ(h), the player's last own move before h. Sequences are numbered ∅ = 0, then (h, a) in the order of
 * information sets and actions ({@link #sequenceIndex}). A <em>realization plan</em> x of player 1 satisfies
 * x ≥ 0 and E x = e, with one row for ∅ (x(∅) = 1) and one per information set h
 * (−x(σ(h)) + Σ_a x(h, a) = 0); likewise F y = f for player 2. The sequence-form payoff matrices are
 * A[σ][τ] = Σ_t P_chance(t) u_1(t) and B[σ][τ] = Σ_t P_chance(t) u_2(t), summing over terminal nodes t whose
 * last sequences of players 1 and 2 are σ and τ, with P_chance(t) the product of chance probabilities on the
 * path; then the expected payoffs of a pair of realization plans are xᵀAy and xᵀBy.
 *
 * <p>Exact ({@link Rational}), immutable, thread-safe. Building costs O(nodes) plus the dense matrices
 * (|S_1|·|S_2| entries, where |S_i| = 1 + number of player i's actions).
 */
public final class SequenceForm {
    private final ExtensiveGame game;
    /** [player][infoset] first sequence index of the infoset's actions. */
    private final int[][] firstSequence;
    /** [player][infoset] parent sequence. */
    private final int[][] parentSequence;
    /** [player][sequence] infoset index, -1 for the empty sequence. */
    private final int[][] infosetOf;
    /** [player][sequence] action index, -1 for the empty sequence. */
    private final int[][] actionOf;
    private final Rational[][] payoff1;
    private final Rational[][] payoff2;
    /** [player][terminal position] last own sequence at each terminal node. */
    private final int[][] terminalSequence;
    private final Rational[] terminalChance;

    private SequenceForm(ExtensiveGame game) {
        this.game = game;
        firstSequence = new int[2][];
        parentSequence = new int[2][];
        infosetOf = new int[2][];
        actionOf = new int[2][];
        for (int i = 0; i < 2; i++) {
            List<Infoset> hs = game.infosets(i);
            int n = 1 + game.numActions(i);
            firstSequence[i] = new int[hs.size()];
            parentSequence[i] = new int[hs.size()];
            Arrays.fill(parentSequence[i], -1);
            infosetOf[i] = new int[n];
            actionOf[i] = new int[n];
            infosetOf[i][0] = -1;
            actionOf[i][0] = -1;
            int k = 1;
            for (Infoset h : hs) {
                firstSequence[i][h.index()] = k;
                for (int a = 0; a < h.numActions(); a++) {
                    infosetOf[i][k] = h.index();
                    actionOf[i][k] = a;
                    k++;
                }
            }
        }
        // last own sequence at every node, per player (preorder: parents first)
        List<Node> nodes = game.nodes();
        int[][] seqAt = new int[2][nodes.size()];
        Rational[] chanceAt = new Rational[nodes.size()];
        for (Node x : nodes) {
            int k = x.index();
            Node par = x.parent();
            if (par == null) {
                seqAt[0][k] = 0;
                seqAt[1][k] = 0;
                chanceAt[k] = Rational.ONE;
            } else {
                for (int i = 0; i < 2; i++) {
                    seqAt[i][k] = seqAt[i][par.index()];
                }
                chanceAt[k] = chanceAt[par.index()];
                Infoset h = par.infoset();
                if (h.isChance()) {
                    chanceAt[k] = chanceAt[k].multiply(x.priorAction().probability());
                } else {
                    int i = h.player().index();
                    seqAt[i][k] = firstSequence[i][h.index()] + x.priorAction().index();
                }
            }
            if (!x.isTerminal() && !x.infoset().isChance()) {
                int i = x.player().index();
                int h = x.infoset().index();
                if (parentSequence[i][h] == -1) {
                    parentSequence[i][h] = seqAt[i][k];
                } else if (parentSequence[i][h] != seqAt[i][k]) {
                    // cannot happen after the perfect-recall check; kept as a guard
                    throw new UnsupportedGameException("information set " + (h + 1) + " of player " + (i + 1)
                            + " has members with different own histories (imperfect recall)");
                }
            }
        }
        int n1 = numSequences(0);
        int n2 = numSequences(1);
        payoff1 = zeros(n1, n2);
        payoff2 = zeros(n1, n2);
        List<Node> ts = game.terminals();
        terminalSequence = new int[2][ts.size()];
        terminalChance = new Rational[ts.size()];
        for (int t = 0; t < ts.size(); t++) {
            Node x = ts.get(t);
            int s = seqAt[0][x.index()];
            int u = seqAt[1][x.index()];
            Rational c = chanceAt[x.index()];
            terminalSequence[0][t] = s;
            terminalSequence[1][t] = u;
            terminalChance[t] = c;
            if (c.isZero()) {
                continue;
            }
            payoff1[s][u] = payoff1[s][u].add(c.multiply(game.exactPayoff(x, 0)));
            payoff2[s][u] = payoff2[s][u].add(c.multiply(game.exactPayoff(x, 1)));
        }
    }

    private static Rational[][] zeros(int r, int c) {
        Rational[][] m = new Rational[r][c];
        for (Rational[] row : m) {
            Arrays.fill(row, Rational.ZERO);
        }
        return m;
    }

    /**
     * The sequence form of {@code game}.
     *
     * @throws UnsupportedGameException if the game does not have exactly two players or lacks perfect recall
     */
    public static SequenceForm of(ExtensiveGame game) {
        Objects.requireNonNull(game, "game");
        if (game.numPlayers() != 2) {
            throw new UnsupportedGameException("the sequence form needs exactly two players, the game has " + game.numPlayers());
        }
        if (!game.perfectRecall()) {
            throw new UnsupportedGameException("the sequence form needs perfect recall; \"" + game.title()
                    + "\" has an information set whose nodes differ in the player's own earlier moves");
        }
        return new SequenceForm(game);
    }

    public ExtensiveGame game() {
        return game;
    }

    /** Number of sequences of a player (0 or 1): 1 + his number of actions. */
    public int numSequences(int player) {
        return infosetOf[player].length;
    }

    /** Number of rows of E (player 0) or F (player 1): 1 + number of information sets. */
    public int numConstraints(int player) {
        return 1 + firstSequence[player].length;
    }

    /** Index of sequence (h, a) of h's player. */
    public int sequenceIndex(Action a) {
        ForeignObjectException.check(game, a.game(), "action");
        Infoset h = a.infoset();
        if (h.isChance()) {
            throw new IllegalArgumentException("chance actions have no sequence");
        }
        return firstSequence[h.player().index()][h.index()] + a.index();
    }

    /** Index of the first sequence (h, first action) of information set h of {@code player}. */
    public int firstSequence(int player, int infoset) {
        return firstSequence[player][infoset];
    }

    /** The parent sequence σ(h) of information set h of {@code player}. */
    public int parentSequence(int player, int infoset) {
        return parentSequence[player][infoset];
    }

    /** The information set of a sequence (-1 for ∅). */
    public int infosetOf(int player, int sequence) {
        return infosetOf[player][sequence];
    }

    /** The action index of a sequence within its information set (-1 for ∅). */
    public int actionOf(int player, int sequence) {
        return actionOf[player][sequence];
    }

    /** Readable name of a sequence, e.g. "∅" or "h2:a1" (1-based numbers). */
    public String sequenceName(int player, int sequence) {
        return sequence == 0 ? "∅" : "h" + (infosetOf[player][sequence] + 1) + ":a" + (actionOf[player][sequence] + 1);
    }

    /** The constraint matrix E (player 0) or F (player 1) as a fresh array, rows ∅ then information sets. */
    public Rational[][] constraintMatrix(int player) {
        int n = numSequences(player);
        Rational[][] m = zeros(numConstraints(player), n);
        m[0][0] = Rational.ONE;
        for (int h = 0; h < firstSequence[player].length; h++) {
            m[1 + h][parentSequence[player][h]] = Rational.ONE.negate();
            int k = game.infosets(player).get(h).numActions();
            for (int a = 0; a < k; a++) {
                m[1 + h][firstSequence[player][h] + a] = Rational.ONE;
            }
        }
        return m;
    }

    /** The right-hand side e (or f): 1 for the ∅ row, 0 elsewhere. */
    public Rational[] constraintRhs(int player) {
        Rational[] r = new Rational[numConstraints(player)];
        Arrays.fill(r, Rational.ZERO);
        r[0] = Rational.ONE;
        return r;
    }

    /**
     * Sequence-form payoff matrix of {@code player}: rows are player 1's sequences, columns player 2's
     * (so player 2's matrix is B, not Bᵀ). A fresh copy.
     */
    public Rational[][] payoffMatrix(int player) {
        Rational[][] src = player == 0 ? payoff1 : payoff2;
        Rational[][] m = new Rational[src.length][];
        for (int i = 0; i < src.length; i++) {
            m[i] = src[i].clone();
        }
        return m;
    }

    /** Entry (σ, τ) of a player's payoff matrix. */
    public Rational payoff(int player, int sigma, int tau) {
        return (player == 0 ? payoff1 : payoff2)[sigma][tau];
    }

    /**
     * Payoff matrices with every terminal payoff replaced by u(t) − shift, for the given per-player shifts.
     * Because every pair of realization plans reaches the terminal nodes with total probability 1, this changes
     * every expected payoff by −shift and leaves best responses unchanged.
     */
    Rational[][] shiftedPayoffMatrix(int player, Rational shift) {
        Rational[][] m = zeros(numSequences(0), numSequences(1));
        List<Node> ts = game.terminals();
        for (int t = 0; t < ts.size(); t++) {
            Rational c = terminalChance[t];
            if (c.isZero()) {
                continue;
            }
            int s = terminalSequence[0][t];
            int u = terminalSequence[1][t];
            m[s][u] = m[s][u].add(c.multiply(game.exactPayoff(ts.get(t), player).subtract(shift)));
        }
        return m;
    }

    /** Whether x is a realization plan of {@code player}: non-negative and satisfying E x = e exactly. */
    public boolean isRealizationPlan(int player, List<Rational> x) {
        if (x.size() != numSequences(player)) {
            return false;
        }
        for (Rational v : x) {
            if (v.signum() < 0) {
                return false;
            }
        }
        Rational[][] e = constraintMatrix(player);
        Rational[] rhs = constraintRhs(player);
        for (int r = 0; r < e.length; r++) {
            Rational s = Rational.ZERO;
            for (int j = 0; j < x.size(); j++) {
                if (!e[r][j].isZero()) {
                    s = s.add(e[r][j].multiply(x.get(j)));
                }
            }
            if (!s.equals(rhs[r])) {
                return false;
            }
        }
        return true;
    }

    /** Expected payoff xᵀ M y of {@code player} for realization plans x, y. */
    public Rational expectedPayoff(int player, List<Rational> x, List<Rational> y) {
        Rational[][] m = player == 0 ? payoff1 : payoff2;
        Rational s = Rational.ZERO;
        for (int i = 0; i < m.length; i++) {
            if (x.get(i).isZero()) {
                continue;
            }
            for (int j = 0; j < m[i].length; j++) {
                if (!m[i][j].isZero() && !y.get(j).isZero()) {
                    s = s.add(x.get(i).multiply(m[i][j]).multiply(y.get(j)));
                }
            }
        }
        return s;
    }

    /** The realization plan of {@code player}'s part of an exact behaviour profile: x(h, a) = x(σ(h)) · b(h, a). */
    public List<Rational> realizationPlan(MixedBehaviorProfile b, int player) {
        ForeignObjectException.check(game, b.game(), "profile");
        Rational[] x = new Rational[numSequences(player)];
        x[0] = Rational.ONE;
        // parent sequences precede their information sets' sequences only in tree order; iterate to a fixpoint
        List<Infoset> hs = game.infosets(player);
        boolean[] done = new boolean[hs.size()];
        int remaining = hs.size();
        while (remaining > 0) {
            int before = remaining;
            for (Infoset h : hs) {
                int p = parentSequence[player][h.index()];
                if (done[h.index()] || x[p] == null) {
                    continue;
                }
                for (int a = 0; a < h.numActions(); a++) {
                    x[firstSequence[player][h.index()] + a] = x[p].multiply(b.exactProbability(player, h.index(), a));
                }
                done[h.index()] = true;
                remaining--;
            }
            if (remaining == before) {
                throw new IllegalStateException("internal error: sequence tree of player " + (player + 1) + " is not a tree");
            }
        }
        return List.of(x);
    }

    /**
     * Behaviour strategies from realization plans: b(h, a) = x(h, a) / x(σ(h)) where x(σ(h)) &gt; 0. At
     * information sets the player's own plan does not reach (x(σ(h)) = 0) every action gets 1/|A(h)|, the
     * centroid, which is what Gambit prints for such sets in its sequence-form output (e.g. ttt.efg). Any
     * choice there is realization-equivalent.
     *
     * @throws IllegalArgumentException if x or y is not a realization plan
     */
    public MixedBehaviorProfile toBehavior(List<Rational> x, List<Rational> y) {
        if (!isRealizationPlan(0, x)) {
            throw new IllegalArgumentException("x is not a realization plan of player 1: " + x);
        }
        if (!isRealizationPlan(1, y)) {
            throw new IllegalArgumentException("y is not a realization plan of player 2: " + y);
        }
        Rational[][][] p = new Rational[2][][];
        for (int i = 0; i < 2; i++) {
            List<Rational> plan = i == 0 ? x : y;
            List<Infoset> hs = game.infosets(i);
            p[i] = new Rational[hs.size()][];
            for (Infoset h : hs) {
                int k = h.numActions();
                Rational parent = plan.get(parentSequence[i][h.index()]);
                p[i][h.index()] = new Rational[k];
                for (int a = 0; a < k; a++) {
                    p[i][h.index()][a] = parent.isZero() ? Rational.of(1, k)
                            : plan.get(firstSequence[i][h.index()] + a).divide(parent);
                }
            }
        }
        return MixedBehaviorProfile.ofExact(game, p);
    }

    /** Sequences of a player in index order, as readable names (for diagnostics and tests). */
    public List<String> sequenceNames(int player) {
        List<String> l = new ArrayList<>();
        for (int s = 0; s < numSequences(player); s++) {
            l.add(sequenceName(player, s));
        }
        return Collections.unmodifiableList(l);
    }
}
