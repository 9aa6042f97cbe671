package org.parley.games.solve.seqform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.Profile;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.ExtensiveEquilibriumSolver;
import org.parley.games.solve.Representation;
import org.parley.games.solve.SolverOptions;
import org.parley.games.verify.Tolerance;

/**
 * One Nash equilibrium of a two-player extensive game with perfect recall by Lemke's algorithm on the
 * sequence-form linear complementarity problem (Koller, Megiddo and von Stengel, GEB 14 (1996) 247–259;
 * Lemke, Management Science 11 (1965) 681–689). Registered as method {@code lcp} for trees (Gambit's
 * {@code gambit-lcp} on .efg files; on tables the same name is Lemke–Howson).
 *
 * <p>Formulation. With {@link SequenceForm} data E, e, F, f, A, B, an equilibrium is a solution of
 * <pre>
 *   E x = e,  F y = f,  x, y ≥ 0,  p, q free,
 *   w = Eᵀp − A y + d·z0 ≥ 0,  x ⊥ w,        v = Fᵀq − Bᵀx + d'·z0 ≥ 0,  y ⊥ v,      z0 = 0.
 * </pre>
 * Terminal payoffs are first shifted to u − (max u + 1) &lt; 0 (a strategically equivalent change, since every
 * pair of realization plans reaches the leaves with total probability 1) and scaled to integers. The start is
 * the pure pair "first action at every information set": its sequences and the free infoset values p, q are
 * pivoted into the basis (p, q never leave; the equality rows stay tight). The covering vector d is 1 on
 * every sequence not in the start and 0 on those in it, which makes the start optimal against itself for
 * large z0. Lemke's complementary pivoting then lowers z0 to 0. Degeneracy is resolved lexicographically
 * with respect to the starting basis (no cycling); all arithmetic is fraction-free integer pivoting, so the
 * result is exact.
 *
 * <p>Behaviour strategies: b(h, a) = x(h, a)/x(σ(h)) where the player's own plan reaches h, and the
 * centroid 1/|A(h)| elsewhere, as Gambit prints (see {@link SequenceForm#toBehavior}). The profile is checked
 * with {@link org.parley.games.verify.Regret} by {@link EquilibriumResult#of} before it is returned.
 *
 * <p>Complexity: each pivot is O((|S1|+|S2|+|H1|+|H2|)²) integer operations; the number of pivots is
 * exponential in the worst case (Savani and von Stengel 2006) but small on the Gambit catalogue. Stateless and
 * thread-safe.
 */
public final class SequenceFormLcpSolver implements ExtensiveEquilibriumSolver {
    /** Registry name. */
    public static final String METHOD = "lcp";

    /**
     * Options.
     *
     * @param arithmetic EXACT returns the exact profile; DOUBLE returns the same profile rounded to doubles
     *     and checked against {@code tolerance} (the computation itself is always exact)
     * @param maxPivots Lemke pivot budget (positive); running out raises
     *     {@link org.parley.games.solve.lp.PivotLimitException}
     * @param tolerance regret tolerance for DOUBLE results (ignored for EXACT, which must have zero regret)
     */
    public record Options(Arithmetic arithmetic, long maxPivots, Tolerance tolerance) implements SolverOptions {
        public Options {
            Objects.requireNonNull(arithmetic, "arithmetic must not be null");
            Objects.requireNonNull(tolerance, "tolerance must not be null");
            if (maxPivots < 1) {
                throw new IllegalArgumentException("maxPivots must be positive, was " + maxPivots);
            }
        }

        /** Exact, one million pivots, {@link Tolerance#DEFAULT}. */
        public static Options defaults() {
            return defaults(Arithmetic.EXACT);
        }

        public static Options defaults(Arithmetic arithmetic) {
            return new Options(arithmetic, 1_000_000L, Tolerance.DEFAULT);
        }
    }

    /**
     * The full outcome: the verified result envelope plus the sequence-form data behind it.
     *
     * @param result the envelope (one equilibrium, or one rejected candidate if verification failed)
     * @param realizationPlan1 x, player 1's realization plan (exact)
     * @param realizationPlan2 y, player 2's realization plan (exact)
     * @param payoffs expected payoffs xᵀAy, xᵀBy of the original game (exact)
     * @param complementarity xᵀw + yᵀv recomputed from the final basis (0 at a solution)
     * @param lcpFeasible z0 = 0, all slacks non-negative and the equality rows tight in the final basis
     * @param pivots Lemke pivots after the start basis was set up
     */
    public record Solution(EquilibriumResult result, List<Rational> realizationPlan1, List<Rational> realizationPlan2,
                           List<Rational> payoffs, Rational complementarity, boolean lcpFeasible, long pivots) {
        public Solution {
            Objects.requireNonNull(result, "result");
            realizationPlan1 = List.copyOf(realizationPlan1);
            realizationPlan2 = List.copyOf(realizationPlan2);
            payoffs = List.copyOf(payoffs);
            Objects.requireNonNull(complementarity, "complementarity");
        }

        /** The LCP certificate and the regret check both passed. */
        public boolean isVerified() {
            return lcpFeasible && complementarity.isZero() && result.isVerified() && !result.equilibria().isEmpty();
        }
    }

    private final Options options;

    public SequenceFormLcpSolver() {
        this(Options.defaults());
    }

    public SequenceFormLcpSolver(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public Options options() {
        return options;
    }

    @Override
    public String method() {
        return METHOD;
    }

    /**
     * @throws org.parley.games.UnsupportedGameException unless the game has two players and perfect recall
     * @throws org.parley.games.solve.lp.PivotLimitException if the pivot budget runs out
     * @throws org.parley.games.SolverInterruptedException if interrupted
     */
    @Override
    public EquilibriumResult solve(ExtensiveGame game) {
        return solveSequenceForm(game).result();
    }

    /** As {@link #solve} but with the realization plans, payoffs and LCP certificate. */
    public Solution solveSequenceForm(ExtensiveGame game) {
        long start = System.nanoTime();
        SequenceForm sf = SequenceForm.of(game);
        SequenceFormLcp.Raw raw = SequenceFormLcp.solve(sf, options.maxPivots());
        List<Profile> candidates = new ArrayList<>();
        List<Rational> payoffs = List.of();
        if (raw.feasible() && sf.isRealizationPlan(0, raw.x()) && sf.isRealizationPlan(1, raw.y())) {
            MixedBehaviorProfile b = sf.toBehavior(raw.x(), raw.y());
            candidates.add(options.arithmetic() == Arithmetic.EXACT ? b : b.toDouble());
            payoffs = List.of(sf.expectedPayoff(0, raw.x(), raw.y()), sf.expectedPayoff(1, raw.x(), raw.y()));
        } else {
            throw new org.parley.games.GamesException("internal error: Lemke's algorithm ended at a point that is not a"
                    + " pair of realization plans (x=" + raw.x() + ", y=" + raw.y() + ")");
        }
        Diagnostics d = Diagnostics.of(start, Map.of("pivots", raw.pivots(),
                "sequences1", (long) sf.numSequences(0), "sequences2", (long) sf.numSequences(1)));
        EquilibriumResult r = EquilibriumResult.of(game, METHOD, options.arithmetic(), Representation.SEQUENCE, options,
                candidates, options.tolerance(), d);
        return new Solution(r, raw.x(), raw.y(), payoffs, raw.complementarity(), raw.feasible(), raw.pivots());
    }
}
