package org.parley.analysis.crisis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.games.ExtensiveGame;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.Node;
import org.parley.games.numeric.Rational;

/**
 * Exact check of sequential rationality of an assessment (behaviour profile + beliefs) on an extensive game: at every
 * personal information set, every action played with positive probability maximises the mover's expected
 * continuation payoff, the expectation taken over the set's nodes with the belief — Bayes' rule from the profile
 * where the set is reached with positive probability, the given belief elsewhere (Kreps &amp; Wilson 1982 without
 * the consistency limit; for the two-type signalling games here that is the perfect Bayesian equilibrium
 * condition). O(nodes × players).
 */
public final class SequentialRationality {
    private SequentialRationality() {
    }

    /**
     * Returns the violations found (empty: sequentially rational).
     *
     * @param offPathBeliefs belief over the members (in preorder) of information sets reached with probability 0; a
     *                       singleton set needs none; a missing entry for a larger set is a violation
     */
    public static List<String> violations(MixedBehaviorProfile b, Map<Infoset, Rational[]> offPathBeliefs) {
        ExtensiveGame g = b.game();
        Rational[] reach = TreeSolutions.exactReach(b);
        Rational[][] value = TreeSolutions.exactValues(b);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < g.numPlayers(); i++) {
            for (Infoset h : g.infosets(i)) {
                List<Node> ms = h.members();
                Rational total = Rational.ZERO;
                for (Node m : ms) {
                    total = total.add(reach[m.index()]);
                }
                Rational[] w = new Rational[ms.size()];
                if (total.signum() > 0) {
                    for (int k = 0; k < ms.size(); k++) {
                        w[k] = reach[ms.get(k).index()].divide(total);
                    }
                } else if (ms.size() == 1) {
                    w[0] = Rational.ONE;
                } else {
                    Rational[] given = offPathBeliefs.get(h);
                    if (given == null || given.length != ms.size()) {
                        out.add(h + ": off the path and no belief given");
                        continue;
                    }
                    w = given;
                }
                Rational best = null;
                Rational[] av = new Rational[h.numActions()];
                for (int a = 0; a < h.numActions(); a++) {
                    Rational s = Rational.ZERO;
                    for (int k = 0; k < ms.size(); k++) {
                        s = s.add(w[k].multiply(value[ms.get(k).children().get(a).index()][i]));
                    }
                    av[a] = s;
                    best = best == null ? s : best.max(s);
                }
                for (int a = 0; a < h.numActions(); a++) {
                    if (b.exactProbability(i, h.index(), a).signum() > 0 && av[a].compareTo(best) < 0) {
                        out.add(h + ": action '" + h.action(a).label() + "' is played but earns " + av[a]
                                + " < " + best);
                    }
                }
            }
        }
        return out;
    }
}
