package org.parley.backtest;

import java.util.Objects;
import org.parley.forecast.BargainingModel;

/**
 * A model variant under test: a name (unique in one backtest) and the configured model.
 *
 * @param name  e.g. {@code compromise}, {@code compromise/ignore-rule}, {@code nash/worst}
 * @param model the model with its options
 */
public record Candidate(String name, BargainingModel model) {
    public Candidate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
    }
}
