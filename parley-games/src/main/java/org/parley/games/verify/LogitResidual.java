package org.parley.games.verify;

import org.parley.games.Action;
import org.parley.games.BehaviorProfileValues;
import org.parley.games.ExtensiveGame;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.Node;

/**
 * The certificate of an agent logit quantal response equilibrium (McKelvey &amp; Palfrey 1998): how far a behaviour
 * profile σ is from solving the logit equations at precision λ,
 * <pre>
 *   residual(σ, λ) = max over information sets h reached with positive probability, actions a at h, of
 *                    | σ(a) − exp(λ Q(a)) / Σ_b exp(λ Q(b)) |,
 *   Q(a) = Σ_{x∈h} β(x) v_i(x·a),   β(x) = ρ(x) / Σ_{y∈h} ρ(y),
 * </pre>
 * with Q the mover's expected payoff of the action under the profile's own continuation values and Bayes' beliefs
 * ({@link BehaviorProfileValues}). A QRE has residual 0; in doubles a small positive residual is rounding. Sets
 * reached with probability 0 (possible only behind zero-probability chance moves, since a QRE plays every action)
 * are not constrained. The exponentials are shifted by the largest Q, so large λ does not overflow. Computed
 * independently of any solver: O(nodes × players).
 */
public final class LogitResidual {
    private LogitResidual() {
    }

    /**
     * The residual of {@code profile} at precision {@code lambda} (exact profiles are evaluated in doubles).
     *
     * @throws IllegalArgumentException if lambda is negative or not finite
     */
    public static double of(MixedBehaviorProfile profile, double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and >= 0, was " + lambda);
        }
        ExtensiveGame g = profile.game();
        BehaviorProfileValues v = BehaviorProfileValues.of(profile);
        double worst = 0;
        for (int i = 0; i < g.numPlayers(); i++) {
            for (Infoset h : g.infosets(i)) {
                double reach = v.infosetProbability(h);
                if (!(reach > 0)) {
                    continue;
                }
                double[] belief = new double[h.members().size()];
                for (int k = 0; k < belief.length; k++) {
                    Node x = h.members().get(k);
                    belief[k] = v.realizationProbability(x) / reach;
                }
                double[] q = new double[h.numActions()];
                double max = Double.NEGATIVE_INFINITY;
                for (Action a : h.actions()) {
                    q[a.index()] = v.actionValue(a, belief);
                    max = Math.max(max, q[a.index()]);
                }
                double sum = 0;
                for (double qa : q) {
                    sum += Math.exp(lambda * (qa - max));
                }
                for (Action a : h.actions()) {
                    double want = Math.exp(lambda * (q[a.index()] - max)) / sum;
                    worst = Math.max(worst, Math.abs(want - profile.probability(a)));
                }
            }
        }
        return worst;
    }
}
