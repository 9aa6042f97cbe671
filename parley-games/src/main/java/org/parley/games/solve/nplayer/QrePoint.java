package org.parley.games.solve.nplayer;

import java.util.Objects;
import org.parley.games.Profile;

/**
 * One logit quantal response equilibrium: {@code sigma = logit_lambda(Q(sigma))}, i.e. in every block
 * (player of a table, information set of a tree in the agent form)
 * {@code sigma_a = exp(lambda Q_a) / sum_b exp(lambda Q_b)} with Q the expected payoffs of the choices
 * (conditional on reaching the information set in the agent form).
 *
 * @param lambda precision parameter, {@code >= 0} (payoffs are not rescaled)
 * @param profile the QRE profile (double arithmetic)
 * @param residual certificate: {@code max_a |sigma_a - logit_lambda(Q(sigma))_a|} recomputed at the profile
 */
public record QrePoint(double lambda, Profile profile, double residual) {
    public QrePoint {
        Objects.requireNonNull(profile, "profile");
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and >= 0, was " + lambda);
        }
        if (!(residual >= 0)) {
            throw new IllegalArgumentException("residual must be >= 0, was " + residual);
        }
    }
}
