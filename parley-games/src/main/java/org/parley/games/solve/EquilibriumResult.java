package org.parley.games.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.games.Arithmetic;
import org.parley.games.ForeignObjectException;
import org.parley.games.Game;
import org.parley.games.Profile;
import org.parley.games.UnverifiedEquilibriumException;
import org.parley.games.verify.Tolerance;

/**
 * The result envelope of every equilibrium solver (in the style of pygambit's {@code NashComputationResult}):
 * which game (reference and {@link Game#hash()}), which method with which typed options, in which
 * arithmetic and on which representation, the equilibria found, each carrying its max regret, the tolerance
 * applied, and counters/timing.
 *
 * <p>Invariant (checked by the constructor): every entry of {@link #equilibria()} is verified, and every
 * entry of {@link #rejected()} is not; profiles belong to {@link #game()} (for trees solved through the
 * reduced strategic form, profiles are behaviour profiles of the tree). Candidates that fail verification
 * are never mixed with equilibria: {@link #of} moves them to {@code rejected}, where callers see them
 * flagged. Immutable.
 *
 * @param game the game solved
 * @param gameHash {@code game.hash()}
 * @param method method id as in the registry ({@code "enumpure"}, {@code "lcp"}, ...)
 * @param arithmetic arithmetic of the profiles
 * @param representation representation the method worked on
 * @param options the solver's typed options record
 * @param equilibria verified equilibria, in the order found
 * @param rejected candidates that failed verification (normally empty)
 * @param tolerance tolerance applied ({@link Tolerance#EXACT} for exact results)
 * @param diagnostics counters and wall time
 */
public record EquilibriumResult(Game game, String gameHash, String method, Arithmetic arithmetic, Representation representation,
                                SolverOptions options, List<Equilibrium> equilibria, List<Equilibrium> rejected,
                                Tolerance tolerance, Diagnostics diagnostics) {
    public EquilibriumResult {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(arithmetic, "arithmetic");
        Objects.requireNonNull(representation, "representation");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(diagnostics, "diagnostics");
        if (!game.hash().equals(gameHash)) {
            throw new IllegalArgumentException("gameHash does not match the game");
        }
        equilibria = List.copyOf(equilibria);
        rejected = List.copyOf(rejected);
        for (Equilibrium e : equilibria) {
            ForeignObjectException.check(game, e.profile().game(), "equilibrium profile");
            if (!e.verified()) {
                throw new UnverifiedEquilibriumException(method + ": profile with max regret " + e.maxRegret()
                        + " listed as an equilibrium: " + e.profile());
            }
            if (e.profile().arithmetic() != arithmetic) {
                throw new IllegalArgumentException(method + ": " + e.profile().arithmetic() + " profile in a " + arithmetic + " result");
            }
        }
        for (Equilibrium e : rejected) {
            if (e.verified()) {
                throw new IllegalArgumentException("a verified profile listed as rejected");
            }
        }
    }

    /**
     * Verifies each candidate profile against {@code tolerance} (exactly for exact profiles) and builds the
     * result: verified ones become {@link #equilibria()}, the others {@link #rejected()}. This is the entry
     * point solvers should use.
     */
    public static EquilibriumResult of(Game game, String method, Arithmetic arithmetic, Representation representation,
                                       SolverOptions options, List<? extends Profile> candidates, Tolerance tolerance,
                                       Diagnostics diagnostics) {
        List<Equilibrium> ok = new ArrayList<>();
        List<Equilibrium> bad = new ArrayList<>();
        Tolerance t = arithmetic == Arithmetic.EXACT ? Tolerance.EXACT : tolerance;
        for (Profile p : candidates) {
            ForeignObjectException.check(game, p.game(), "candidate profile");
            Equilibrium e = Equilibrium.check(p, t);
            (e.verified() ? ok : bad).add(e);
        }
        return new EquilibriumResult(game, game.hash(), method, arithmetic, representation, options, ok, bad, t, diagnostics);
    }

    /** True when nothing was rejected. */
    public boolean isVerified() {
        return rejected.isEmpty();
    }

    /** The verified profiles. */
    public List<Profile> profiles() {
        return equilibria.stream().map(Equilibrium::profile).toList();
    }

    /** Largest max regret over the equilibria (0 if none). */
    public double maxRegret() {
        return equilibria.stream().mapToDouble(Equilibrium::maxRegret).max().orElse(0.0);
    }
}
