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
import org.parley.games.solve.Equilibrium;
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
 *   w = Eᵀp − A y ≥ 0,  x ⊥ w,        v = Fᵀq − Bᵀx ≥ 0,  y ⊥ v
 * </pre>
 * (x, y realization plans; p, q the players' values at their information sets). Terminal payoffs are first
 * shifted below zero (a strategically equivalent change, since every pair of realization plans reaches the
 * leaves with total probability 1) and scaled to integers. Two ways of running Lemke's algorithm are offered
 * ({@link Start}):
 * <ul>
 *   <li>{@link Start#ORIGIN} (default): the standard LCP obtained by relaxing E x = e to E x ≥ e with
 *       multipliers p ≥ 0 (and likewise for player 2), started at the origin with covering vector 1 and one
 *       payoff shift for both players (largest payoff + 1, applied per terminal node). This is, as far as its
 *       outputs show, the formulation Gambit's {@code gambit-lcp} uses: on the Gambit catalogue it ends at the
 *       same equilibrium as Gambit, entry for entry, on every two-player game Gambit solved (62 of 62).
 *       Its end point is accepted only if it is a pair of realization plans with exactly zero regret;
 *       otherwise the solver falls back to the second start (this never happened on the catalogue or on 500
 *       seeded random trees; the counter {@code fallback} in the diagnostics records it).</li>
 *   <li>{@link Start#FIRST_ACTIONS}: the mixed LCP with the equalities kept, started at the pure pair "first
 *       action at every information set": its sequences and the free values p, q are pivoted into the basis
 *       (p, q never leave; the equality rows stay tight), the covering vector is 1 on every sequence outside
 *       the start and 0 on those in it, which makes the start optimal against itself for large z0, and
 *       complementary pivoting lowers z0 to 0 (the per-player payoff shift here is that player's largest
 *       payoff + 1).</li>
 * </ul>
 * Both resolve degeneracy lexicographically with respect to the starting basis (no cycling) and pivot on
 * G2's fraction-free {@link org.parley.games.solve.lp.IntegerTableau}, so results are exact.
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

    /** Where Lemke's path starts (which LCP is solved). */
    public enum Start {
        /**
         * Gambit's formulation: the relaxed LCP (E x ≥ e with multipliers p ≥ 0) from the origin, every row
         * covered by 1, payoffs shifted by one constant (largest payoff + 1). Follows {@code gambit-lcp}'s path on
         * games whose payoffs sit at the leaves. If the end point has slack (E x ≠ e, possible in parts of the tree
         * the opponent never reaches) or fails the exact regret check, the solver falls back to
         * {@link #FIRST_ACTIONS} and records {@code fallback = 1} in the diagnostics.
         */
        ORIGIN,
        /** The exact-equality LCP started at the pure pair "first action everywhere" (see the class comment). */
        FIRST_ACTIONS
    }

    /**
     * Options.
     *
     * @param arithmetic EXACT returns the exact profile; DOUBLE returns the same profile rounded to doubles
     *     and checked against {@code tolerance} (the computation itself is always exact)
     * @param start which LCP and starting point
     * @param maxPivots Lemke pivot budget (positive) per path; running out raises
     *     {@link org.parley.games.solve.lp.PivotLimitException}
     * @param tolerance regret tolerance for DOUBLE results (ignored for EXACT, which must have zero regret)
     */
    public record Options(Arithmetic arithmetic, Start start, long maxPivots, Tolerance tolerance) implements SolverOptions {
        public Options {
            Objects.requireNonNull(arithmetic, "arithmetic must not be null");
            Objects.requireNonNull(start, "start must not be null");
            Objects.requireNonNull(tolerance, "tolerance must not be null");
            if (maxPivots < 1) {
                throw new IllegalArgumentException("maxPivots must be positive, was " + maxPivots);
            }
        }

        /** Exact, {@link Start#ORIGIN}, one million pivots, {@link Tolerance#DEFAULT}. */
        public static Options defaults() {
            return defaults(Arithmetic.EXACT);
        }

        public static Options defaults(Arithmetic arithmetic) {
            return new Options(arithmetic, Start.ORIGIN, 1_000_000L, Tolerance.DEFAULT);
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
     * @param pivots Lemke pivots of the path that produced the answer (after the start basis was set up)
     * @param start the formulation that produced the answer ({@link Start#FIRST_ACTIONS} after a fallback)
     */
    public record Solution(EquilibriumResult result, List<Rational> realizationPlan1, List<Rational> realizationPlan2,
                           List<Rational> payoffs, Rational complementarity, boolean lcpFeasible, long pivots, Start start) {
        public Solution {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(start, "start");
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
        Start used = options.start();
        long fallback = 0;
        long originPivots = 0;
        SequenceFormLcp.Raw raw = null;
        if (used == Start.ORIGIN) {
            raw = SequenceFormLcp.solveFromOrigin(sf, options.maxPivots());
            originPivots = raw.pivots();
            boolean plans = raw.feasible() && raw.complementarity().isZero()
                    && sf.isRealizationPlan(0, raw.x()) && sf.isRealizationPlan(1, raw.y());
            if (!plans || !Equilibrium.check(sf.toBehavior(raw.x(), raw.y()), Tolerance.EXACT).verified()) {
                used = Start.FIRST_ACTIONS;
                fallback = 1;
            }
        }
        if (used == Start.FIRST_ACTIONS) {
            raw = SequenceFormLcp.solve(sf, options.maxPivots());
        }
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
        Diagnostics d = Diagnostics.of(start, Map.of("pivots", raw.pivots(), "originPivots", originPivots, "fallback", fallback,
                "sequences1", (long) sf.numSequences(0), "sequences2", (long) sf.numSequences(1)));
        EquilibriumResult r = EquilibriumResult.of(game, METHOD, options.arithmetic(), Representation.SEQUENCE, options,
                candidates, options.tolerance(), d);
        return new Solution(r, raw.x(), raw.y(), payoffs, raw.complementarity(), raw.feasible(), raw.pivots(), used);
    }
}
