package org.parley.analysis.crisis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.Equilibrium;
import org.parley.games.verify.SequentialRationality;

/**
 * One equilibrium of a crisis template as the engine returned it, with what it implies for the crisis: outcome
 * probabilities, the path, beliefs, refinements and checks. Immutable.
 *
 * @param concept            subgame-perfect, agent logit QRE or perfect Bayesian
 * @param profile            the behaviour profile on the template's extensive game
 * @param beliefs            the defender's beliefs at its information sets (two-type templates; empty otherwise)
 * @param outcomes           probability of each outcome, in the order of first use in the tree (doubles)
 * @param exactOutcomes      the same in exact rationals (empty for a QRE, which is computed in doubles)
 * @param path               the equilibrium path
 * @param signaling          the signalling strategies (two-type templates), else null
 * @param continuum          true when this is one point of a continuum of equilibria with the same supports
 * @param intuitiveCriterion survives the Cho–Kreps intuitive criterion (true when no message is off path, and for
 *                           the complete-information templates)
 * @param d1                 survives D1 (likewise)
 * @param nash               the engine's regret check of {@code profile} (exact, except for a QRE, whose regret is
 *                           recorded with the default tolerance and shrinks as λ grows)
 * @param violations         Bayes-consistency and sequential-rationality violations found by the engine's
 *                           {@link SequentialRationality} (empty for a QRE, which is not checked for them)
 * @param lambda             precision λ of a QRE, NaN otherwise
 * @param qreResidual        a QRE's logit residual (certified by the engine), NaN otherwise
 */
public record CrisisEquilibrium(SolutionConcept concept, MixedBehaviorProfile profile, List<Belief> beliefs,
                                Map<TemplateOutcome, Double> outcomes, Map<TemplateOutcome, Rational> exactOutcomes,
                                List<PathStep> path, SignalingChoices signaling, boolean continuum,
                                boolean intuitiveCriterion, boolean d1, Equilibrium nash,
                                List<SequentialRationality.Violation> violations, double lambda, double qreResidual) {
    /** Largest QRE residual accepted by {@link #isVerified()} (the engine's {@code qre} default tolerance). */
    public static final double QRE_TOLERANCE = 1e-12;

    public CrisisEquilibrium {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(profile, "profile");
        beliefs = List.copyOf(beliefs);
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        exactOutcomes = Collections.unmodifiableMap(new LinkedHashMap<>(exactOutcomes));
        path = List.copyOf(path);
        Objects.requireNonNull(nash, "nash");
        violations = List.copyOf(violations);
        if ((concept == SolutionConcept.PERFECT_BAYESIAN) != (signaling != null)) {
            throw new IllegalArgumentException("signalling strategies belong to perfect Bayesian equilibria only");
        }
        if ((concept == SolutionConcept.AGENT_LOGIT_QRE) == Double.isNaN(qreResidual)) {
            throw new IllegalArgumentException("a QRE, and only a QRE, has a logit residual");
        }
    }

    /** Probability of an outcome (0 when it does not occur in the tree). */
    public double probability(TemplateOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0.0);
    }

    /** Whether this is a quantal response equilibrium (not a Nash equilibrium). */
    public boolean isQre() {
        return concept == SolutionConcept.AGENT_LOGIT_QRE;
    }

    /** Sequentially rational given the beliefs (and Bayes-consistent); false for a QRE, which is not meant to be. */
    public boolean sequentiallyRational() {
        return !isQre() && violations.isEmpty();
    }

    /**
     * The equilibrium passed its own check: for a QRE, the logit equations hold to {@link #QRE_TOLERANCE}; otherwise
     * the engine's regret check and the sequential-rationality check both passed.
     */
    public boolean isVerified() {
        return isQre() ? qreResidual <= QRE_TOLERANCE : nash.verified() && violations.isEmpty();
    }
}
