package org.parley.games.conformance;

import java.util.List;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.Game;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.MixedStrategyProfile;
import org.parley.games.Node;
import org.parley.games.Profile;
import org.parley.games.StrategicGame;
import org.parley.games.numeric.Rational;

/**
 * Comparison of profiles with Gambit's printed ones. Strategic profiles compare entry by entry. Behaviour
 * profiles compare up to realization equivalence: the probability that the player's own choices reach each
 * information set must agree, and the action probabilities must agree where that reach is positive (Gambit
 * prints zeros elsewhere; other methods may print anything there).
 */
final class ProfileMatch {
    private ProfileMatch() {
    }

    /**
     * Parses one of Gambit's NE lines for game {@code g}. For trees, Gambit prints behaviour profiles (one entry
     * per action) for most methods but mixed profiles of the reduced strategic form for methods that work on it
     * (enummixed); the length decides, and {@code strategicOnTrees} breaks ties. Mixed profiles of the reduced
     * form are mapped to behaviour with {@link org.parley.games.ReducedStrategicForm#toBehavior}, which relies
     * on Parley listing reduced strategies in Gambit's order.
     */
    static Profile parse(Game g, List<String> tokens, boolean strategicOnTrees) {
        if (g instanceof ExtensiveGame e) {
            int actions = 0;
            for (int i = 0; i < e.numPlayers(); i++) {
                actions += e.numActions(i);
            }
            boolean strategic = tokens.size() != actions || strategicOnTrees;
            if (strategic) {
                var rsf = e.reducedStrategicForm();
                if (tokens.size() != rsf.strategicGame().totalStrategies()) {
                    throw new IllegalArgumentException("Gambit line has " + tokens.size() + " entries: neither " + actions
                            + " actions nor " + rsf.strategicGame().totalStrategies() + " reduced strategies");
                }
                return rsf.toBehavior((MixedStrategyProfile) parse(rsf.strategicGame(), tokens, false));
            }
        }
        boolean exact = tokens.stream().noneMatch(t -> t.contains(".") || t.contains("e") || t.contains("E"));
        if (exact) {
            List<Rational> r = tokens.stream().map(Rational::parse).toList();
            return g instanceof StrategicGame s ? MixedStrategyProfile.ofExactFlat(s, r) : MixedBehaviorProfile.ofExactFlat((ExtensiveGame) g, r);
        }
        double[] d = tokens.stream().mapToDouble(Double::parseDouble).toArray();
        return g instanceof StrategicGame s ? MixedStrategyProfile.ofDoubleFlat(s, d) : MixedBehaviorProfile.ofDoubleFlat((ExtensiveGame) g, d);
    }

    /** Exact comparison when both are exact, else within {@code tol}. */
    static boolean same(Profile a, Profile b, double tol) {
        boolean exact = a.arithmetic() == Arithmetic.EXACT && b.arithmetic() == Arithmetic.EXACT;
        if (a instanceof MixedStrategyProfile) {
            if (exact) {
                return a.toFlatExact().equals(b.toFlatExact());
            }
            double[] x = a.toFlatArray();
            double[] y = b.toFlatArray();
            for (int i = 0; i < x.length; i++) {
                if (Math.abs(x[i] - y[i]) > tol) {
                    return false;
                }
            }
            return true;
        }
        MixedBehaviorProfile p = (MixedBehaviorProfile) a;
        MixedBehaviorProfile q = (MixedBehaviorProfile) b;
        ExtensiveGame g = p.game();
        for (int i = 0; i < g.numPlayers(); i++) {
            for (Infoset h : g.infosets(i)) {
                if (exact) {
                    Rational rp = ownReachExact(p, h.members().get(0), i);
                    Rational rq = ownReachExact(q, h.members().get(0), i);
                    if (!rp.equals(rq)) {
                        return false;
                    }
                    if (rp.signum() > 0) {
                        for (int k = 0; k < h.numActions(); k++) {
                            if (!p.exactProbability(i, h.index(), k).equals(q.exactProbability(i, h.index(), k))) {
                                return false;
                            }
                        }
                    }
                } else {
                    double rp = ownReach(p, h.members().get(0), i);
                    double rq = ownReach(q, h.members().get(0), i);
                    if (Math.abs(rp - rq) > tol) {
                        return false;
                    }
                    if (rp > tol) {
                        for (int k = 0; k < h.numActions(); k++) {
                            if (Math.abs(p.probability(i, h.index(), k) - q.probability(i, h.index(), k)) > tol) {
                                return false;
                            }
                        }
                    }
                }
            }
        }
        return true;
    }

    private static double ownReach(MixedBehaviorProfile b, Node x, int player) {
        double r = 1;
        for (Node y = x; y.parent() != null; y = y.parent()) {
            Node par = y.parent();
            if (par.player() != null && par.player().index() == player) {
                r *= b.probability(player, par.infoset().index(), y.priorAction().index());
            }
        }
        return r;
    }

    private static Rational ownReachExact(MixedBehaviorProfile b, Node x, int player) {
        Rational r = Rational.ONE;
        for (Node y = x; y.parent() != null; y = y.parent()) {
            Node par = y.parent();
            if (par.player() != null && par.player().index() == player) {
                r = r.multiply(b.exactProbability(player, par.infoset().index(), y.priorAction().index()));
            }
        }
        return r;
    }

    static boolean contains(List<Profile> set, Profile p, double tol) {
        for (Profile q : set) {
            if (same(q, p, tol)) {
                return true;
            }
        }
        return false;
    }
}
