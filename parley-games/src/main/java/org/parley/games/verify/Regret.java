package org.parley.games.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.ForeignObjectException;
import org.parley.games.Game;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.MixedStrategyProfile;
import org.parley.games.Node;
import org.parley.games.Profile;
import org.parley.games.StrategicGame;
import org.parley.games.UnsupportedGameException;
import org.parley.games.numeric.Rational;

/**
 * Maximum regret of a profile: {@code max_i (max_{s_i} u_i(s_i, sigma_-i) - u_i(sigma))}, the best gain any
 * player has from a unilateral deviation. A profile of distributions is a Nash equilibrium iff its max
 * regret is 0 (Nash 1951); in doubles we accept regret up to a {@link Tolerance}. This is Gambit's
 * {@code max_regret} and, summed over players, OpenSpiel's NashConv.
 *
 * <p>Strategic games: one pass over the cells, O(cells * players). Behaviour profiles of trees with perfect
 * recall: best responses by backward induction over the player's information sets, O(nodes * players).
 * Without perfect recall, best responses are found by enumerating the player's pure plans (at most
 * {@link #MAX_IMPERFECT_RECALL_PLANS}; more raises {@link UnsupportedGameException}).
 *
 * <p>Behaviour profiles may put all-zero probabilities at information sets their player's own choices
 * reach with probability zero (as Gambit prints); elsewhere each vector must be a distribution.
 */
public final class Regret {
    /** Limit on pure plans enumerated per player for imperfect-recall best responses. */
    public static final long MAX_IMPERFECT_RECALL_PLANS = 1_000_000L;

    private Regret() {
    }

    /**
     * Checks a profile: exactly (tolerance ignored, regret must be 0) for exact profiles, against
     * {@code tolerance.allowed(game)} for double ones.
     */
    public static Verification verify(Profile p, Tolerance tolerance) {
        if (p instanceof MixedStrategyProfile m) {
            return p.arithmetic() == Arithmetic.EXACT ? finish(strategic(Field.EXACT, m), null)
                    : finish(strategic(Field.DOUBLE, m), tolerance.allowed(p.game()));
        }
        MixedBehaviorProfile b = (MixedBehaviorProfile) p;
        return p.arithmetic() == Arithmetic.EXACT ? finish(behavior(Field.EXACT, b), null)
                : finish(behavior(Field.DOUBLE, b), tolerance.allowed(p.game()));
    }

    /** Exact max regret. @throws IllegalStateException for a double profile */
    public static Rational exactMaxRegret(Profile p) {
        if (p.arithmetic() != Arithmetic.EXACT) {
            throw new IllegalStateException("exact regret of a double profile");
        }
        return p instanceof MixedStrategyProfile m ? strategic(Field.EXACT, m).maxRegret : behavior(Field.EXACT, (MixedBehaviorProfile) p).maxRegret;
    }

    /** Max regret in doubles (exact profiles are rounded first). */
    public static double maxRegret(Profile p) {
        Profile d = p.toDouble();
        return d instanceof MixedStrategyProfile m ? strategic(Field.DOUBLE, m).maxRegret : behavior(Field.DOUBLE, (MixedBehaviorProfile) d).maxRegret;
    }

    /** Expected payoff of every player, in the profile's arithmetic rounded to double. */
    public static double[] expectedPayoffs(Profile p) {
        Profile d = p.toDouble();
        Checked<Double> c = d instanceof MixedStrategyProfile m ? strategic(Field.DOUBLE, m) : behavior(Field.DOUBLE, (MixedBehaviorProfile) d);
        double[] r = new double[c.payoffs.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = c.payoffs.get(i);
        }
        return r;
    }

    /** Exact expected payoffs. @throws IllegalStateException for a double profile */
    public static List<Rational> exactExpectedPayoffs(Profile p) {
        if (p.arithmetic() != Arithmetic.EXACT) {
            throw new IllegalStateException("exact payoffs of a double profile");
        }
        return List.copyOf(p instanceof MixedStrategyProfile m ? strategic(Field.EXACT, m).payoffs : behavior(Field.EXACT, (MixedBehaviorProfile) p).payoffs);
    }

    private record Checked<T>(T maxRegret, T distributionError, List<T> payoffs, Field<T> f) {
    }

    private static <T> Verification finish(Checked<T> c, Double allowed) {
        Field<T> f = c.f;
        if (allowed == null) {
            boolean ok = f.isZero(c.maxRegret) && f.isZero(c.distributionError);
            return new Verification((Rational) c.maxRegret, f.toDouble(c.maxRegret), f.toDouble(c.distributionError), 0.0, ok);
        }
        double r = f.toDouble(c.maxRegret);
        double e = f.toDouble(c.distributionError);
        return new Verification(null, r, e, allowed, r <= allowed && e <= allowed);
    }

    @SuppressWarnings("unchecked")
    private static <T> T[][] strategicProbs(Field<T> f, MixedStrategyProfile m) {
        StrategicGame g = m.game();
        Object[][] p = new Object[g.numPlayers()][];
        for (int i = 0; i < p.length; i++) {
            p[i] = new Object[g.numStrategies(i)];
            for (int s = 0; s < p[i].length; s++) {
                p[i][s] = f == Field.EXACT ? m.exactProbability(i, s) : (Object) m.probability(i, s);
            }
        }
        return (T[][]) p;
    }

    private static <T> T distError(Field<T> f, T[] v, boolean allowAllZero) {
        T err = f.zero();
        T sum = f.zero();
        for (T x : v) {
            if (f.compare(x, f.zero()) < 0) {
                err = max(f, err, f.sub(f.zero(), x));
            }
            sum = f.add(sum, x);
        }
        if (allowAllZero && f.isZero(sum)) {
            return err;
        }
        T d = f.sub(sum, f.one());
        if (f.compare(d, f.zero()) < 0) {
            d = f.sub(f.zero(), d);
        }
        return max(f, err, d);
    }

    private static <T> T max(Field<T> f, T a, T b) {
        return f.compare(a, b) >= 0 ? a : b;
    }

    private static <T> Checked<T> strategic(Field<T> f, MixedStrategyProfile m) {
        StrategicGame g = m.game();
        int n = g.numPlayers();
        T[][] p = strategicProbs(f, m);
        T err = f.zero();
        for (T[] v : p) {
            err = max(f, err, distError(f, v, false));
        }
        Object[][] values = new Object[n][];
        // supports: only cells where every other player's probability is non-zero contribute
        int[][] support = new int[n][];
        for (int j = 0; j < n; j++) {
            int[] sup = new int[g.numStrategies(j)];
            int k = 0;
            for (int s = 0; s < sup.length; s++) {
                if (!f.isZero(p[j][s])) {
                    sup[k++] = s;
                }
            }
            support[j] = Arrays.copyOf(sup, k);
        }
        boolean exact = f == Field.EXACT;
        for (int i = 0; i < n; i++) {
            values[i] = new Object[g.numStrategies(i)];
            Arrays.fill(values[i], f.zero());
            boolean empty = false;
            for (int j = 0; j < n; j++) {
                empty |= j != i && support[j].length == 0;
            }
            if (empty) {
                continue;
            }
            int[] pos = new int[n];
            while (true) {
                int cell = 0;
                T w = f.one();
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        int s = support[j][pos[j]];
                        cell += s * g.stride(j);
                        w = f.mul(w, p[j][s]);
                    }
                }
                for (int s = 0; s < g.numStrategies(i); s++) {
                    int c = cell + s * g.stride(i);
                    @SuppressWarnings("unchecked")
                    T u = exact ? (T) g.exactPayoff(i, c) : (T) (Double) g.payoff(i, c);
                    @SuppressWarnings("unchecked")
                    T old = (T) values[i][s];
                    values[i][s] = f.add(old, f.mul(w, u));
                }
                int j = 0;
                for (; j < n; j++) {
                    if (j == i) {
                        continue;
                    }
                    if (++pos[j] < support[j].length) {
                        break;
                    }
                    pos[j] = 0;
                }
                if (j == n) {
                    break;
                }
            }
        }
        T regret = f.zero();
        List<T> payoffs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            T eu = f.zero();
            T best = null;
            for (int s = 0; s < values[i].length; s++) {
                @SuppressWarnings("unchecked")
                T v = (T) values[i][s];
                eu = f.add(eu, f.mul(p[i][s], v));
                best = best == null ? v : max(f, best, v);
            }
            payoffs.add(eu);
            regret = max(f, regret, f.sub(best, eu));
        }
        return new Checked<>(regret, err, payoffs, f);
    }

    private static <T> T behav(Field<T> f, MixedBehaviorProfile b, Node x, int action) {
        Infoset h = x.infoset();
        if (h.isChance()) {
            return f.of(h.action(action).probability());
        }
        @SuppressWarnings("unchecked")
        T v = f == Field.EXACT ? (T) b.exactProbability(h.player().index(), h.index(), action)
                : (T) (Double) b.probability(h.player().index(), h.index(), action);
        return v;
    }

    private static <T> T payoff(Field<T> f, ExtensiveGame g, Node t, int i) {
        @SuppressWarnings("unchecked")
        T v = f == Field.EXACT ? (T) g.exactPayoff(t, i) : (T) (Double) g.payoff(t, i);
        return v;
    }

    private static <T> Checked<T> behavior(Field<T> f, MixedBehaviorProfile b) {
        ExtensiveGame g = b.game();
        int n = g.numPlayers();
        List<Node> nodes = g.nodes();
        int size = nodes.size();
        // reach probabilities: total and excluding each player
        Object[] all = new Object[size];
        Object[][] excl = new Object[n][size];
        Object[][] own = new Object[n][size];
        for (Node x : nodes) {
            Node par = x.parent();
            int k = x.index();
            if (par == null) {
                all[k] = f.one();
                for (int i = 0; i < n; i++) {
                    excl[i][k] = f.one();
                    own[i][k] = f.one();
                }
                continue;
            }
            T pr = behav(f, b, par, x.priorAction().index());
            int mover = par.player().index();
            @SuppressWarnings("unchecked")
            T pa = (T) all[par.index()];
            all[k] = f.mul(pa, pr);
            for (int i = 0; i < n; i++) {
                @SuppressWarnings("unchecked")
                T e = (T) excl[i][par.index()];
                @SuppressWarnings("unchecked")
                T o = (T) own[i][par.index()];
                excl[i][k] = mover == i ? e : f.mul(e, pr);
                own[i][k] = mover == i ? f.mul(o, pr) : o;
            }
        }
        // distribution check: all-zero allowed where the player's own reach is zero at every member
        T err = f.zero();
        for (int i = 0; i < n; i++) {
            for (Infoset h : g.infosets(i)) {
                boolean ownReached = false;
                for (Node x : h.members()) {
                    @SuppressWarnings("unchecked")
                    T o = (T) own[i][x.index()];
                    ownReached |= !f.isZero(o);
                }
                Object[] v = new Object[h.numActions()];
                for (int a = 0; a < v.length; a++) {
                    v[a] = behav(f, b, h.members().get(0), a);
                }
                @SuppressWarnings("unchecked")
                T[] tv = (T[]) v;
                err = max(f, err, distError(f, tv, !ownReached));
            }
        }
        List<T> payoffs = new ArrayList<>();
        T regret = f.zero();
        for (int i = 0; i < n; i++) {
            T eu = f.zero();
            for (Node t : g.terminals()) {
                @SuppressWarnings("unchecked")
                T r = (T) all[t.index()];
                if (!f.isZero(r)) {
                    eu = f.add(eu, f.mul(r, payoff(f, g, t, i)));
                }
            }
            payoffs.add(eu);
            @SuppressWarnings("unchecked")
            T[] ex = (T[]) excl[i];
            T br = g.perfectRecall() ? bestResponsePerfectRecall(f, g, i, ex) : bestResponseByPlans(f, g, i, ex);
            regret = max(f, regret, f.sub(br, eu));
        }
        return new Checked<>(regret, err, payoffs, f);
    }

    /**
     * Best-response value for player i against others' reach {@code ex}: with perfect recall the player's
     * information sets form a forest under his own sequences (h, a); V(h) = max_a [terminal mass directly
     * under (h, a) + sum of V over information sets whose own parent sequence is (h, a)].
     */
    private static <T> T bestResponsePerfectRecall(Field<T> f, ExtensiveGame g, int i, T[] ex) {
        List<Infoset> hs = g.infosets(i);
        // own parent sequence of each node: encoded as h * maxA + a + 1, or 0 for the empty sequence
        int maxA = 1;
        for (Infoset h : hs) {
            maxA = Math.max(maxA, h.numActions());
        }
        int[] seq = new int[g.nodes().size()];
        for (Node x : g.nodes()) {
            Node par = x.parent();
            if (par == null) {
                seq[x.index()] = 0;
            } else if (par.player() != null && par.player().index() == i) {
                seq[x.index()] = par.infoset().index() * maxA + x.priorAction().index() + 1;
            } else {
                seq[x.index()] = seq[par.index()];
            }
        }
        int numSeq = hs.size() * maxA + 1;
        Object[] direct = new Object[numSeq];
        Arrays.fill(direct, f.zero());
        for (Node t : g.terminals()) {
            if (!f.isZero(ex[t.index()])) {
                @SuppressWarnings("unchecked")
                T d = (T) direct[seq[t.index()]];
                direct[seq[t.index()]] = f.add(d, f.mul(ex[t.index()], payoff(f, g, t, i)));
            }
        }
        List<List<Integer>> childInfosets = new ArrayList<>(numSeq);
        for (int s = 0; s < numSeq; s++) {
            childInfosets.add(new ArrayList<>());
        }
        for (Infoset h : hs) {
            childInfosets.get(seq[h.members().get(0).index()]).add(h.index());
        }
        Object[] value = new Object[hs.size()];
        return seqValue(f, 0, direct, childInfosets, value, hs, maxA);
    }

    private static <T> T seqValue(Field<T> f, int s, Object[] direct, List<List<Integer>> kids, Object[] value, List<Infoset> hs, int maxA) {
        @SuppressWarnings("unchecked")
        T v = (T) direct[s];
        for (int h : kids.get(s)) {
            T best = null;
            for (int a = 0; a < hs.get(h).numActions(); a++) {
                T q = seqValue(f, h * maxA + a + 1, direct, kids, value, hs, maxA);
                best = best == null ? q : max(f, best, q);
            }
            v = f.add(v, best);
        }
        return v;
    }

    private static <T> T bestResponseByPlans(Field<T> f, ExtensiveGame g, int i, T[] ex) {
        List<Infoset> hs = g.infosets(i);
        long total = 1;
        for (Infoset h : hs) {
            total *= h.numActions();
            if (total > MAX_IMPERFECT_RECALL_PLANS) {
                throw new UnsupportedGameException("best response of player " + (i + 1)
                        + " in a game without perfect recall needs more than " + MAX_IMPERFECT_RECALL_PLANS + " plans");
            }
        }
        // terminal requirements: own (infoset, action) pairs on the path
        List<Node> ts = g.terminals();
        int[][] req = new int[ts.size()][];
        for (int k = 0; k < ts.size(); k++) {
            List<Integer> r = new ArrayList<>();
            for (Node x = ts.get(k); x.parent() != null; x = x.parent()) {
                Node par = x.parent();
                if (par.player() != null && par.player().index() == i) {
                    r.add(par.infoset().index());
                    r.add(x.priorAction().index());
                }
            }
            req[k] = r.stream().mapToInt(Integer::intValue).toArray();
        }
        int[] plan = new int[hs.size()];
        T best = null;
        for (long c = 0; c < total; c++) {
            T v = f.zero();
            for (int k = 0; k < ts.size(); k++) {
                Node t = ts.get(k);
                if (f.isZero(ex[t.index()])) {
                    continue;
                }
                boolean ok = true;
                for (int q = 0; q < req[k].length && ok; q += 2) {
                    ok = plan[req[k][q]] == req[k][q + 1];
                }
                if (ok) {
                    v = f.add(v, f.mul(ex[t.index()], payoff(f, g, t, i)));
                }
            }
            best = best == null ? v : max(f, best, v);
            for (int h = plan.length - 1; h >= 0; h--) {
                if (++plan[h] < hs.get(h).numActions()) {
                    break;
                }
                plan[h] = 0;
            }
        }
        return best;
    }

    /** @throws ForeignObjectException if the profile is not of game {@code g} */
    public static void checkOwner(Game g, Profile p) {
        ForeignObjectException.check(g, p.game(), "profile");
    }
}
