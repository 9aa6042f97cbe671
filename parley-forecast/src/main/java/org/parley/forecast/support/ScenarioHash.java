package org.parley.forecast.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.parley.scenario.Scenario;

/**
 * The scenario hash recorded in provenance. The one place to switch to the canonical
 * {@code org.parley.scenario.ScenarioDigest} once it exists.
 */
public final class ScenarioHash {
    private ScenarioHash() {
    }

    /** SHA-256 (lower-case hex) of the scenario's canonical form. */
    public static String sha256(Scenario scenario) {
        // Interim canonical form: the records' toString is deterministic (fields in declaration order,
        // maps and lists in file order, doubles in shortest round-trip form).
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(scenario.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
