package org.parley.forecast;

import org.parley.provenance.InputKind;
import org.parley.provenance.Provenance;
import org.parley.provenance.RunContext;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;

/**
 * A multi-actor bargaining model that forecasts the outcome of every issue of a scenario.
 *
 * <p>Contract: implementations are immutable, stateless and thread-safe; their options are fixed at construction
 * (a typed {@link ModelOptions} record) and recorded in every forecast's {@link Provenance}. The same scenario,
 * options and seed give the same forecast bit for bit.
 */
public interface BargainingModel {

    /** Identity of the model: id (used on the command line), display name, version, reference. */
    ModelInfo info();

    /** The options this instance runs with. */
    ModelOptions options();

    /**
     * Forecasts every issue of the scenario within a run: the run context gives the scenario's hash (computed once
     * per run, not per model), the time of the run and the seed, all recorded in the forecast's {@link Provenance}.
     *
     * @param context a context whose input is this scenario ({@link InputKind#SCENARIO}, its {@link ScenarioDigest})
     * @throws ScenarioNotAnalysableException if the scenario cannot be analysed by this model (e.g. an issue without
     *                                  actors), with a message naming the issue
     */
    Forecast forecast(Scenario scenario, RunContext context);

    /**
     * Forecasts every issue of the scenario in a run of its own (the scenario is hashed here).
     *
     * @throws ScenarioNotAnalysableException as {@link #forecast(Scenario, RunContext)}
     */
    default Forecast forecast(Scenario scenario) {
        return forecast(scenario, runOf(scenario));
    }

    /** A deterministic run context for this scenario, started now. */
    static RunContext runOf(Scenario scenario) {
        return RunContext.of(InputKind.SCENARIO, ScenarioDigest.sha256(scenario));
    }
}
