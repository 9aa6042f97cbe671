package org.parley.games.solve.signaling;

import java.util.List;
import java.util.Objects;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.Equilibrium;
import org.parley.games.verify.SequentialRationality;

/**
 * One perfect Bayesian equilibrium of a sender–receiver game (Fudenberg &amp; Tirole 1991): a behaviour profile on the
 * whole tree (continuation play by backward induction), the receiver's beliefs at every message, and its checks.
 *
 * @param profile            exact behaviour profile
 * @param beliefs            the receiver's beliefs, one set per message in message order
 * @param pattern            how the sender uses the messages
 * @param continuum          true when this is one point (the average of the vertices) of a continuum of equilibria
 *                           with the same supports: mixing probabilities can vary
 * @param senderPayoffs      each type's expected payoff, in type order
 * @param receiverPayoff     the receiver's expected payoff
 * @param intuitiveCriterion survives the Cho–Kreps intuitive criterion (true when every message is on the path)
 * @param d1                 survives the D1 criterion (true when every message is on the path)
 * @param nash               the engine's regret check of {@code profile} (exact)
 * @param violations         Bayes-consistency and sequential-rationality violations of (profile, beliefs) found by
 *                           {@link SequentialRationality}; empty for an equilibrium
 */
public record PerfectBayesianEquilibrium(MixedBehaviorProfile profile, List<BeliefSet> beliefs, SenderPattern pattern,
                                         boolean continuum, List<Rational> senderPayoffs, Rational receiverPayoff,
                                         boolean intuitiveCriterion, boolean d1, Equilibrium nash,
                                         List<SequentialRationality.Violation> violations) {
    public PerfectBayesianEquilibrium {
        Objects.requireNonNull(profile, "profile");
        beliefs = List.copyOf(beliefs);
        Objects.requireNonNull(pattern, "pattern");
        senderPayoffs = List.copyOf(senderPayoffs);
        Objects.requireNonNull(receiverPayoff, "receiverPayoff");
        Objects.requireNonNull(nash, "nash");
        violations = List.copyOf(violations);
    }

    /** Zero regret and no violation of Bayes consistency or sequential rationality. */
    public boolean isVerified() {
        return nash.verified() && violations.isEmpty();
    }
}
