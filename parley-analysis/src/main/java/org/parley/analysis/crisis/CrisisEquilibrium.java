package org.parley.analysis.crisis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.numeric.Rational;
import org.parley.games.verify.Verification;

/**
 * One equilibrium of a crisis template, with its beliefs, outcome probabilities and checks.
 *
 * @param kind                 e.g. "subgame perfect", "agent logit QRE", "separating", "pooling on no signal",
 *                             "semi-separating"
 * @param profile              the behaviour profile on the template's extensive game
 * @param beliefs              beliefs at information sets with several members (empty for perfect information)
 * @param outcomes             probability of each outcome label, in the template's order (doubles)
 * @param exactOutcomes        the same in exact rationals (empty when computed in doubles, e.g. logit)
 * @param path                 the equilibrium path: the actions taken with positive probability from the root,
 *                             as "player: action (probability)"
 * @param continuum            true when this is one point of a continuum of equilibria with the same supports
 *                             (the description says which numbers can vary)
 * @param description          plain-text summary (strategies, beliefs, ranges)
 * @param intuitiveCriterion   survives the Cho–Kreps intuitive criterion (true when no message is off path)
 * @param d1                   survives the D1 criterion (true when no message is off path)
 * @param nash                 the engine's regret check of {@code profile}
 * @param sequentiallyRational whether every action played with positive probability is a best reply at its
 *                             information set given {@code beliefs} and the continuation (checked on the tree);
 *                             false for a quantal response equilibrium, which is not meant to be
 * @param qreResidual          for a logit QRE: the largest difference between a choice probability and the logit
 *                             formula recomputed from the profile's own continuation values; NaN otherwise
 */
public record CrisisEquilibrium(String kind, MixedBehaviorProfile profile, List<Belief> beliefs,
                                Map<String, Double> outcomes, Map<String, Rational> exactOutcomes, List<String> path,
                                boolean continuum, String description, boolean intuitiveCriterion, boolean d1,
                                Verification nash, boolean sequentiallyRational, double qreResidual) {
    public CrisisEquilibrium {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(profile, "profile");
        beliefs = List.copyOf(beliefs);
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        exactOutcomes = Collections.unmodifiableMap(new LinkedHashMap<>(exactOutcomes));
        path = List.copyOf(path);
        description = description == null ? "" : description;
        Objects.requireNonNull(nash, "nash");
    }

    /** Probability of an outcome label (0 when the label is unknown). */
    public double probability(String outcome) {
        return outcomes.getOrDefault(outcome, 0.0);
    }

    /** Largest QRE residual accepted by {@link #isVerified()}. */
    public static final double QRE_TOLERANCE = 1e-12;

    /** Whether this is a quantal response equilibrium (not a Nash equilibrium). */
    public boolean isQre() {
        return !Double.isNaN(qreResidual);
    }

    /**
     * The equilibrium passed its own check: for a QRE, the logit equations hold to {@link #QRE_TOLERANCE}; otherwise
     * the engine's regret check and the sequential-rationality check both passed.
     */
    public boolean isVerified() {
        return isQre() ? qreResidual <= QRE_TOLERANCE : nash.verified() && sequentiallyRational;
    }
}
