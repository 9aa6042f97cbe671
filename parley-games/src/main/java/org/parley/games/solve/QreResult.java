package org.parley.games.solve;

import java.util.Objects;
import org.parley.games.ExtensiveGame;
import org.parley.games.ForeignObjectException;
import org.parley.games.Game;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.UnverifiedEquilibriumException;
import org.parley.games.verify.LogitResidual;
import org.parley.provenance.InputKind;
import org.parley.provenance.Provenance;
import org.parley.provenance.RunContext;

/**
 * The result envelope of a quantal-response method: one logit QRE at precision λ with its certificate. A QRE is not
 * a Nash equilibrium, so this is not an {@link EquilibriumResult} (whose profiles must have zero regret): its check
 * is the logit residual ({@link LogitResidual}), recomputed from the profile independently of the solver.
 *
 * <p>Invariant (checked by the constructor): {@code residual <= tolerance}; a profile that fails is refused with
 * {@link UnverifiedEquilibriumException}, never returned. The profile belongs to {@link #game()}. Immutable.
 *
 * @param game           the game solved
 * @param gameHash       {@code game.hash()}
 * @param method         method id as in the registry
 * @param lambda         precision λ ≥ 0 (0: uniform choice; large: close to a Nash equilibrium)
 * @param representation representation the method worked on ({@link Representation#AGENT} for trees)
 * @param options        the solver's typed options
 * @param profile        the QRE (double arithmetic)
 * @param residual       the certificate: largest deviation from the logit equations
 * @param tolerance      largest residual accepted
 * @param diagnostics    counters and wall time
 * @param provenance     input kind {@link InputKind#GAME} with {@code gameHash}, component {@code method}, every option
 */
public record QreResult(Game game, String gameHash, String method, double lambda, Representation representation,
                        SolverOptions options, MixedBehaviorProfile profile, double residual, double tolerance,
                        Diagnostics diagnostics, Provenance provenance) {
    public QreResult {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(representation, "representation");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(provenance, "provenance");
        if (!game.hash().equals(gameHash)) {
            throw new IllegalArgumentException("gameHash does not match the game");
        }
        ForeignObjectException.check(game, profile.game(), "QRE profile");
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and >= 0, was " + lambda);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0, was " + tolerance);
        }
        if (!(residual <= tolerance)) {
            throw new UnverifiedEquilibriumException(method + ": profile with logit residual " + residual
                    + " above the tolerance " + tolerance + " presented as a QRE at lambda " + lambda + ": " + profile);
        }
        if (provenance.inputKind() != InputKind.GAME || !provenance.inputSha256().equals(gameHash)
                || !provenance.component().equals(method)) {
            throw new IllegalArgumentException("provenance must name the game and the method " + method);
        }
    }

    /** This result with its wall-clock time set to 0 (for byte-identical output; the counters stay). */
    public QreResult withoutTiming() {
        return new QreResult(game, gameHash, method, lambda, representation, options, profile, residual, tolerance,
                new Diagnostics(0, diagnostics.counters()), provenance);
    }

    /**
     * Certifies a profile and builds the result: the residual is recomputed with {@link LogitResidual#of}.
     *
     * @throws UnverifiedEquilibriumException if the residual exceeds {@code tolerance}
     */
    public static QreResult of(ExtensiveGame game, String method, String solverVersion, double lambda,
                               Representation representation, SolverOptions options, MixedBehaviorProfile profile,
                               double tolerance, Diagnostics diagnostics) {
        ForeignObjectException.check(game, profile.game(), "QRE profile");
        double residual = LogitResidual.of(profile, lambda);
        Provenance prov = RunContext.of(InputKind.GAME, game.hash()).provenance(method, solverVersion,
                options.asParameters());
        return new QreResult(game, game.hash(), method, lambda, representation, options, profile, residual, tolerance,
                diagnostics, prov);
    }

    /** Always true for a constructed result (the constructor refuses the others); stated for symmetry with checks. */
    public boolean isVerified() {
        return residual <= tolerance;
    }
}
