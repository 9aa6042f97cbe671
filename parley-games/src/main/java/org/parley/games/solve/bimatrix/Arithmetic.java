package org.parley.games.solve.bimatrix;

/** Number system used for pivoting. */
public enum Arithmetic {
    /** Exact fraction-free integer pivoting; results are exact. */
    EXACT,
    /**
     * Double-precision pivoting; the final bases are re-solved exactly and verified, with an exact
     * re-run when that check fails (counted in the result).
     */
    DOUBLE
}
