package org.parley.games;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.games.numeric.Rational;

/**
 * The reduced strategic form of an {@link ExtensiveGame}, as Gambit builds it: a pure strategy of a player
 * chooses an action at every information set his own choices do not exclude, and leaves the others
 * unspecified ("*"). Payoffs are expected payoffs over chance. Strategy labels concatenate the 1-based
 * action numbers per information set (by number), "*" where unspecified (e.g. "12*"); if some information
 * set has ten or more actions the numbers are separated by commas.
 *
 * <p>Also maps mixed profiles both ways: {@link #toBehavior} gives, at each information set, the
 * probability of each action among the strategies that reach it by the player's own choices (zero
 * everywhere if none does, as Gambit prints); {@link #toMixed} gives each reduced strategy the product of
 * its actions' behaviour probabilities. With perfect recall the two are realization-equivalent (Kuhn 1953).
 *
 * <p>Complexity: strategies are enumerated in time linear in their number (with imperfect recall all
 * unreduced plans are enumerated and projected); each payoff cell costs the number of terminal nodes
 * reachable by chance alone under its pure profile. Construction refuses, with
 * {@link UnsupportedGameException}, forms with more than {@code maxCells} cells.
 */
public final class ReducedStrategicForm {
    /** Default size limit on the number of cells. */
    public static final long DEFAULT_MAX_CELLS = 4_000_000L;

    private final ExtensiveGame game;
    private final StrategicGame strategic;
    private final int[][][] plans;

    private ReducedStrategicForm(ExtensiveGame game, StrategicGame strategic, int[][][] plans) {
        this.game = game;
        this.strategic = strategic;
        this.plans = plans;
    }

    /** Number of reduced strategies of each player, or -1 entries where the count exceeds {@code limit}. */
    public static long[] strategyCounts(ExtensiveGame g, long limit) {
        long[] c = new long[g.numPlayers()];
        for (int p = 0; p < c.length; p++) {
            try {
                c[p] = enumeratePlans(g, p, limit).size();
            } catch (UnsupportedGameException e) {
                c[p] = -1;
            }
        }
        return c;
    }

    /**
     * Builds the reduced strategic form.
     *
     * @throws UnsupportedGameException if it has more than {@code maxCells} cells
     * @throws SolverInterruptedException if the thread is interrupted meanwhile
     */
    public static ReducedStrategicForm of(ExtensiveGame g, long maxCells) {
        int n = g.numPlayers();
        int[][][] plans = new int[n][][];
        long cells = 1;
        for (int p = 0; p < n; p++) {
            List<int[]> l = enumeratePlans(g, p, maxCells);
            plans[p] = l.toArray(new int[0][]);
            cells *= plans[p].length;
            if (cells > maxCells) {
                throw new UnsupportedGameException("reduced strategic form of \"" + g.title() + "\" has more than "
                        + maxCells + " cells");
            }
        }
        StrategicGame.Builder b = StrategicGame.builder().title(g.title()).comment(g.comment());
        for (int p = 0; p < n; p++) {
            b.player(g.player(p).label(), labels(g, p, plans[p]));
        }
        // chance-weighted terminal payoffs
        Rational[][] w = new Rational[g.nodes().size()][];
        Rational[] reach = new Rational[g.nodes().size()];
        for (Node x : g.nodes()) {
            Node par = x.parent();
            reach[x.index()] = par == null ? Rational.ONE
                    : par.kind() == Node.Kind.CHANCE ? reach[par.index()].multiply(x.priorAction().probability()) : reach[par.index()];
            if (x.isTerminal()) {
                w[x.index()] = new Rational[n];
                for (int i = 0; i < n; i++) {
                    w[x.index()][i] = reach[x.index()].multiply(g.exactPayoff(x, i));
                }
            }
        }
        int[] profile = new int[n];
        int numCells = (int) cells;
        Rational[] sum = new Rational[n];
        java.util.HashMap<Rational, Rational> distinct = new java.util.HashMap<>();
        ArrayListStack stack = new ArrayListStack(g.nodes().size());
        for (int c = 0; c < numCells; c++) {
            if ((c & 1023) == 0) {
                SolverInterruptedException.checkInterrupt("reduced strategic form");
            }
            Arrays.fill(sum, Rational.ZERO);
            stack.push(g.root());
            while (!stack.isEmpty()) {
                Node x = stack.pop();
                switch (x.kind()) {
                    case TERMINAL -> {
                        Rational[] v = w[x.index()];
                        for (int i = 0; i < n; i++) {
                            sum[i] = sum[i].add(v[i]);
                        }
                    }
                    case CHANCE -> {
                        for (Node ch : x.children()) {
                            stack.push(ch);
                        }
                    }
                    case PERSONAL -> {
                        int p = x.player().index();
                        int a = plans[p][profile[p]][x.infoset().index()];
                        stack.push(x.children().get(a));
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                // share equal values: tables of a million cells hold few distinct payoffs
                Rational v = sum[i];
                Rational known = distinct.putIfAbsent(v, v);
                sum[i] = known == null ? v : known;
            }
            b.cellPayoffs(c, sum);
            for (int i = 0; i < n; i++) {
                if (++profile[i] < plans[i].length) {
                    break;
                }
                profile[i] = 0;
            }
        }
        return new ReducedStrategicForm(g, b.build(), plans);
    }

    private static final class ArrayListStack {
        private Node[] a;
        private int size;

        ArrayListStack(int cap) {
            a = new Node[Math.max(4, cap)];
        }

        void push(Node x) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = x;
        }

        Node pop() {
            return a[--size];
        }

        boolean isEmpty() {
            return size == 0;
        }
    }

    private static List<String> labels(ExtensiveGame g, int p, int[][] plans) {
        boolean wide = false;
        for (Infoset h : g.infosets(p)) {
            wide |= h.numActions() >= 10;
        }
        List<String> l = new ArrayList<>(plans.length);
        for (int[] plan : plans) {
            StringBuilder sb = new StringBuilder();
            for (int h = 0; h < plan.length; h++) {
                if (wide && h > 0) {
                    sb.append(',');
                }
                sb.append(plan[h] < 0 ? "*" : Integer.toString(plan[h] + 1));
            }
            l.add(sb.toString());
        }
        return l;
    }

    /**
     * Own-move requirements of each member node: pairs (infoset index, action index) of the player's own
     * moves on the path from the root.
     */
    private static int[][][] requirements(ExtensiveGame g, int p) {
        List<Infoset> hs = g.infosets(p);
        int[][][] req = new int[hs.size()][][];
        for (Infoset h : hs) {
            req[h.index()] = new int[h.members().size()][];
            for (int m = 0; m < h.members().size(); m++) {
                List<Integer> r = new ArrayList<>();
                Node x = h.members().get(m);
                while (x.parent() != null) {
                    Node par = x.parent();
                    if (par.player() == g.player(p)) {
                        r.add(par.infoset().index());
                        r.add(x.priorAction().index());
                    }
                    x = par;
                }
                req[h.index()][m] = r.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return req;
    }

    private static boolean reachable(int[] req, int[] plan) {
        for (int k = 0; k < req.length; k += 2) {
            if (plan[req[k]] != req[k + 1]) {
                return false;
            }
        }
        return true;
    }

    private static List<int[]> enumeratePlans(ExtensiveGame g, int p, long limit) {
        List<Infoset> hs = g.infosets(p);
        int[][][] req = requirements(g, p);
        List<int[]> out = new ArrayList<>();
        if (g.perfectRecall()) {
            // infosets in order of first appearance: every own predecessor of an infoset comes earlier
            Integer[] order = new Integer[hs.size()];
            for (int h = 0; h < order.length; h++) {
                order[h] = h;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(hs.get(a).members().get(0).index(), hs.get(b).members().get(0).index()));
            int[] plan = new int[hs.size()];
            Arrays.fill(plan, -1);
            enumerate(hs, req, order, 0, plan, out, limit);
        } else {
            long full = 1;
            for (Infoset h : hs) {
                full *= h.numActions();
                if (full > 50_000_000L) {
                    throw new UnsupportedGameException("too many pure strategies for player " + (p + 1) + " (imperfect recall)");
                }
            }
            Map<String, int[]> seen = new LinkedHashMap<>();
            int[] plan = new int[hs.size()];
            for (long k = 0; k < full; k++) {
                if ((k & 4095) == 0) {
                    SolverInterruptedException.checkInterrupt("strategy enumeration");
                }
                int[] proj = new int[plan.length];
                for (int h = 0; h < plan.length; h++) {
                    boolean rel = false;
                    for (int[] r : req[h]) {
                        rel |= reachable(r, plan);
                    }
                    proj[h] = rel ? plan[h] : -1;
                }
                seen.putIfAbsent(Arrays.toString(proj), proj);
                if (seen.size() > limit) {
                    throw new UnsupportedGameException("player " + (p + 1) + " has more than " + limit + " reduced strategies");
                }
                for (int h = plan.length - 1; h >= 0; h--) {
                    if (++plan[h] < hs.get(h).numActions()) {
                        break;
                    }
                    plan[h] = 0;
                }
            }
            out.addAll(seen.values());
        }
        return out;
    }

    private static void enumerate(List<Infoset> hs, int[][][] req, Integer[] order, int k, int[] plan, List<int[]> out, long limit) {
        if (k == order.length) {
            if (out.size() >= limit) {
                throw new UnsupportedGameException("a player has more than " + limit + " reduced strategies");
            }
            if ((out.size() & 4095) == 0) {
                SolverInterruptedException.checkInterrupt("strategy enumeration");
            }
            out.add(plan.clone());
            return;
        }
        int h = order[k];
        if (!reachable(req[h][0], plan)) {
            plan[h] = -1;
            enumerate(hs, req, order, k + 1, plan, out, limit);
            return;
        }
        for (int a = 0; a < hs.get(h).numActions(); a++) {
            plan[h] = a;
            enumerate(hs, req, order, k + 1, plan, out, limit);
        }
        plan[h] = -1;
    }

    public ExtensiveGame extensiveGame() {
        return game;
    }

    /** The reduced strategic form as a strategic game (its own players and strategies). */
    public StrategicGame strategicGame() {
        return strategic;
    }

    /** Action index chosen by a reduced strategy at each of the player's information sets, -1 if unspecified (a copy). */
    public int[] plan(int player, int strategy) {
        return plans[player][strategy].clone();
    }

    /** Strategy index of a pure behaviour choice ({@code plan[h]} as in {@link #plan}), or -1 if there is none. */
    public int strategyOf(int player, int[] plan) {
        for (int s = 0; s < plans[player].length; s++) {
            if (Arrays.equals(plans[player][s], plan)) {
                return s;
            }
        }
        return -1;
    }

    /** Behaviour profile of a mixed profile of the reduced form; see the class comment. Same arithmetic. */
    public MixedBehaviorProfile toBehavior(MixedStrategyProfile m) {
        ForeignObjectException.check(strategic, m.game(), "mixed strategy profile");
        int n = game.numPlayers();
        if (m.arithmetic() == Arithmetic.EXACT) {
            Rational[][][] b = new Rational[n][][];
            for (int p = 0; p < n; p++) {
                List<Infoset> hs = game.infosets(p);
                b[p] = new Rational[hs.size()][];
                for (Infoset h : hs) {
                    Rational den = Rational.ZERO;
                    Rational[] num = new Rational[h.numActions()];
                    Arrays.fill(num, Rational.ZERO);
                    for (int s = 0; s < plans[p].length; s++) {
                        int a = plans[p][s][h.index()];
                        Rational pr = m.exactProbability(p, s);
                        if (a >= 0 && !pr.isZero()) {
                            den = den.add(pr);
                            num[a] = num[a].add(pr);
                        }
                    }
                    for (int a = 0; a < num.length; a++) {
                        num[a] = den.isZero() ? Rational.ZERO : num[a].divide(den);
                    }
                    b[p][h.index()] = num;
                }
            }
            return MixedBehaviorProfile.ofExact(game, b);
        }
        double[][][] b = new double[n][][];
        for (int p = 0; p < n; p++) {
            List<Infoset> hs = game.infosets(p);
            b[p] = new double[hs.size()][];
            for (Infoset h : hs) {
                double den = 0;
                double[] num = new double[h.numActions()];
                for (int s = 0; s < plans[p].length; s++) {
                    int a = plans[p][s][h.index()];
                    if (a >= 0) {
                        den += m.probability(p, s);
                        num[a] += m.probability(p, s);
                    }
                }
                for (int a = 0; a < num.length; a++) {
                    num[a] = den > 0 ? num[a] / den : 0.0;
                }
                b[p][h.index()] = num;
            }
        }
        return MixedBehaviorProfile.ofDouble(game, b);
    }

    /**
     * Mixed profile of the reduced form realization-equivalent to a behaviour profile.
     * @throws UnsupportedGameException if the game lacks perfect recall
     */
    public MixedStrategyProfile toMixed(MixedBehaviorProfile b) {
        ForeignObjectException.check(game, b.game(), "behaviour profile");
        if (!game.perfectRecall()) {
            throw new UnsupportedGameException("behaviour-to-mixed mapping needs perfect recall");
        }
        int n = game.numPlayers();
        if (b.arithmetic() == Arithmetic.EXACT) {
            Rational[][] m = new Rational[n][];
            for (int p = 0; p < n; p++) {
                m[p] = new Rational[plans[p].length];
                for (int s = 0; s < plans[p].length; s++) {
                    Rational pr = Rational.ONE;
                    for (int h = 0; h < plans[p][s].length; h++) {
                        if (plans[p][s][h] >= 0) {
                            pr = pr.multiply(b.exactProbability(p, h, plans[p][s][h]));
                        }
                    }
                    m[p][s] = pr;
                }
            }
            return MixedStrategyProfile.ofExact(strategic, m);
        }
        double[][] m = new double[n][];
        for (int p = 0; p < n; p++) {
            m[p] = new double[plans[p].length];
            for (int s = 0; s < plans[p].length; s++) {
                double pr = 1;
                for (int h = 0; h < plans[p][s].length; h++) {
                    if (plans[p][s][h] >= 0) {
                        pr *= b.probability(p, h, plans[p][s][h]);
                    }
                }
                m[p][s] = pr;
            }
        }
        return MixedStrategyProfile.ofDouble(strategic, m);
    }
}
