package org.parley.games.solve.seqform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.GamesException;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.Profile;
import org.parley.games.UnsupportedGameException;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.ExtensiveEquilibriumSolver;
import org.parley.games.solve.Representation;
import org.parley.games.solve.SolverOptions;
import org.parley.games.solve.lp.LinearProgram;
import org.parley.games.solve.lp.LpResult;
import org.parley.games.solve.lp.SimplexSolver;
import org.parley.games.verify.Tolerance;

/**
 * Optimal strategies and the value of a two-player constant-sum extensive game with perfect recall, by one
 * linear program on the sequence form (von Stengel, "Efficient computation of behavior strategies", GEB 14
 * (1996) 220–246, Theorem 4.4; Koller, Megiddo and von Stengel 1994). Registered as method {@code lp} for
 * trees (Gambit's {@code gambit-lp} on .efg files).
 *
 * <p>Definition. With the {@link SequenceForm} data E, e, F, f and player 1's payoff matrix A, player 1
 * solves
 * <pre>
 *   maximise fᵀq   subject to   Fᵀq − Aᵀx ≤ 0,   E x = e,   x ≥ 0,   q free,
 * </pre>
 * the inner minimisation over player 2's realization plans replaced by its LP dual. Its optimal value is the
 * game value v for player 1 (player 2 gets c − v where c is the constant sum) and x is a max-min realization
 * plan. The dual prices of the rows Fᵀq − Aᵀx ≤ 0 form player 2's min-max realization plan y (dual feasibility
 * gives F y = f, y ≥ 0). The program is solved exactly by G2's {@link SimplexSolver}, whose certificate
 * (primal and dual feasibility, equal objectives) is kept in the result; the behaviour profile is then checked
 * by regret.
 *
 * <p>Complexity: one LP with |S1| + |H2| + 1 variables and |S2| + |H1| + 1 rows (polynomial in the tree size
 * for interior-point methods; simplex with Bland's rule, exponential in the worst case, fast in practice).
 * Stateless and thread-safe.
 */
public final class SequenceFormLpSolver implements ExtensiveEquilibriumSolver {
    /** Registry name. */
    public static final String METHOD = "lp";

    /**
     * Options.
     *
     * @param arithmetic EXACT, or DOUBLE for the exact profile rounded and checked against {@code tolerance}
     * @param maxPivots simplex pivot budget (positive)
     * @param tolerance regret tolerance for DOUBLE results
     */
    public record Options(Arithmetic arithmetic, long maxPivots, Tolerance tolerance) implements SolverOptions {
        public Options {
            Objects.requireNonNull(arithmetic, "arithmetic must not be null");
            Objects.requireNonNull(tolerance, "tolerance must not be null");
            if (maxPivots < 1) {
                throw new IllegalArgumentException("maxPivots must be positive, was " + maxPivots);
            }
        }

        public static Options defaults() {
            return defaults(Arithmetic.EXACT);
        }

        public static Options defaults(Arithmetic arithmetic) {
            return new Options(arithmetic, 1_000_000L, Tolerance.DEFAULT);
        }
    }

    /**
     * The outcome with the game value and the LP certificate.
     *
     * @param result the verified envelope with one equilibrium
     * @param value the game value for player 1 (exact); player 2's value is the constant sum minus this
     * @param realizationPlan1 player 1's max-min realization plan x
     * @param realizationPlan2 player 2's min-max realization plan y (LP duals)
     * @param certificate the simplex optimality certificate
     * @param pivots simplex pivots
     */
    public record Solution(EquilibriumResult result, Rational value, List<Rational> realizationPlan1,
                           List<Rational> realizationPlan2, LpResult.Certificate certificate, long pivots) {
        public Solution {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(value, "value");
            realizationPlan1 = List.copyOf(realizationPlan1);
            realizationPlan2 = List.copyOf(realizationPlan2);
            Objects.requireNonNull(certificate, "certificate");
        }

        /** The LP certificate holds and the profile passed the regret check. */
        public boolean isVerified() {
            return certificate.isOptimal() && result.isVerified() && !result.equilibria().isEmpty();
        }
    }

    private final Options options;

    public SequenceFormLpSolver() {
        this(Options.defaults());
    }

    public SequenceFormLpSolver(Options options) {
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
     * @throws UnsupportedGameException unless the game has two players, perfect recall and constant sum
     * @throws org.parley.games.solve.lp.PivotLimitException if the simplex pivot budget runs out
     */
    @Override
    public EquilibriumResult solve(ExtensiveGame game) {
        return solveSequenceForm(game).result();
    }

    /** As {@link #solve} with the value, the realization plans and the LP certificate. */
    public Solution solveSequenceForm(ExtensiveGame game) {
        long start = System.nanoTime();
        SequenceForm sf = SequenceForm.of(game);
        if (!game.type().constantSum()) {
            throw new UnsupportedGameException("lp needs a constant-sum game; the payoffs of \"" + game.title()
                    + "\" do not sum to the same constant at every terminal node");
        }
        int n1 = sf.numSequences(0);
        int n2 = sf.numSequences(1);
        int m1 = sf.numConstraints(0);
        int m2 = sf.numConstraints(1);
        Rational[][] a = sf.payoffMatrix(0);
        Rational[][] e = sf.constraintMatrix(0);
        Rational[][] f = sf.constraintMatrix(1);
        int vars = n1 + m2;
        LinearProgram.Builder lp = LinearProgram.builder(vars);
        Rational[] c = zeros(vars);
        c[n1] = Rational.ONE; // f^T q = q(root)
        lp.maximize(c);
        for (int h = 0; h < m2; h++) {
            lp.free(n1 + h);
        }
        for (int t = 0; t < n2; t++) {
            Rational[] row = zeros(vars);
            for (int s = 0; s < n1; s++) {
                row[s] = a[s][t].negate();
            }
            for (int h = 0; h < m2; h++) {
                row[n1 + h] = f[h][t];
            }
            lp.lessOrEqual(row, Rational.ZERO);
        }
        Rational[] rhs = sf.constraintRhs(0);
        for (int h = 0; h < m1; h++) {
            Rational[] row = zeros(vars);
            System.arraycopy(e[h], 0, row, 0, n1);
            lp.equal(row, rhs[h]);
        }
        LpResult r = new SimplexSolver().solve(lp.build(), new SimplexSolver.Options(options.maxPivots()));
        if (r.status() != LpResult.Status.OPTIMAL || !r.isCertifiedOptimal()) {
            throw new GamesException("internal error: the sequence-form LP of a constant-sum game ended " + r.status()
                    + " (it is always feasible and bounded)");
        }
        List<Rational> x = new ArrayList<>(r.primal().subList(0, n1));
        List<Rational> y = new ArrayList<>(r.duals().subList(0, n2));
        if (!sf.isRealizationPlan(0, x) || !sf.isRealizationPlan(1, y)) {
            throw new GamesException("internal error: LP solution is not a pair of realization plans: x=" + x + ", y=" + y);
        }
        MixedBehaviorProfile b = sf.toBehavior(x, y);
        List<Profile> cands = List.of(options.arithmetic() == Arithmetic.EXACT ? b : b.toDouble());
        Diagnostics d = Diagnostics.of(start, Map.of("pivots", r.pivots(),
                "sequences1", (long) n1, "sequences2", (long) n2));
        EquilibriumResult res = EquilibriumResult.of(game, METHOD, options.arithmetic(), Representation.SEQUENCE, options,
                cands, options.tolerance(), d);
        return new Solution(res, r.value().orElseThrow(), x, y, r.certificate().orElseThrow(), r.pivots());
    }

    private static Rational[] zeros(int n) {
        Rational[] z = new Rational[n];
        Arrays.fill(z, Rational.ZERO);
        return z;
    }
}
