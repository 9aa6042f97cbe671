package org.parley.sweep.sample;

import java.util.Objects;

/**
 * A rank-like dependence between two uncertain inputs, imposed with a Gaussian copula: the inputs' unit numbers are
 * turned into standard normals, mixed with the Cholesky factor of the correlation matrix and turned back, so each
 * input keeps its own distribution. {@code rho} is the correlation of those normals (close to Spearman's rank
 * correlation: ρ_S = (6/π)·asin(ρ/2)).
 *
 * @param first  key of one input ({@link InputId#key()})
 * @param second key of the other
 * @param rho    correlation in (−1, 1)
 */
public record Correlation(String first, String second, double rho) implements java.io.Serializable {
    public Correlation {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.equals(second)) {
            throw new IllegalArgumentException("a correlation needs two different inputs, got " + first + " twice");
        }
        if (!(rho > -1 && rho < 1)) {
            throw new IllegalArgumentException("correlation must be in (-1, 1), got " + rho);
        }
    }
}
