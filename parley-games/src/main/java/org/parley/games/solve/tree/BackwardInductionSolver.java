package org.parley.games.solve.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.Action;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.Node;
import org.parley.games.Profile;
import org.parley.games.SolverInterruptedException;
import org.parley.games.UnsupportedGameException;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.ExtensiveEquilibriumSolver;
import org.parley.games.solve.Representation;
import org.parley.games.solve.SolverOptions;
import org.parley.games.verify.Tolerance;

/**
 * Subgame-perfect equilibria of finite games of perfect information (every information set a single node;
 * chance nodes allowed; any number of players) by backward induction (Zermelo 1913; Kuhn 1953; Selten 1965).
 * Registered as method {@code spe}. Gambit has no command-line equivalent.
 *
 * <p>Definition. Working from the leaves up, the value of a terminal node is its payoff vector (the sum of
 * the outcomes on its path), the value of a chance node is the probability-weighted sum of its children's
 * values, and at a personal node of player i the mover picks an action whose child has the largest value for
 * i; the node's value is that child's value. The resulting pure behaviour profile prescribes an action at
 * every node, on and off the path, and is a subgame-perfect equilibrium.
 *
 * <p>Ties. {@link Mode#ONE} breaks ties at each node in favour of the <em>lowest-numbered</em> action (the
 * first in the .efg file), so the answer is deterministic. {@link Mode#ALL_PURE} returns every pure
 * subgame-perfect equilibrium instead: at each node every maximising action is tried, for every combination
 * of equilibria of the subtrees below (the mover's best actions depend on which equilibrium is played below),
 * up to {@link Options#maxEquilibria()}; {@link Solution#complete()} says whether the list is exhaustive.
 *
 * <p>Every returned profile is checked twice, independently of how it was computed: for subgame perfection
 * (one-shot deviation principle: at every personal node the prescribed action is optimal for the mover given
 * the profile below; exact) and for Nash regret by {@link EquilibriumResult#of}.
 *
 * <p>Complexity: {@link Mode#ONE} is O(nodes · players) exact operations; {@link Mode#ALL_PURE} is
 * proportional to the number of equilibria found times the tree size. Stateless and thread-safe.
 */
public final class BackwardInductionSolver implements ExtensiveEquilibriumSolver {
    /** Registry name. */
    public static final String METHOD = "spe";

    /** One line for the method list; says there is no Gambit counterpart. */
    public static final String DESCRIPTION =
            "subgame-perfect equilibrium of a perfect-information tree by backward induction (no Gambit equivalent)";

    /** What to return. */
    public enum Mode {
        /** One equilibrium; ties broken towards the lowest-numbered action. */
        ONE,
        /** All pure subgame-perfect equilibria (up to {@link Options#maxEquilibria()}). */
        ALL_PURE
    }

    /**
     * Options.
     *
     * @param mode one equilibrium or all pure ones
     * @param maxEquilibria cap on the number of equilibria kept in {@link Mode#ALL_PURE} (positive)
     */
    public record Options(Mode mode, int maxEquilibria) implements SolverOptions {
        public Options {
            Objects.requireNonNull(mode, "mode must not be null");
            if (maxEquilibria < 1) {
                throw new IllegalArgumentException("maxEquilibria must be positive, was " + maxEquilibria);
            }
        }

        /** {@link Mode#ONE}, cap 10 000. */
        public static Options defaults() {
            return new Options(Mode.ONE, 10_000);
        }

        public static Options all(int maxEquilibria) {
            return new Options(Mode.ALL_PURE, maxEquilibria);
        }
    }

    /**
     * A node on the equilibrium path with the probability that play reaches it (below 1 only after chance).
     *
     * @param node the node
     * @param probability reach probability under the profile, &gt; 0
     */
    public record PathNode(Node node, Rational probability) {
        public PathNode {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(probability, "probability");
        }
    }

    /**
     * A personal node where the mover is indifferent: besides the prescribed action, others give the mover the same
     * expected payoff (given the play below). In {@link Mode#ONE} the prescribed action is the lowest-numbered of
     * them; every other choice gives another subgame-perfect equilibrium.
     *
     * @param node the node
     * @param chosen the prescribed action
     * @param alsoOptimal the other optimal actions, in action order (non-empty)
     */
    public record Indifference(Node node, Action chosen, List<Action> alsoOptimal) {
        public Indifference {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(chosen, "chosen");
            alsoOptimal = List.copyOf(alsoOptimal);
            if (alsoOptimal.isEmpty()) {
                throw new IllegalArgumentException("an indifference needs another optimal action");
            }
        }
    }

    /**
     * One subgame-perfect equilibrium.
     *
     * @param profile pure behaviour profile, an action at every personal node
     * @param values expected payoff of each player at the root
     * @param path nodes reached with positive probability, in preorder, with their reach probabilities
     * @param subgamePerfect the independent one-shot-deviation check passed at every personal node
     * @param indifferences personal nodes (on or off the path) where the mover had several optimal actions, in preorder
     */
    public record Equilibrium(MixedBehaviorProfile profile, List<Rational> values, List<PathNode> path,
                              boolean subgamePerfect, List<Indifference> indifferences) {
        public Equilibrium {
            Objects.requireNonNull(profile, "profile");
            values = List.copyOf(values);
            path = List.copyOf(path);
            indifferences = List.copyOf(indifferences);
        }

        /** Terminal nodes of the path (one unless chance moves on the path). */
        public List<PathNode> outcomes() {
            return path.stream().filter(p -> p.node().isTerminal()).toList();
        }
    }

    /**
     * The outcome.
     *
     * @param result the verified envelope (profiles in the order of {@link #equilibria()})
     * @param equilibria the equilibria with values and paths
     * @param complete true unless {@link Mode#ALL_PURE} stopped at {@link Options#maxEquilibria()}
     */
    public record Solution(EquilibriumResult result, List<Equilibrium> equilibria, boolean complete) {
        public Solution {
            Objects.requireNonNull(result, "result");
            equilibria = List.copyOf(equilibria);
        }

        /** Every equilibrium passed both the subgame-perfection and the regret check. */
        public boolean isVerified() {
            return result.isVerified() && !equilibria.isEmpty() && equilibria.stream().allMatch(Equilibrium::subgamePerfect);
        }
    }

    /**
     * Backward induction on one perfect-information subtree (a subgame), ties broken towards the lowest-numbered
     * action as in {@link Mode#ONE}.
     *
     * @param root the subtree's root
     * @param choices the prescribed action at every personal node of the subtree, in preorder of the nodes
     * @param values expected payoff of each player at {@code root}
     * @param indifferences nodes of the subtree where the mover had several optimal actions, in preorder
     */
    public record SubgameSolution(Node root, List<Action> choices, List<Rational> values,
                                  List<Indifference> indifferences) {
        public SubgameSolution {
            Objects.requireNonNull(root, "root");
            choices = List.copyOf(choices);
            values = List.copyOf(values);
            indifferences = List.copyOf(indifferences);
        }

        /** The action prescribed at a personal node of the subtree. @throws IllegalArgumentException elsewhere */
        public Action choiceAt(Node x) {
            for (Action a : choices) {
                if (!x.isTerminal() && a.infoset() == x.infoset()) {
                    return a;
                }
            }
            throw new IllegalArgumentException(x + " is not a personal node of the subtree below " + root);
        }
    }

    /**
     * Solves the subtree below {@code root} by backward induction (one equilibrium, lowest-numbered action on ties):
     * used by methods whose games end in perfect-information subgames (e.g. the continuation play of a signalling
     * game after the receiver's response). O(subtree nodes × players).
     *
     * @throws UnsupportedGameException if some personal node of the subtree belongs to an information set with
     *     several nodes
     */
    public static SubgameSolution solveSubgame(Node root) {
        Objects.requireNonNull(root, "root");
        ExtensiveGame game = root.game();
        List<Node> sub = new ArrayList<>();
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) { // preorder of the subtree
            Node x = stack.pop();
            sub.add(x);
            if (!x.isTerminal() && !x.infoset().isChance() && x.infoset().members().size() > 1) {
                throw new UnsupportedGameException("backward induction below " + root + " needs perfect information; "
                        + x.infoset() + " has " + x.infoset().members().size() + " nodes");
            }
            for (int k = x.children().size() - 1; k >= 0; k--) {
                stack.push(x.children().get(k));
            }
        }
        Induction ind = induct(game, sub, Options.defaults());
        Partial p = ind.solutions.get(0);
        int[] action = actions(game, p);
        Rational[][] val = evaluate(game, sub, action);
        List<Action> choices = new ArrayList<>();
        for (Node x : sub) {
            if (!x.isTerminal() && !x.infoset().isChance()) {
                choices.add(x.infoset().action(action[x.index()]));
            }
        }
        return new SubgameSolution(root, choices, List.of(val[root.index()]), indifferences(sub, action, val));
    }

    private final Options options;

    public BackwardInductionSolver() {
        this(Options.defaults());
    }

    public BackwardInductionSolver(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public Options options() {
        return options;
    }

    @Override
    public String method() {
        return METHOD;
    }

    /** @throws UnsupportedGameException unless every information set of every player is a single node */
    @Override
    public EquilibriumResult solve(ExtensiveGame game) {
        return solveTree(game).result();
    }

    /** As {@link #solve} with values, equilibrium paths and completeness. */
    public Solution solveTree(ExtensiveGame game) {
        long start = System.nanoTime();
        Objects.requireNonNull(game, "game");
        if (!game.type().perfectInformation()) {
            for (int i = 0; i < game.numPlayers(); i++) {
                for (Infoset h : game.infosets(i)) {
                    if (h.members().size() > 1) {
                        throw new UnsupportedGameException("backward induction needs perfect information; " + h + " has "
                                + h.members().size() + " nodes");
                    }
                }
            }
        }
        List<Node> nodes = game.nodes();
        Induction ind = induct(game, nodes, options);
        boolean complete = ind.complete();
        List<Equilibrium> eqs = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        for (Partial p : ind.solutions()) {
            Equilibrium e = toEquilibrium(game, p);
            eqs.add(e);
            profiles.add(e.profile());
        }
        Diagnostics d = Diagnostics.of(start, Map.of("nodes", (long) nodes.size(), "equilibria", (long) eqs.size()));
        EquilibriumResult r = EquilibriumResult.of(game, METHOD, Arithmetic.EXACT, Representation.TREE, options, profiles,
                Tolerance.EXACT, d);
        return new Solution(r, eqs, complete);
    }

    /** Partial solutions at the root of {@code preorder} and whether the cap on equilibria was never hit. */
    private record Induction(List<Partial> solutions, boolean complete) {
    }

    /** The leaves-up pass over the nodes of a (sub)tree given in preorder, its root first. */
    private static Induction induct(ExtensiveGame game, List<Node> preorder, Options options) {
        int n = game.numPlayers();
        // partial solutions per node: choice[node index] = action at personal nodes of the subtree, -1 elsewhere
        List<List<Partial>> sols = new ArrayList<>(java.util.Collections.nCopies(game.nodes().size(), null));
        boolean complete = true;
        for (int k = preorder.size() - 1; k >= 0; k--) {
            SolverInterruptedException.checkInterrupt("backward induction");
            Node x = preorder.get(k);
            List<Partial> here = new ArrayList<>();
            if (x.isTerminal()) {
                Rational[] v = new Rational[n];
                for (int i = 0; i < n; i++) {
                    v[i] = game.exactPayoff(x, i);
                }
                here.add(new Partial(new int[0][], v));
            } else if (x.infoset().isChance()) {
                List<Partial> acc = List.of(new Partial(new int[0][], zeros(n)));
                for (Node c : x.children()) {
                    Rational p = c.priorAction().probability();
                    List<Partial> next = new ArrayList<>();
                    outer:
                    for (Partial a : acc) {
                        for (Partial b : sols.get(c.index())) {
                            if (next.size() >= options.maxEquilibria()) {
                                complete = false;
                                break outer;
                            }
                            Rational[] v = new Rational[n];
                            for (int i = 0; i < n; i++) {
                                v[i] = a.value[i].add(p.multiply(b.value[i]));
                            }
                            next.add(new Partial(concat(a.choices, b.choices), v));
                        }
                    }
                    acc = next;
                }
                here.addAll(acc);
            } else {
                int mover = x.player().index();
                // every combination of the children's solutions, then every maximising action for it
                List<Partial> combos = List.of(new Partial(new int[0][], null, new Partial[0]));
                for (Node c : x.children()) {
                    List<Partial> next = new ArrayList<>();
                    outer:
                    for (Partial a : combos) {
                        for (Partial b : sols.get(c.index())) {
                            if (next.size() >= options.maxEquilibria()) {
                                complete = false;
                                break outer;
                            }
                            Partial[] kids = Arrays.copyOf(a.kids, a.kids.length + 1);
                            kids[a.kids.length] = b;
                            next.add(new Partial(concat(a.choices, b.choices), null, kids));
                        }
                    }
                    combos = next;
                    if (options.mode() == Mode.ONE) {
                        combos = combos.subList(0, 1);
                    }
                }
                for (Partial combo : combos) {
                    Rational best = null;
                    for (Partial kid : combo.kids) {
                        best = best == null ? kid.value[mover] : best.max(kid.value[mover]);
                    }
                    for (int a = 0; a < combo.kids.length; a++) {
                        if (!combo.kids[a].value[mover].equals(best)) {
                            continue;
                        }
                        if (here.size() >= options.maxEquilibria()) {
                            complete = false;
                            break;
                        }
                        int[][] ch = Arrays.copyOf(combo.choices, combo.choices.length + 1);
                        ch[combo.choices.length] = new int[] {x.index(), a};
                        here.add(new Partial(ch, combo.kids[a].value));
                        if (options.mode() == Mode.ONE) {
                            break; // lowest-numbered maximiser
                        }
                    }
                }
            }
            sols.set(x.index(), here);
            for (Node c : x.children()) {
                sols.set(c.index(), null); // free memory of finished subtrees
            }
        }
        return new Induction(sols.get(preorder.get(0).index()), complete);
    }

    /** A solution of a subtree: choices as (node index, action) pairs, the subtree's value, and (transiently) kids. */
    private static final class Partial {
        final int[][] choices;
        final Rational[] value;
        final Partial[] kids;

        Partial(int[][] choices, Rational[] value) {
            this(choices, value, null);
        }

        Partial(int[][] choices, Rational[] value, Partial[] kids) {
            this.choices = choices;
            this.value = value;
            this.kids = kids;
        }
    }

    private static int[][] concat(int[][] a, int[][] b) {
        int[][] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static Rational[] zeros(int n) {
        Rational[] z = new Rational[n];
        Arrays.fill(z, Rational.ZERO);
        return z;
    }

    /** The action index at each node (by node index) of a partial solution, -1 where it prescribes none. */
    private static int[] actions(ExtensiveGame game, Partial p) {
        int[] action = new int[game.nodes().size()];
        Arrays.fill(action, -1);
        for (int[] c : p.choices) {
            action[c[0]] = c[1];
        }
        return action;
    }

    /**
     * Independent evaluation of a pure profile bottom-up over the nodes of a (sub)tree in preorder: each node's
     * value for every player (by node index; null outside the subtree).
     */
    private static Rational[][] evaluate(ExtensiveGame game, List<Node> preorder, int[] action) {
        int n = game.numPlayers();
        Rational[][] val = new Rational[game.nodes().size()][];
        for (int k = preorder.size() - 1; k >= 0; k--) {
            Node x = preorder.get(k);
            if (x.isTerminal()) {
                Rational[] v = new Rational[n];
                for (int i = 0; i < n; i++) {
                    v[i] = game.exactPayoff(x, i);
                }
                val[x.index()] = v;
            } else if (x.infoset().isChance()) {
                Rational[] v = zeros(n);
                for (Node c : x.children()) {
                    Rational pr = c.priorAction().probability();
                    for (int i = 0; i < n; i++) {
                        v[i] = v[i].add(pr.multiply(val[c.index()][i]));
                    }
                }
                val[x.index()] = v;
            } else {
                val[x.index()] = val[x.children().get(action[x.index()]).index()];
            }
        }
        return val;
    }

    /** Personal nodes where another action is as good for the mover as the prescribed one, in preorder. */
    private static List<Indifference> indifferences(List<Node> preorder, int[] action, Rational[][] val) {
        List<Indifference> out = new ArrayList<>();
        for (Node x : preorder) {
            if (x.isTerminal() || x.infoset().isChance()) {
                continue;
            }
            int i = x.player().index();
            int chosen = action[x.index()];
            List<Action> also = new ArrayList<>();
            for (int a = 0; a < x.children().size(); a++) {
                if (a != chosen && val[x.children().get(a).index()][i].equals(val[x.index()][i])) {
                    also.add(x.infoset().action(a));
                }
            }
            if (!also.isEmpty()) {
                out.add(new Indifference(x, x.infoset().action(chosen), also));
            }
        }
        return out;
    }

    private static Equilibrium toEquilibrium(ExtensiveGame game, Partial p) {
        int n = game.numPlayers();
        int[] action = actions(game, p);
        Rational[][][] b = new Rational[n][][];
        for (int i = 0; i < n; i++) {
            List<Infoset> hs = game.infosets(i);
            b[i] = new Rational[hs.size()][];
            for (Infoset h : hs) {
                Node x = h.members().get(0);
                b[i][h.index()] = new Rational[h.numActions()];
                for (int a = 0; a < h.numActions(); a++) {
                    b[i][h.index()][a] = a == action[x.index()] ? Rational.ONE : Rational.ZERO;
                }
            }
        }
        MixedBehaviorProfile prof = MixedBehaviorProfile.ofExact(game, b);
        // independent check: evaluate the profile bottom-up and test every one-shot deviation
        List<Node> nodes = game.nodes();
        Rational[][] val = new Rational[nodes.size()][];
        boolean perfect = true;
        for (int k = nodes.size() - 1; k >= 0; k--) {
            Node x = nodes.get(k);
            if (x.isTerminal()) {
                val[k] = new Rational[n];
                for (int i = 0; i < n; i++) {
                    val[k][i] = game.exactPayoff(x, i);
                }
                continue;
            }
            Rational[] v = zeros(n);
            for (Node c : x.children()) {
                Rational pr = prof.exactProbability(c.priorAction());
                if (pr.isZero()) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    v[i] = v[i].add(pr.multiply(val[c.index()][i]));
                }
            }
            val[k] = v;
            if (!x.infoset().isChance()) {
                int i = x.player().index();
                for (Node c : x.children()) {
                    perfect &= val[c.index()][i].compareTo(v[i]) <= 0;
                }
            }
        }
        List<PathNode> path = new ArrayList<>();
        Rational[] reach = new Rational[nodes.size()];
        for (Node x : nodes) {
            Rational r = x.parent() == null ? Rational.ONE
                    : reach[x.parent().index()].multiply(prof.exactProbability(x.priorAction()));
            reach[x.index()] = r;
            if (r.signum() > 0) {
                path.add(new PathNode(x, r));
            }
        }
        return new Equilibrium(prof, List.of(val[0]), path, perfect, indifferences(nodes, action, val));
    }
}
