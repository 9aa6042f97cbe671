package org.parley.analysis.crisis;

import java.util.Objects;
import org.parley.games.numeric.Rational;

/**
 * One template parameter with where it came from, so that an analyst can see and disagree with it.
 *
 * @param name   parameter name as in the {@code games:} section (e.g. {@code prior_resolve})
 * @param value  exact value used
 * @param source where it came from: "override", "default", or the formula and scenario numbers that gave it
 */
public record Param(String name, Rational value, String source) {
    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        source = source == null ? "" : source;
    }

    public double doubleValue() {
        return value.doubleValue();
    }
}
