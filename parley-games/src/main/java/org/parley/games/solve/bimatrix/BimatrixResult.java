package org.parley.games.solve.bimatrix;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.games.Arithmetic;
import org.parley.games.numeric.Rational;

/**
 * What a bimatrix algorithm returns: the equilibria found (distinct, in discovery order) and
 * how they were found and checked. Immutable.
 *
 * @param method the algorithm
 * @param arithmetic the pivoting arithmetic actually used
 * @param equilibria the distinct profiles found; every one is verified exactly
 * @param pivots total pivots performed (both tableaus)
 * @param paths complementary paths followed (Lemke–Howson) or bases visited (enumeration)
 * @param exactFallbacks how many times a double computation failed its check and was redone exactly
 * @param value the game value for the row player (constant-sum LP only)
 * @param maxRegret the largest exact max regret over the equilibria (zero when verified)
 */
public record BimatrixResult(BimatrixMethod method, Arithmetic arithmetic, List<BimatrixEquilibrium> equilibria,
        long pivots, long paths, int exactFallbacks, Optional<Rational> value, Rational maxRegret) {

    public BimatrixResult {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(arithmetic, "arithmetic");
        equilibria = List.copyOf(Objects.requireNonNull(equilibria, "equilibria"));
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(maxRegret, "maxRegret");
    }

    static BimatrixResult of(BimatrixMethod method, Arithmetic arithmetic, List<BimatrixEquilibrium> eq, long pivots,
            long paths, int fallbacks, Optional<Rational> value) {
        Rational worst = Rational.ZERO;
        for (BimatrixEquilibrium e : eq) worst = worst.max(e.maxRegret());
        return new BimatrixResult(method, arithmetic, eq, pivots, paths, fallbacks, value, worst);
    }

    /** True iff every reported profile is a probability profile with exact zero regret. */
    public boolean isVerified() {
        return equilibria.stream().allMatch(BimatrixEquilibrium::isNash);
    }
}
