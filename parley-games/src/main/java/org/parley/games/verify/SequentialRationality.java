package org.parley.games.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.games.Action;
import org.parley.games.Arithmetic;
import org.parley.games.BehaviorProfileValues;
import org.parley.games.ExtensiveGame;
import org.parley.games.ForeignObjectException;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.Node;
import org.parley.games.numeric.Rational;

/**
 * Exact check of an assessment (behaviour profile and beliefs) of an extensive game: Bayes consistency and
 * sequential rationality (Kreps &amp; Wilson 1982, without the consistency limit; for signalling games this is the
 * perfect Bayesian equilibrium condition, Fudenberg &amp; Tirole 1991).
 *
 * <p>At every personal information set h the belief over its members (in member order) is Bayes' rule
 * ρ(x)/ρ(h) when h is reached with positive probability — a given belief must then equal it — and the given
 * belief otherwise (a singleton needs none). Sequential rationality: every action played with positive probability
 * at h maximises the mover's expected continuation payoff Σ_x β(x) v_i(x·a) under that belief, the play below
 * following the profile. O(nodes × players), exact.
 */
public final class SequentialRationality {
    private SequentialRationality() {
    }

    /** What is wrong at an information set. */
    public enum Problem {
        /** An action played with positive probability earns less than the best action. */
        NOT_A_BEST_REPLY,
        /** The set is reached with probability 0, has several members, and no belief was given. */
        NO_BELIEF,
        /** The given belief has the wrong length, a negative entry, or does not sum to 1. */
        BELIEF_NOT_A_DISTRIBUTION,
        /** The set is reached with positive probability and the given belief differs from Bayes' rule. */
        BELIEF_NOT_BAYES
    }

    /**
     * One violation.
     *
     * @param infoset where
     * @param problem what
     * @param action  the action played though not a best reply ({@link Problem#NOT_A_BEST_REPLY}), else null
     * @param value   that action's expected payoff, or null
     * @param best    the best expected payoff at the set, or null
     */
    public record Violation(Infoset infoset, Problem problem, Action action, Rational value, Rational best) {
        public Violation {
            Objects.requireNonNull(infoset, "infoset");
            Objects.requireNonNull(problem, "problem");
        }
    }

    /**
     * Every violation of Bayes consistency and sequential rationality (empty: the assessment passes).
     *
     * @param profile an exact behaviour profile
     * @param beliefs beliefs over the members of information sets with several members; required where the set is
     *                reached with probability 0, optional elsewhere (then checked against Bayes' rule)
     * @throws IllegalArgumentException if the profile is in doubles
     * @throws ForeignObjectException if a belief names an information set of another game
     */
    public static List<Violation> violations(MixedBehaviorProfile profile, Map<Infoset, List<Rational>> beliefs) {
        if (profile.arithmetic() != Arithmetic.EXACT) {
            throw new IllegalArgumentException("sequential rationality is checked exactly: give an exact profile");
        }
        ExtensiveGame g = profile.game();
        for (Infoset h : beliefs.keySet()) {
            ForeignObjectException.check(g, h.game(), "belief's information set");
        }
        BehaviorProfileValues values = BehaviorProfileValues.of(profile);
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < g.numPlayers(); i++) {
            for (Infoset h : g.infosets(i)) {
                List<Rational> given = beliefs.get(h);
                if (given != null && !isDistribution(given, h.members().size())) {
                    out.add(new Violation(h, Problem.BELIEF_NOT_A_DISTRIBUTION, null, null, null));
                    continue;
                }
                List<Rational> belief = belief(values, h, given);
                if (belief == null) {
                    out.add(new Violation(h, Problem.NO_BELIEF, null, null, null));
                    continue;
                }
                if (given != null && !given.equals(belief)) {
                    out.add(new Violation(h, Problem.BELIEF_NOT_BAYES, null, null, null));
                }
                Rational best = null;
                Rational[] av = new Rational[h.numActions()];
                for (Action a : h.actions()) {
                    av[a.index()] = values.exactActionValue(a, belief);
                    best = best == null ? av[a.index()] : best.max(av[a.index()]);
                }
                for (Action a : h.actions()) {
                    if (profile.exactProbability(a).signum() > 0 && av[a.index()].compareTo(best) < 0) {
                        out.add(new Violation(h, Problem.NOT_A_BEST_REPLY, a, av[a.index()], best));
                    }
                }
            }
        }
        return out;
    }

    /** Bayes' rule where h is reached, else the given belief, else (a singleton) certainty; null if none applies. */
    private static List<Rational> belief(BehaviorProfileValues values, Infoset h, List<Rational> given) {
        List<Node> ms = h.members();
        if (values.exactInfosetProbability(h).signum() > 0) {
            List<Rational> b = new ArrayList<>(ms.size());
            for (Node x : ms) {
                Optional<Rational> p = values.exactBelief(x);
                b.add(p.orElseThrow());
            }
            return b;
        }
        if (given != null) {
            return given;
        }
        return ms.size() == 1 ? List.of(Rational.ONE) : null;
    }

    private static boolean isDistribution(List<Rational> b, int size) {
        if (b.size() != size) {
            return false;
        }
        Rational s = Rational.ZERO;
        for (Rational r : b) {
            if (r == null || r.signum() < 0) {
                return false;
            }
            s = s.add(r);
        }
        return s.equals(Rational.ONE);
    }
}
