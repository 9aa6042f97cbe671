package org.parley.sweep;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Models;

/**
 * A bargaining model by id with its options as text ({@code Options.asParameters()} form), so that a sweep can be
 * shipped to another JVM and rebuild the same model there ({@link Models#byId(String, Map)}).
 */
public record ModelChoice(String id, SortedMap<String, String> parameters) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ModelChoice {
        Objects.requireNonNull(id, "id");
        parameters = new TreeMap<>(parameters);
    }

    /** The choice that rebuilds this model instance. */
    public static ModelChoice of(BargainingModel m) {
        return new ModelChoice(m.info().id(), m.options().asParameters());
    }

    /**
     * The model.
     *
     * @throws IllegalArgumentException for an unknown id or option
     */
    public BargainingModel build() {
        return Models.byId(id, parameters);
    }
}
