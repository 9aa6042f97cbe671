package org.parley.games.solve.bimatrix;

/** The algorithm that produced a {@link BimatrixResult}, with Gambit's command-line name. */
public enum BimatrixMethod {
    /** All extreme equilibria by vertex enumeration (Gambit {@code enummixed}). */
    ENUMMIXED("enummixed"),
    /** Lemke–Howson complementary pivoting (Gambit {@code lcp}). */
    LCP("lcp"),
    /** Linear programming for constant-sum games (Gambit {@code lp}). */
    LP("lp");

    private final String id;

    BimatrixMethod(String id) {
        this.id = id;
    }

    /** Gambit's name for the method. */
    public String id() {
        return id;
    }
}
