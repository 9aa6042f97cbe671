package org.parley.server.db;

import java.time.Instant;
import java.util.Objects;

/**
 * A run as stored, without its (large) result, provenance and report.
 *
 * @param scenarioId      the scenario analysed, or null (games, backtests)
 * @param scenarioVersion its version, or null
 * @param gameId          the game solved, or null
 * @param request         the run's parameters as the client gave them (JSON)
 * @param inputSha256     digest of the input (scenario, game or case file)
 * @param progress        fraction done, 0 to 1
 * @param error           why it failed, or null
 */
public record Run(long id, RunKind kind, RunStatus status, Long scenarioId, Integer scenarioVersion, Long gameId,
                  String request, String inputSha256, double progress, String createdBy, Instant createdAt,
                  Instant startedAt, Instant finishedAt, String error) {
    public Run {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
