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
import org.parley.provenance.InputKind;
import org.parley.provenance.Provenance;
import org.parley.provenance.RunContext;

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
 * @param provenance where the result came from: input kind {@link InputKind#GAME} with {@code gameHash}, component
 *     {@code method} and its version, every option ({@link SolverOptions#asParameters()}), and the transformations
 *     applied to the game before the method saw it (e.g. {@link #REDUCED_STRATEGIC_FORM})
 * @param completion whether the method ran to its end or a {@link SolveBudget} cut it short (then the equilibria
 *     are those found so far, each verified, and the answer may be incomplete)
 */
public record EquilibriumResult(Game game, String gameHash, String method, Arithmetic arithmetic, Representation representation,
                                SolverOptions options, List<Equilibrium> equilibria, List<Equilibrium> rejected,
                                Tolerance tolerance, Diagnostics diagnostics, Provenance provenance,
                                Completion completion) {
    /** Version recorded for a solver that does not state its own; bump a solver's own when its results change. */
    public static final String DEFAULT_SOLVER_VERSION = "1";

    /** The transformation recorded when a tree is solved through its reduced strategic form. */
    public static final String REDUCED_STRATEGIC_FORM = "reduced strategic form";

    public EquilibriumResult {
        Objects.requireNonNull(game, "game");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(arithmetic, "arithmetic");
        Objects.requireNonNull(representation, "representation");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(completion, "completion");
        if (!game.hash().equals(gameHash)) {
            throw new IllegalArgumentException("gameHash does not match the game");
        }
        if (provenance.inputKind() != InputKind.GAME || !provenance.inputSha256().equals(gameHash)
                || !provenance.component().equals(method)) {
            throw new IllegalArgumentException("provenance must name the game (" + gameHash + ") and the method " + method
                    + ", was " + provenance.inputKind() + " " + provenance.inputSha256() + " " + provenance.component());
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

    /** A result of a run that ended on its own ({@link Completion#COMPLETE}). */
    public EquilibriumResult(Game game, String gameHash, String method, Arithmetic arithmetic,
                             Representation representation, SolverOptions options, List<Equilibrium> equilibria,
                             List<Equilibrium> rejected, Tolerance tolerance, Diagnostics diagnostics,
                             Provenance provenance) {
        this(game, gameHash, method, arithmetic, representation, options, equilibria, rejected, tolerance, diagnostics,
                provenance, Completion.COMPLETE);
    }

    /**
     * Verifies each candidate profile against {@code tolerance} (exactly for exact profiles) and builds the
     * result: verified ones become {@link #equilibria()}, the others {@link #rejected()}. This is the entry
     * point solvers should use.
     */
    public static EquilibriumResult of(Game game, String method, Arithmetic arithmetic, Representation representation,
                                       SolverOptions options, List<? extends Profile> candidates, Tolerance tolerance,
                                       Diagnostics diagnostics) {
        return of(game, method, DEFAULT_SOLVER_VERSION, arithmetic, representation, options, candidates, tolerance,
                diagnostics);
    }

    /**
     * As {@link #of(Game, String, Arithmetic, Representation, SolverOptions, List, Tolerance, Diagnostics)}, with the
     * solver's implementation version for the provenance record.
     */
    public static EquilibriumResult of(Game game, String method, String solverVersion, Arithmetic arithmetic,
                                       Representation representation, SolverOptions options,
                                       List<? extends Profile> candidates, Tolerance tolerance, Diagnostics diagnostics) {
        List<Equilibrium> ok = new ArrayList<>();
        List<Equilibrium> bad = new ArrayList<>();
        Tolerance t = arithmetic == Arithmetic.EXACT ? Tolerance.EXACT : tolerance;
        for (Profile p : candidates) {
            ForeignObjectException.check(game, p.game(), "candidate profile");
            Equilibrium e = Equilibrium.check(p, t);
            (e.verified() ? ok : bad).add(e);
        }
        Provenance prov = RunContext.of(InputKind.GAME, game.hash()).provenance(method, solverVersion,
                options.asParameters());
        return new EquilibriumResult(game, game.hash(), method, arithmetic, representation, options, ok, bad, t,
                diagnostics, prov);
    }

    /** This result with one more transformation recorded in its provenance (e.g. {@link #REDUCED_STRATEGIC_FORM}). */
    public EquilibriumResult withTransformation(String step) {
        return new EquilibriumResult(game, gameHash, method, arithmetic, representation, options, equilibria, rejected,
                tolerance, diagnostics, provenance.withTransformation(step), completion);
    }

    /**
     * This result with its wall-clock time set to 0, the only part that changes between runs of the same method on
     * the same game (for byte-identical output; the counters stay).
     */
    public EquilibriumResult withoutTiming() {
        return new EquilibriumResult(game, gameHash, method, arithmetic, representation, options, equilibria, rejected,
                tolerance, new Diagnostics(0, diagnostics.counters()), provenance, completion);
    }

    /** This result marked as ended by a budget (or as complete). */
    public EquilibriumResult withCompletion(Completion c) {
        return new EquilibriumResult(game, gameHash, method, arithmetic, representation, options, equilibria, rejected,
                tolerance, diagnostics, provenance, c);
    }

    /**
     * This result with at most {@code max} equilibria: the first {@code max} in the order found, marked
     * {@link Completion#EQUILIBRIUM_LIMIT} if any were dropped; unchanged otherwise.
     */
    public EquilibriumResult limitedTo(long max) {
        if (equilibria.size() <= max) return this;
        return new EquilibriumResult(game, gameHash, method, arithmetic, representation, options,
                equilibria.subList(0, (int) max), rejected, tolerance, diagnostics, provenance,
                Completion.EQUILIBRIUM_LIMIT);
    }

    /**
     * The result of a run that a budget ended before the method produced its own result (a method that
     * finds its equilibria only at the end): no equilibria; the method's options are not known, so
     * {@link NoOptions} is recorded.
     */
    public static EquilibriumResult unfinished(Game game, String method, Arithmetic arithmetic,
                                               Representation representation, Completion completion,
                                               Diagnostics diagnostics) {
        return of(game, method, arithmetic, representation, NoOptions.INSTANCE, List.of(), Tolerance.DEFAULT,
                diagnostics).withCompletion(completion);
    }

    /** True when the method ran to its end ({@link Completion#COMPLETE}). */
    public boolean isComplete() {
        return completion.isComplete();
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
