package org.parley.server.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.parley.provenance.Provenance;

/**
 * Where a stored run came from: the input's digest and version, the build, the request exactly as the client gave
 * it, and the provenance record of every component that produced a part of the result (each model, game solver,
 * lever scan), which carries its version, every parameter and any seed.
 *
 * @param input      what was analysed, e.g. {@code scenario 3 version 2} or {@code game 7}
 * @param request    the run's parameters as requested
 * @param components one record per component, in the order they ran
 */
public record RunProvenance(String input, String inputSha256, String parleyVersion, String gitCommit,
                            String javaVersion, Instant startedAt, Map<String, Object> request,
                            List<Provenance> components) {
    public RunProvenance {
        components = List.copyOf(components);
    }
}
