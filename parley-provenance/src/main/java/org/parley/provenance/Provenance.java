package org.parley.provenance;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a result came from: enough to reproduce it bit for bit and to defend it later. One record for every kind of
 * result (forecasts, equilibrium results, crisis-game results, lever answers), in the manner of Tribuo's
 * provenance: the input's hash, the producing component and its version, every parameter, the seed, the build and
 * the runtime, the time of the run.
 *
 * <p>Immutable, with value equality. The JSON form (in parley-views) writes every field and reads tolerantly:
 * fields added in later schema versions are optional, and {@link #schemaVersion()} says which layout wrote it.
 *
 * @param schemaVersion   layout version of this record ({@link #SCHEMA_VERSION} when written by this build)
 * @param inputKind       what was analysed
 * @param inputSha256     SHA-256 (lower-case hex) of the canonical form of the input, computed once per run
 * @param component       the model, solver or analysis that produced the result ({@code "eu"}, {@code "lcp"},
 *                        {@code "crisis/coercion"}, {@code "levers"}, ...)
 * @param componentVersion the component's implementation version; bumped whenever its results can change
 * @param parameters      every option the component ran with, as text (sorted by name)
 * @param transformations what was done to the input before the component saw it, in order (for example
 *                        {@code "reduced strategic form"}); empty when nothing was
 * @param seed            master seed of any randomness, or null for deterministic components
 * @param replicate       replicate index within a sweep (the random stream is derived from seed and replicate),
 *                        or null outside sweeps
 * @param parleyVersion   Parley's version ({@link BuildInfo#version()})
 * @param gitCommit       the git commit Parley was built from ({@link BuildInfo#gitCommit()})
 * @param javaVersion     the Java runtime's version
 * @param startedAt       when the run started (UTC); fixed for reproducible output by {@code SOURCE_DATE_EPOCH}
 */
public record Provenance(int schemaVersion, InputKind inputKind, String inputSha256, String component,
                         String componentVersion, SortedMap<String, String> parameters, List<String> transformations,
                         Long seed, Long replicate, String parleyVersion, String gitCommit, String javaVersion,
                         Instant startedAt) {
    /** The layout written by this build. */
    public static final int SCHEMA_VERSION = 2;

    public Provenance {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be >= 1, was " + schemaVersion);
        }
        Objects.requireNonNull(inputKind, "inputKind");
        requireHex(inputSha256);
        requireText(component, "component");
        requireText(componentVersion, "componentVersion");
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(parameters, "parameters")));
        transformations = transformations == null ? List.of() : List.copyOf(transformations);
        if (replicate != null && (replicate < 0 || seed == null)) {
            throw new IllegalArgumentException("replicate must be >= 0 and needs a seed, was " + replicate);
        }
        requireText(parleyVersion, "parleyVersion");
        requireText(gitCommit, "gitCommit");
        requireText(javaVersion, "javaVersion");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    private static void requireText(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static void requireHex(String s) {
        if (s == null || !s.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("inputSha256 must be 64 lower-case hex digits, was " + s);
        }
    }

    /** The same provenance with one more transformation appended. */
    public Provenance withTransformation(String step) {
        List<String> t = new java.util.ArrayList<>(transformations);
        t.add(step);
        return new Provenance(schemaVersion, inputKind, inputSha256, component, componentVersion, parameters, t, seed,
                replicate, parleyVersion, gitCommit, javaVersion, startedAt);
    }
}
