package org.parley.games.solve.signaling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.games.Action;
import org.parley.games.ExtensiveGame;
import org.parley.games.Infoset;
import org.parley.games.Node;
import org.parley.games.UnsupportedGameException;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.tree.BackwardInductionSolver;
import org.parley.games.solve.tree.BackwardInductionSolver.SubgameSolution;

/**
 * A two-player extensive game read as a sender–receiver (signalling) game: chance picks the sender's type t at the
 * root with prior π(t) &gt; 0; the sender observes t (one information set of one node per type) and sends a message m
 * (the same number of messages for every type; message m is the m-th action); the receiver sees only the message
 * (one information set per message, holding exactly the nodes reached by that message, one per type) and responds
 * with an action a; after the response play may go on in a subgame of perfect information, which is solved by
 * backward induction ({@link BackwardInductionSolver#solveSubgame}, ties to the lowest-numbered action). The
 * continuation values give the reduced payoffs u_S(t, m, a) and u_R(t, m, a).
 *
 * <p>Types are numbered by the root's chance actions, messages by the sender's actions, responses by the receiver's
 * actions at the message's information set. Immutable; building costs O(nodes × players).
 */
public final class SignalingForm {
    private final ExtensiveGame game;
    private final int sender;
    private final int receiver;
    private final List<Action> types;
    private final List<Infoset> senderInfosets;
    private final List<Infoset> receiverInfosets;
    private final Node[][] receiverNodes; // [t][m]
    private final SubgameSolution[][][] continuation; // [t][m][a]

    private SignalingForm(ExtensiveGame game, int sender, List<Action> types, List<Infoset> senderInfosets,
                          List<Infoset> receiverInfosets, Node[][] receiverNodes, SubgameSolution[][][] continuation) {
        this.game = game;
        this.sender = sender;
        this.receiver = 1 - sender;
        this.types = types;
        this.senderInfosets = senderInfosets;
        this.receiverInfosets = receiverInfosets;
        this.receiverNodes = receiverNodes;
        this.continuation = continuation;
    }

    /**
     * Reads the game's structure.
     *
     * @throws UnsupportedGameException naming the first requirement the game does not meet
     */
    public static SignalingForm of(ExtensiveGame game) {
        Objects.requireNonNull(game, "game");
        if (game.numPlayers() != 2) {
            throw unsupported("needs two players, the game has " + game.numPlayers());
        }
        Node root = game.root();
        if (root.isTerminal() || !root.infoset().isChance()) {
            throw unsupported("needs a chance move at the root (the sender's type)");
        }
        List<Action> types = root.infoset().actions();
        for (Action t : types) {
            if (t.probability().signum() <= 0) {
                throw unsupported("needs every type to have positive prior probability; '" + t.label() + "' has "
                        + t.probability());
            }
        }
        int tn = types.size();
        int sender = -1;
        int messages = -1;
        List<Infoset> senderSets = new ArrayList<>();
        for (Action t : types) {
            Node x = root.child(t);
            if (x.isTerminal() || x.infoset().isChance()) {
                throw unsupported("needs the sender to move after each type; after '" + t.label() + "' it does not");
            }
            if (sender < 0) {
                sender = x.player().index();
                messages = x.infoset().numActions();
            }
            if (x.player().index() != sender) {
                throw unsupported("needs the same player (the sender) to move after every type");
            }
            if (x.infoset().members().size() != 1) {
                throw unsupported("needs the sender to observe the type: " + x.infoset() + " has "
                        + x.infoset().members().size() + " nodes");
            }
            if (x.infoset().numActions() != messages) {
                throw unsupported("needs the same number of messages for every type");
            }
            senderSets.add(x.infoset());
        }
        int receiver = 1 - sender;
        Node[][] rnodes = new Node[tn][messages];
        List<Infoset> receiverSets = new ArrayList<>();
        for (int m = 0; m < messages; m++) {
            Set<Node> want = new HashSet<>();
            Infoset h = null;
            for (int t = 0; t < tn; t++) {
                Node y = root.child(types.get(t)).children().get(m);
                if (y.isTerminal() || y.infoset().isChance() || y.player().index() != receiver) {
                    throw unsupported("needs the receiver to move after every message; after type '"
                            + types.get(t).label() + "' and message " + (m + 1) + " it does not");
                }
                if (h == null) {
                    h = y.infoset();
                } else if (y.infoset() != h) {
                    throw unsupported("needs the receiver to see only the message: after message " + (m + 1)
                            + " the types reach different information sets");
                }
                rnodes[t][m] = y;
                want.add(y);
            }
            if (!new HashSet<>(h.members()).equals(want)) {
                throw unsupported("needs one receiver information set per message holding exactly the nodes that "
                        + "message reaches; " + h + " holds others");
            }
            if (receiverSets.contains(h)) {
                throw unsupported("needs the receiver to tell messages apart; two messages reach " + h);
            }
            receiverSets.add(h);
        }
        SubgameSolution[][][] cont = new SubgameSolution[tn][messages][];
        for (int t = 0; t < tn; t++) {
            for (int m = 0; m < messages; m++) {
                Node y = rnodes[t][m];
                cont[t][m] = new SubgameSolution[y.children().size()];
                for (int a = 0; a < y.children().size(); a++) {
                    try {
                        cont[t][m][a] = BackwardInductionSolver.solveSubgame(y.children().get(a));
                    } catch (UnsupportedGameException e) {
                        throw unsupported("needs play after the receiver's response to be of perfect information: "
                                + e.getMessage());
                    }
                }
            }
        }
        return new SignalingForm(game, sender, List.copyOf(types), List.copyOf(senderSets), List.copyOf(receiverSets),
                rnodes, cont);
    }

    private static UnsupportedGameException unsupported(String why) {
        return new UnsupportedGameException("a sender-receiver game " + why);
    }

    public ExtensiveGame game() {
        return game;
    }

    /** Player index of the sender. */
    public int sender() {
        return sender;
    }

    /** Player index of the receiver. */
    public int receiver() {
        return receiver;
    }

    /** The types: the root's chance actions, with their priors. */
    public List<Action> types() {
        return types;
    }

    public int numTypes() {
        return types.size();
    }

    public int numMessages() {
        return senderInfosets.get(0).numActions();
    }

    /** Number of responses to message m. */
    public int numResponses(int m) {
        return receiverInfosets.get(m).numActions();
    }

    /** Prior probability of type t. */
    public Rational prior(int t) {
        return types.get(t).probability();
    }

    /** The sender's information set of type t. */
    public Infoset senderInfoset(int t) {
        return senderInfosets.get(t);
    }

    /** The receiver's information set of message m. */
    public Infoset receiverInfoset(int m) {
        return receiverInfosets.get(m);
    }

    /** The receiver's node reached by type t and message m. */
    public Node receiverNode(int t, int m) {
        return receiverNodes[t][m];
    }

    /** Backward induction of the play after type t, message m and response a (a terminal node: no choices). */
    public SubgameSolution continuation(int t, int m, int a) {
        return continuation[t][m][a];
    }

    /** The sender's payoff u_S(t, m, a) of type t, message m and response a, continuation played as solved. */
    public Rational senderPayoff(int t, int m, int a) {
        return continuation[t][m][a].values().get(sender);
    }

    /** The receiver's payoff u_R(t, m, a). */
    public Rational receiverPayoff(int t, int m, int a) {
        return continuation[t][m][a].values().get(receiver);
    }

    /** Every indifference met by backward induction in the continuation subgames, in (t, m, a) order. */
    public List<BackwardInductionSolver.Indifference> continuationIndifferences() {
        List<BackwardInductionSolver.Indifference> out = new ArrayList<>();
        for (SubgameSolution[][] byType : continuation) {
            for (SubgameSolution[] byMessage : byType) {
                for (SubgameSolution s : byMessage) {
                    out.addAll(s.indifferences());
                }
            }
        }
        return Collections.unmodifiableList(out);
    }
}
