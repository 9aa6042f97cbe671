package org.parley.server.api;

import java.util.List;
import java.util.Map;

/**
 * What {@code POST /api/runs} asks for. One record for every kind; the fields a kind does not use must be absent.
 *
 * @param kind        {@code analysis}, {@code sweep}, {@code game} or {@code backtest} (Parley's models and their documented
 *                    variants on scenarios with recorded outcomes)
 * @param scenarioId  analysis, sweep: the scenario
 * @param version     analysis, sweep: its version (default: the newest)
 * @param models      analysis, sweep: model ids in order (default: compromise, median, nash, eu)
 * @param parameters  analysis: model options as {@code MODEL.NAME → VALUE}, like the CLI's {@code -P}
 * @param leverGrid   analysis: grid points of each lever scan (default 201)
 * @param gameId      game: the uploaded game
 * @param method      game: the solver ({@code enumpure}, {@code lcp}, ...)
 * @param exact       game: exact rational arithmetic (default: the method's default)
 * @param lambda      game, quantal-response methods ({@code qre}): the precision λ ≥ 0
 * @param scenarioIds backtest: the scenarios (their newest versions) whose issues record an {@code outcome}
 * @param versions    backtest: the versions used, one per scenario (filled in when the run is stored)
 * @param samples     sweep: Monte Carlo samples (default 10 000)
 * @param seed        sweep: master seed (default 1)
 * @param zones       sweep: zones whose probability to report, {@code NAME=EXPR} as {@code parley sweep --zone}
 *                    (the targets of the scenario's levers are added)
 * @param sobol       sweep: base rows of the Sobol design, 0 to skip (default 512)
 * @param swingPoints sweep: grid points of the one-at-a-time swings, 0 to skip (default 9)
 * @param ranges      sweep: {@code uniform} or {@code triangular} reading of ranges (default uniform)
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record RunRequest(String kind, Long scenarioId, Integer version, List<String> models,
                         Map<String, String> parameters, Integer leverGrid, Long gameId, String method,
                         Boolean exact, Double lambda, List<Long> scenarioIds, List<Integer> versions, Long samples,
                         Long seed, List<String> zones, Long sobol, Integer swingPoints, String ranges) {

    /** The request as stored: with the version(s) the run actually uses (the newest when none was named). */
    RunRequest resolved(Integer resolvedVersion, List<Integer> resolvedVersions) {
        return new RunRequest(kind, scenarioId, resolvedVersion != null ? resolvedVersion : version, models, parameters,
                leverGrid, gameId, method, exact, lambda, scenarioIds,
                resolvedVersions != null ? resolvedVersions : versions, samples, seed, zones, sobol, swingPoints,
                ranges);
    }
}
