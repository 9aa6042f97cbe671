package org.parley.forecast.support;

import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;

/** The scenario hash recorded in provenance: the canonical {@link ScenarioDigest} of parley-scenario. */
public final class ScenarioHash {
    private ScenarioHash() {
    }

    /** SHA-256 (lower-case hex) of the scenario's canonical form ({@link ScenarioDigest#sha256(Scenario)}). */
    public static String sha256(Scenario scenario) {
        return ScenarioDigest.sha256(scenario);
    }
}
