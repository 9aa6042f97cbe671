package org.parley.server.api;

import java.util.List;
import java.util.SortedMap;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Models;

/** {@code /api/models}: each model's id, name, version and default options (what {@code parameters} may set). */
final class ModelList {
    private ModelList() {
    }

    record ModelEntry(String id, String name, String version, boolean isDefault,
                      SortedMap<String, String> defaults) {
    }

    static List<ModelEntry> all() {
        return Models.IDS.stream().map(id -> {
            BargainingModel m = Models.byId(id);
            return new ModelEntry(id, m.info().name(), m.info().version(), Models.DEFAULT_IDS.contains(id),
                    m.options().asParameters());
        }).toList();
    }
}
