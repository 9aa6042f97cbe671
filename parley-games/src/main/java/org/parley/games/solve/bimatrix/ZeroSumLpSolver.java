package org.parley.games.solve.bimatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.games.Arithmetic;
import org.parley.games.UnsupportedGameException;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.lp.LinearProgram;
import org.parley.games.solve.lp.LpResult;
import org.parley.games.solve.lp.PivotLimitException;
import org.parley.games.solve.lp.SimplexSolver;

/**
 * Value and optimal strategies of a two-player constant-sum game by linear programming
 * (Gambit's {@code lp}).
 *
 * <p>Definition (von Neumann's minimax theorem; Dantzig 1951): the row player's maximin
 * strategy solves max v s.t. v − Σ_i x_i·a(i,j) ≤ 0 for every column j, Σ_i x_i = 1, x ≥ 0,
 * v free. The optimal shadow prices of the column constraints are a minimax strategy of the
 * column player, and the optimum v is the row player's value (the column player's is c − v
 * for a game with constant sum c). The LP is solved exactly by {@link SimplexSolver}; the
 * returned profile is checked to have exact zero regret.
 *
 * <p>Complexity: one LP with m+1 variables and n+1 constraints. Stateless and thread-safe.
 */
public final class ZeroSumLpSolver {

    /**
     * Options.
     *
     * @param simplex options of the underlying simplex method
     */
    public record Options(SimplexSolver.Options simplex) {
        public Options {
            if (simplex == null) throw new IllegalArgumentException("simplex must not be null");
        }

        public static Options defaults() {
            return new Options(SimplexSolver.Options.defaults());
        }
    }

    /** Raised for a game that is not constant-sum (an {@link UnsupportedGameException}). */
    public static final class NotConstantSumException extends UnsupportedGameException {
        private static final long serialVersionUID = 1L;

        public NotConstantSumException(String message) {
            super(message);
        }
    }

    /**
     * Solves a constant-sum game.
     *
     * @throws NotConstantSumException if a(i,j) + b(i,j) is not the same in every cell
     * @throws PivotLimitException if the simplex budget runs out
     */
    public BimatrixResult solve(Bimatrix game, Options options) {
        if (game.constantSum().isEmpty()) {
            throw new NotConstantSumException("Method lp is only valid for constant-sum games; this "
                    + game.rows() + "x" + game.columns() + " game is not constant-sum");
        }
        int m = game.rows();
        int n = game.columns();
        // variables x_0..x_{m-1}, v (index m, free)
        LinearProgram.Builder b = LinearProgram.builder(m + 1);
        Rational[] c = new Rational[m + 1];
        java.util.Arrays.fill(c, Rational.ZERO);
        c[m] = Rational.ONE;
        b.maximize(c).free(m);
        for (int j = 0; j < n; j++) {
            Rational[] row = new Rational[m + 1];
            for (int i = 0; i < m; i++) row[i] = game.a(i, j).negate();
            row[m] = Rational.ONE;
            b.lessOrEqual(row, Rational.ZERO);
        }
        Rational[] sum = new Rational[m + 1];
        java.util.Arrays.fill(sum, Rational.ONE);
        sum[m] = Rational.ZERO;
        b.equal(sum, Rational.ONE);
        LpResult r = new SimplexSolver().solve(b.build(), options.simplex());
        if (!r.isCertifiedOptimal()) {
            throw new IllegalStateException("internal error: the game LP of a finite game must have a certified optimum, got "
                    + r.status());
        }
        List<Rational> x = new ArrayList<>(r.primal().subList(0, m));
        List<Rational> y = new ArrayList<>(r.duals().subList(0, n));
        BimatrixEquilibrium e = BimatrixEquilibrium.evaluate(game, x, y);
        if (!e.isNash()) {
            throw new IllegalStateException("internal error: LP strategies have regret " + e.maxRegret());
        }
        return BimatrixResult.of(BimatrixMethod.LP, Arithmetic.EXACT, List.of(e), r.pivots(), 1, 0, r.value());
    }
}
