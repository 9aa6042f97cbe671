package org.parley.games.solve.bimatrix;

import java.util.List;
import java.util.Objects;
import org.parley.games.numeric.Rational;

/**
 * One exact mixed-strategy profile (x, y) of a {@link Bimatrix} with its payoffs and exact max
 * regret (zero for a Nash equilibrium). Immutable.
 *
 * @param row the row player's mixed strategy x (length m, sums to one)
 * @param column the column player's mixed strategy y (length n, sums to one)
 * @param rowPayoff x·Ay
 * @param columnPayoff x·By
 * @param maxRegret the larger gain either player gets by deviating to a pure best response
 */
public record BimatrixEquilibrium(List<Rational> row, List<Rational> column, Rational rowPayoff,
        Rational columnPayoff, Rational maxRegret) {

    public BimatrixEquilibrium {
        row = List.copyOf(Objects.requireNonNull(row, "row"));
        column = List.copyOf(Objects.requireNonNull(column, "column"));
        Objects.requireNonNull(rowPayoff, "rowPayoff");
        Objects.requireNonNull(columnPayoff, "columnPayoff");
        Objects.requireNonNull(maxRegret, "maxRegret");
    }

    /** Evaluates (x, y) on the game: payoffs and exact max regret. */
    public static BimatrixEquilibrium evaluate(Bimatrix game, List<Rational> x, List<Rational> y) {
        return new BimatrixEquilibrium(x, y, game.rowPayoff(x, y), game.columnPayoff(x, y), game.maxRegret(x, y));
    }

    /** True iff both strategies are probability vectors and the exact max regret is zero. */
    public boolean isNash() {
        return maxRegret.isZero() && Bimatrix.isMixedStrategy(row) && Bimatrix.isMixedStrategy(column);
    }

    public double[] rowAsDoubles() {
        return row.stream().mapToDouble(Rational::doubleValue).toArray();
    }

    public double[] columnAsDoubles() {
        return column.stream().mapToDouble(Rational::doubleValue).toArray();
    }

    /** Gambit's line format: {@code NE,x1,...,xm,y1,...,yn}. */
    public String toGambitLine() {
        StringBuilder sb = new StringBuilder("NE");
        row.forEach(r -> sb.append(',').append(r));
        column.forEach(r -> sb.append(',').append(r));
        return sb.toString();
    }
}
