package org.parley.server.api;

import java.util.List;
import java.util.Map;

/**
 * What {@code POST /api/runs} asks for. One record for every kind; the fields a kind does not use must be absent.
 *
 * @param kind        {@code analysis}, {@code game} or {@code backtest} (Parley's models and their documented
 *                    variants on scenarios with recorded outcomes)
 * @param scenarioId  analysis: the scenario
 * @param version     analysis: its version (default: the newest)
 * @param models      analysis: model ids in order (default: compromise, median, nash, eu)
 * @param parameters  analysis: model options as {@code MODEL.NAME → VALUE}, like the CLI's {@code -P}
 * @param leverGrid   analysis: grid points of each lever scan (default 201)
 * @param gameId      game: the uploaded game
 * @param method      game: the solver ({@code enumpure}, {@code lcp}, ...)
 * @param exact       game: exact rational arithmetic (default: the method's default)
 * @param lambda      game, quantal-response methods ({@code qre}): the precision λ ≥ 0
 * @param scenarioIds backtest: the scenarios (their newest versions) whose issues record an {@code outcome}
 * @param versions    backtest: the versions used, one per scenario (filled in when the run is stored)
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record RunRequest(String kind, Long scenarioId, Integer version, List<String> models,
                         Map<String, String> parameters, Integer leverGrid, Long gameId, String method,
                         Boolean exact, Double lambda, List<Long> scenarioIds, List<Integer> versions) {
}
