package org.parley.provenance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

/**
 * What every result of one run shares: the input's hash (computed once), the time the run started and the master
 * seed. Components turn it into their {@link Provenance} with {@link #provenance}; nothing else is global.
 *
 * @param inputKind   what is analysed
 * @param inputSha256 the input's canonical SHA-256
 * @param startedAt   when the run started
 * @param seed        master seed, or null for a deterministic run
 * @param replicate   replicate index within a sweep, or null
 */
public record RunContext(InputKind inputKind, String inputSha256, Instant startedAt, Long seed, Long replicate) {
    public RunContext {
        Objects.requireNonNull(inputKind, "inputKind");
        Objects.requireNonNull(inputSha256, "inputSha256");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** A deterministic run on this input, started now (or at {@code SOURCE_DATE_EPOCH} when that is set). */
    public static RunContext of(InputKind kind, String inputSha256) {
        return new RunContext(kind, inputSha256, now(), null, null);
    }

    /** This context with a master seed. */
    public RunContext withSeed(long masterSeed) {
        return new RunContext(inputKind, inputSha256, startedAt, masterSeed, replicate);
    }

    /** This context for one replicate of a sweep (needs a seed). */
    public RunContext forReplicate(long index) {
        return new RunContext(inputKind, inputSha256, startedAt, seed, index);
    }

    /** The provenance of a result produced by {@code component} in this run. */
    public Provenance provenance(String component, String componentVersion, SortedMap<String, String> parameters) {
        return new Provenance(Provenance.SCHEMA_VERSION, inputKind, inputSha256, component, componentVersion,
                parameters, List.of(), seed, replicate, BuildInfo.version(), BuildInfo.gitCommit(),
                BuildInfo.javaVersion(), startedAt);
    }

    /**
     * The time of the run: now, truncated to milliseconds, unless the environment sets {@code SOURCE_DATE_EPOCH}
     * (seconds since 1970, the reproducible-builds convention), which makes output byte-identical across runs.
     */
    public static Instant now() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be whole seconds since 1970, was '" + epoch + "'", e);
            }
        }
        return Instant.ofEpochMilli(System.currentTimeMillis());
    }
}
