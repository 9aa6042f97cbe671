package org.parley.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Models;

/** Parley's models with default options, from {@link Models}. */
public final class StandardModelCatalog implements ModelCatalog {
    @Override
    public List<BargainingModel> defaults() {
        return Models.defaults();
    }

    @Override
    public Optional<BargainingModel> byId(String id) {
        return Models.IDS.contains(id) ? Optional.of(Models.byId(id)) : Optional.empty();
    }

    @Override
    public BargainingModel configure(String id, Map<String, String> parameters) {
        if (!Models.IDS.contains(id)) {
            throw new UsageException("unknown model '" + id + "'; known models: " + String.join(", ", Models.IDS));
        }
        try {
            return Models.byId(id, parameters);
        } catch (IllegalArgumentException e) {
            throw new UsageException("model '" + id + "': " + e.getMessage());
        }
    }

    @Override
    public List<String> ids() {
        return Models.IDS;
    }
}
