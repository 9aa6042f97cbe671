package org.parley.forecast.support;

import org.parley.forecast.ModelInfo;
import org.parley.forecast.ModelOptions;
import org.parley.forecast.Provenance;
import org.parley.scenario.Scenario;

/** Builds the provenance of a deterministic model's forecast. */
public final class Provenances {
    private Provenances() {
    }

    /** Provenance with the scenario hash, model id and version, all options, seed null, Parley and Java versions. */
    public static Provenance deterministic(Scenario scenario, ModelInfo info, ModelOptions options) {
        return new Provenance(Provenance.SCHEMA_VERSION, ScenarioHash.sha256(scenario), info.id(), info.version(),
                options.asParameters(), null, Versions.parley(), Versions.java());
    }
}
