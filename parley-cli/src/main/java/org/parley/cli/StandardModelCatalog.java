package org.parley.cli;

import java.util.List;
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
    public List<String> ids() {
        return Models.IDS;
    }
}
