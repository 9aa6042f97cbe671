package org.parley.sweep.sample;

import java.util.Objects;
import org.parley.scenario.Uncertainty;

/**
 * One judged number of a scenario that carries an uncertainty, with the distribution a sweep draws it from.
 *
 * @param id           which number
 * @param base         the point value written in the file (what the models use outside sweeps)
 * @param stated       the uncertainty as the file states it
 * @param distribution the distribution derived from it ({@link InputSpace#of})
 */
public record UncertainInput(InputId id, double base, Uncertainty stated, InputDistribution distribution) {
    public UncertainInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(distribution, "distribution");
    }
}
