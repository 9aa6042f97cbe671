package org.parley.games;

/** Number system of a profile or a solver run: exact rationals ({@link org.parley.games.numeric.Rational}) or doubles. */
public enum Arithmetic {
    EXACT,
    DOUBLE
}
