package org.parley.games;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.parley.games.numeric.Rational;

/**
 * A game in extensive form (a finite tree): personal nodes grouped into information sets, chance nodes with
 * rational action probabilities, terminal nodes, and outcomes (payoff vectors) attached to any node. The
 * payoff at a terminal node is the sum of the outcomes met on the way from the root (Gambit's convention).
 *
 * <p>Information sets of each player are ordered by their Gambit number; behaviour profiles list, per player,
 * per information set, one probability per action in that order (the order of Gambit's {@code NE,...} lines).
 * Labels of nodes, information sets and actions are free text and need not be unique: objects are
 * identified by position, never by label.
 *
 * <p>Immutable and thread-safe. The reduced strategic form ({@link #reducedStrategicForm()}) is computed
 * once, on first use. Building costs O(nodes * players).
 */
public final class ExtensiveGame implements Game {
    private final String title;
    private final String comment;
    private final List<Player> players;
    private final Player chance;
    private final List<List<Infoset>> infosets;
    private final List<Infoset> chanceInfosets;
    private final List<Outcome> outcomes;
    private final List<Node> nodes;
    private final List<Node> terminals;
    private final Rational[][] terminalPayoffs;
    private final double[][] terminalDoublePayoffs;
    private final GameType type;
    private volatile String hash;
    private volatile ReducedStrategicForm reduced;

    private ExtensiveGame(Builder b) {
        this.title = b.title;
        this.comment = b.comment;
        int n = b.playerLabels.size();
        if (n == 0) {
            throw new InvalidGameException("an extensive game needs at least one player");
        }
        List<Player> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ps.add(new Player(this, i, b.playerLabels.get(i)));
        }
        players = Collections.unmodifiableList(ps);
        chance = new Player(this, -1, "");
        // outcomes attached to no node are dropped: the .efg format cannot represent them
        boolean[] used = new boolean[b.outcomePayoffs.size()];
        java.util.ArrayDeque<Builder.Draft> todo = new java.util.ArrayDeque<>();
        todo.push(b.root);
        while (!todo.isEmpty()) {
            Builder.Draft d = todo.pop();
            if (d.outcome >= 0) {
                used[d.outcome] = true;
            }
            for (Builder.Draft c : d.children) {
                todo.push(c);
            }
        }
        List<Outcome> os = new ArrayList<>();
        int[] outcomeMap = new int[used.length];
        for (int k = 0; k < b.outcomePayoffs.size(); k++) {
            Rational[] v = b.outcomePayoffs.get(k);
            if (v.length != n) {
                throw new InvalidGameException("outcome " + (k + 1) + " has " + v.length + " payoffs, expected " + n);
            }
            outcomeMap[k] = -1;
            if (used[k]) {
                outcomeMap[k] = os.size();
                os.add(new Outcome(this, os.size(), b.outcomeLabels.get(k), v));
            }
        }
        outcomes = Collections.unmodifiableList(os);

        // information sets: per player (chance = key -1), sorted by number
        Map<Long, Infoset> infosetByKey = new HashMap<>();
        List<List<Infoset>> iss = new ArrayList<>();
        List<Infoset> chanceList = null;
        for (int p = -1; p < n; p++) {
            TreeMap<Integer, Builder.InfosetDraft> byNumber = new TreeMap<>();
            for (Builder.InfosetDraft d : b.infosets.values()) {
                if (d.player == p) {
                    byNumber.put(d.number, d);
                }
            }
            List<Infoset> list = new ArrayList<>();
            for (Builder.InfosetDraft d : byNumber.values()) {
                Infoset h = new Infoset(this, p < 0 ? chance : ps.get(p), list.size(), d.label);
                List<Action> acts = new ArrayList<>();
                for (int a = 0; a < d.actions.size(); a++) {
                    acts.add(new Action(h, a, d.actions.get(a), p < 0 ? d.probs.get(a) : null));
                }
                h.actions = Collections.unmodifiableList(acts);
                h.members = new ArrayList<>();
                list.add(h);
                infosetByKey.put(Builder.key(p, d.number), h);
            }
            if (p >= 0) {
                iss.add(Collections.unmodifiableList(list));
            } else {
                chanceList = Collections.unmodifiableList(list);
            }
        }
        chanceInfosets = chanceList;
        infosets = Collections.unmodifiableList(iss);

        // nodes in preorder
        List<Node> all = new ArrayList<>();
        List<Node> terms = new ArrayList<>();
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {b.root, null, null});
        while (!stack.isEmpty()) {
            Object[] f = stack.pop();
            Builder.Draft d = (Builder.Draft) f[0];
            Node parent = (Node) f[1];
            Node x = new Node(this, all.size(), d.label, d.kind);
            all.add(x);
            x.parent = parent;
            x.priorAction = (Action) f[2];
            x.depth = parent == null ? 0 : parent.depth + 1;
            if (d.outcome >= 0) {
                x.outcome = os.get(outcomeMap[d.outcome]);
            }
            if (d.kind == Node.Kind.TERMINAL) {
                terms.add(x);
            } else {
                Infoset h = infosetByKey.get(Builder.key(d.kind == Node.Kind.CHANCE ? -1 : d.player, d.infoset));
                x.infoset = h;
                h.members.add(x);
                List<Node> kids = new ArrayList<>(Collections.nCopies(d.children.size(), null));
                x.children = kids;
                for (int a = d.children.size() - 1; a >= 0; a--) {
                    stack.push(new Object[] {d.children.get(a), x, h.actions.get(a), kids, a});
                }
            }
            if (parent != null) {
                @SuppressWarnings("unchecked")
                List<Node> kids = (List<Node>) f[3];
                kids.set((Integer) f[4], x);
            }
        }
        for (Node x : all) {
            x.children = Collections.unmodifiableList(x.children);
        }
        for (List<Infoset> list : iss) {
            for (Infoset h : list) {
                h.members = Collections.unmodifiableList(h.members);
                if (h.members.isEmpty()) {
                    throw new InvalidGameException(h + " has no nodes");
                }
            }
        }
        for (Infoset h : chanceInfosets) {
            h.members = Collections.unmodifiableList(h.members);
        }
        nodes = Collections.unmodifiableList(all);
        terminals = Collections.unmodifiableList(terms);

        // cumulative payoffs at terminal nodes
        terminalPayoffs = new Rational[all.size()][];
        terminalDoublePayoffs = new double[all.size()][];
        Rational[][] acc = new Rational[all.size()][];
        for (Node x : all) {
            Rational[] base = x.parent == null ? zeros(n) : acc[x.parent.index()];
            Rational[] v = base;
            if (x.outcome != null) {
                v = new Rational[n];
                for (int i = 0; i < n; i++) {
                    v[i] = base[i].add(x.outcome.payoff(i));
                }
            }
            acc[x.index()] = v;
            if (x.isTerminal()) {
                terminalPayoffs[x.index()] = v;
                double[] dv = new double[n];
                for (int i = 0; i < n; i++) {
                    dv[i] = v[i].doubleValue();
                }
                terminalDoublePayoffs[x.index()] = dv;
            }
        }
        type = computeType();
    }

    private static Rational[] zeros(int n) {
        Rational[] z = new Rational[n];
        java.util.Arrays.fill(z, Rational.ZERO);
        return z;
    }

    private GameType computeType() {
        Rational sum = null;
        boolean constant = true;
        for (Node t : terminals) {
            Rational s = Rational.ZERO;
            for (Rational r : terminalPayoffs[t.index()]) {
                s = s.add(r);
            }
            if (sum == null) {
                sum = s;
            } else if (!sum.equals(s)) {
                constant = false;
                break;
            }
        }
        boolean perfectInfo = true;
        for (List<Infoset> list : infosets) {
            for (Infoset h : list) {
                perfectInfo &= h.members().size() == 1;
            }
        }
        return new GameType(players.size(), GameType.Form.TREE, constant, constant ? sum : null,
                checkPerfectRecall(), perfectInfo, !chanceInfosets.isEmpty());
    }

    /**
     * Perfect recall: for every player, all nodes of an information set have the same sequence of the
     * player's own (information set, action) pairs on their paths. Sequences are interned as ids so the
     * check is O(nodes * players).
     */
    private boolean checkPerfectRecall() {
        int n = players.size();
        for (int p = 0; p < n; p++) {
            Map<List<Integer>, Integer> intern = new HashMap<>();
            int[] seq = new int[nodes.size()];
            int[] infosetSeq = new int[infosets.get(p).size()];
            java.util.Arrays.fill(infosetSeq, -1);
            for (Node x : nodes) {
                int s;
                Node par = x.parent();
                if (par == null) {
                    s = 0;
                } else if (par.player() == players.get(p)) {
                    List<Integer> key = List.of(seq[par.index()], par.infoset().index(), x.priorAction().index());
                    Integer id = intern.get(key);
                    if (id == null) {
                        id = intern.size() + 1;
                        intern.put(key, id);
                    }
                    s = id;
                } else {
                    s = seq[par.index()];
                }
                seq[x.index()] = s;
                if (x.player() == players.get(p)) {
                    int h = x.infoset().index();
                    if (infosetSeq[h] == -1) {
                        infosetSeq[h] = s;
                    } else if (infosetSeq[h] != s) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String comment() {
        return comment;
    }

    @Override
    public List<Player> players() {
        return players;
    }

    /** The chance player (index -1). */
    public Player chance() {
        return chance;
    }

    @Override
    public GameType type() {
        return type;
    }

    public Node root() {
        return nodes.get(0);
    }

    /** All nodes in preorder. */
    public List<Node> nodes() {
        return nodes;
    }

    /** Terminal nodes in preorder. */
    public List<Node> terminals() {
        return terminals;
    }

    /** Information sets of a player, by number. */
    public List<Infoset> infosets(int player) {
        return infosets.get(player);
    }

    public List<Infoset> infosets(Player p) {
        ForeignObjectException.check(this, p.game(), "player");
        return p.isChance() ? chanceInfosets : infosets.get(p.index());
    }

    public List<Infoset> chanceInfosets() {
        return chanceInfosets;
    }

    /** Total number of actions over a player's information sets (length of the player's behaviour strategy). */
    public int numActions(int player) {
        int k = 0;
        for (Infoset h : infosets.get(player)) {
            k += h.numActions();
        }
        return k;
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** Payoff of a player at a terminal node (sum of outcomes on the path). */
    public Rational exactPayoff(Node terminal, int player) {
        ForeignObjectException.check(this, terminal.game(), "node");
        if (!terminal.isTerminal()) {
            throw new IllegalArgumentException(terminal + " is not terminal");
        }
        return terminalPayoffs[terminal.index()][player];
    }

    public double payoff(Node terminal, int player) {
        ForeignObjectException.check(this, terminal.game(), "node");
        if (!terminal.isTerminal()) {
            throw new IllegalArgumentException(terminal + " is not terminal");
        }
        return terminalDoublePayoffs[terminal.index()][player];
    }

    /** Whether the game has perfect recall (see {@link GameType#perfectRecall()}). */
    public boolean perfectRecall() {
        return type.perfectRecall();
    }

    /**
     * The reduced strategic form, built on first use with {@link ReducedStrategicForm#DEFAULT_MAX_CELLS}.
     * @throws UnsupportedGameException if it would exceed that size
     */
    public ReducedStrategicForm reducedStrategicForm() {
        ReducedStrategicForm r = reduced;
        if (r == null) {
            r = ReducedStrategicForm.of(this, ReducedStrategicForm.DEFAULT_MAX_CELLS);
            reduced = r;
        }
        return r;
    }

    @Override
    public double[] payoffRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Node t : terminals) {
            for (double v : terminalDoublePayoffs[t.index()]) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new double[] {lo, hi};
    }

    @Override
    public String hash() {
        String h = hash;
        if (h == null) {
            Hashing x = new Hashing().text("EFG").text(title).text(comment).num(players.size());
            for (Player p : players) {
                x.text(p.label());
            }
            for (Outcome o : outcomes) {
                x.text(o.label());
                for (Rational r : o.payoffArray()) {
                    x.value(r);
                }
            }
            for (Node nd : nodes) {
                x.text(nd.kind().name()).text(nd.label()).num(nd.children().size())
                        .num(nd.outcome() == null ? -1 : nd.outcome().index());
                if (nd.infoset() != null) {
                    Infoset is = nd.infoset();
                    x.num(is.player().index()).num(is.index()).text(is.label());
                    for (Action a : is.actions()) {
                        x.text(a.label());
                        if (is.isChance()) {
                            x.value(a.probability());
                        }
                    }
                }
            }
            hash = h = x.hex();
        }
        return h;
    }

    /** Structural equality: same title, comment, tree, labels, information sets and exact numbers. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ExtensiveGame g && hash().equals(g.hash());
    }

    @Override
    public int hashCode() {
        return hash().hashCode();
    }

    @Override
    public String toString() {
        return "ExtensiveGame \"" + title + "\" (" + nodes.size() + " nodes)";
    }

    /**
     * Builder: declare players and outcomes, then shape the tree from {@link #root()}. Outcomes attached to
     * no node are dropped at {@link #build()} (the others keep their relative order). A node draft stays
     * terminal until {@link Draft#personal} or {@link Draft#chance} gives it a move. Information sets are
     * identified by (player, number) as in .efg files; the first declaration fixes label and actions, later
     * ones may pass null for both or must repeat the same number of actions (and, at chance, the same
     * probabilities). Not thread-safe; build once.
     */
    public static final class Builder {
        private String title = "";
        private String comment = "";
        private final List<String> playerLabels = new ArrayList<>();
        private final List<String> outcomeLabels = new ArrayList<>();
        private final List<Rational[]> outcomePayoffs = new ArrayList<>();
        private final Map<Long, InfosetDraft> infosets = new java.util.LinkedHashMap<>();
        private final Draft root = new Draft();

        private Builder() {
        }

        static long key(int player, int number) {
            return ((long) (player + 1) << 32) | (number & 0xffffffffL);
        }

        public Builder title(String t) {
            title = Objects.requireNonNull(t, "title");
            return this;
        }

        public Builder comment(String c) {
            comment = Objects.requireNonNull(c, "comment");
            return this;
        }

        public Builder players(List<String> labels) {
            playerLabels.addAll(labels);
            return this;
        }

        public Builder player(String label) {
            playerLabels.add(Objects.requireNonNull(label, "player label"));
            return this;
        }

        public int numPlayers() {
            return playerLabels.size();
        }

        /** Adds an outcome and returns its 0-based index. */
        public int addOutcome(String label, Rational... payoffs) {
            outcomeLabels.add(Objects.requireNonNull(label, "outcome label"));
            outcomePayoffs.add(payoffs.clone());
            return outcomeLabels.size() - 1;
        }

        public int numOutcomes() {
            return outcomeLabels.size();
        }

        /** Payoffs of an outcome already added (0-based). */
        public List<Rational> outcomePayoffs(int outcome) {
            return List.of(outcomePayoffs.get(outcome));
        }

        public Draft root() {
            return root;
        }

        public ExtensiveGame build() {
            return new ExtensiveGame(this);
        }

        private InfosetDraft infoset(int player, int number, String label, List<String> actions, List<Rational> probs) {
            InfosetDraft d = infosets.get(key(player, number));
            if (d == null) {
                if (actions == null) {
                    throw new InvalidGameException("information set " + number + " of " + who(player) + " used before its actions were given");
                }
                if (actions.isEmpty()) {
                    throw new InvalidGameException("information set " + number + " of " + who(player) + " has no actions");
                }
                if (player < 0) {
                    if (probs == null || probs.size() != actions.size()) {
                        throw new InvalidGameException("chance information set " + number + " needs one probability per action");
                    }
                    Rational sum = Rational.ZERO;
                    for (Rational r : probs) {
                        if (r.signum() < 0) {
                            throw new InvalidGameException("chance information set " + number + " has a negative probability " + r);
                        }
                        sum = sum.add(r);
                    }
                    if (!sum.equals(Rational.ONE)) {
                        throw new InvalidGameException("chance probabilities at information set " + number + " sum to " + sum + ", not 1");
                    }
                }
                d = new InfosetDraft(player, number, label == null ? "" : label, List.copyOf(actions),
                        probs == null ? null : List.copyOf(probs));
                infosets.put(key(player, number), d);
            } else if (actions != null) {
                if (actions.size() != d.actions.size()) {
                    throw new InvalidGameException("information set " + number + " of " + who(player) + " was declared with "
                            + d.actions.size() + " actions, now with " + actions.size());
                }
                if (player < 0 && probs != null && !probs.equals(d.probs)) {
                    throw new InvalidGameException("chance information set " + number + " declared with different probabilities");
                }
            }
            return d;
        }

        private static String who(int player) {
            return player < 0 ? "chance" : "player " + (player + 1);
        }

        static final class InfosetDraft {
            final int player;
            final int number;
            final String label;
            final List<String> actions;
            final List<Rational> probs;

            InfosetDraft(int player, int number, String label, List<String> actions, List<Rational> probs) {
                this.player = player;
                this.number = number;
                this.label = label;
                this.actions = actions;
                this.probs = probs;
            }
        }

        /** A node under construction. */
        public final class Draft {
            String label = "";
            Node.Kind kind = Node.Kind.TERMINAL;
            int player = -1;
            int infoset;
            int outcome = -1;
            List<Draft> children = List.of();

            private Draft() {
            }

            public Draft label(String l) {
                label = Objects.requireNonNull(l, "node label");
                return this;
            }

            /** Attaches an outcome (0-based index from {@link #addOutcome}), or none with -1. */
            public Draft outcome(int o) {
                if (o < -1 || o >= outcomeLabels.size()) {
                    throw new InvalidGameException("outcome " + (o + 1) + " is not defined");
                }
                outcome = o;
                return this;
            }

            /**
             * Makes this a personal node of {@code player} (0-based) at information set {@code number}; returns
             * the child drafts, one per action.
             */
            public List<Draft> personal(int player, int number, String infosetLabel, List<String> actions) {
                if (player < 0 || player >= playerLabels.size()) {
                    throw new InvalidGameException("player " + (player + 1) + " is not declared");
                }
                InfosetDraft d = infoset(player, number, infosetLabel, actions, null);
                return move(Node.Kind.PERSONAL, player, number, d.actions.size());
            }

            /** Makes this a chance node at chance information set {@code number}; returns the child drafts. */
            public List<Draft> chance(int number, String infosetLabel, List<String> actions, List<Rational> probs) {
                InfosetDraft d = infoset(-1, number, infosetLabel, actions, probs);
                return move(Node.Kind.CHANCE, -1, number, d.actions.size());
            }

            private List<Draft> move(Node.Kind k, int p, int number, int m) {
                if (kind != Node.Kind.TERMINAL) {
                    throw new IllegalStateException("node already has a move");
                }
                kind = k;
                player = p;
                infoset = number;
                List<Draft> kids = new ArrayList<>(m);
                for (int i = 0; i < m; i++) {
                    kids.add(new Draft());
                }
                children = Collections.unmodifiableList(kids);
                return children;
            }
        }
    }
}
