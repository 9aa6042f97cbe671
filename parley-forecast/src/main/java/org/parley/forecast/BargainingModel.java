package org.parley.forecast;

import org.parley.scenario.Scenario;

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
     * Forecasts every issue of the scenario.
     *
     * @throws ScenarioNotAnalysableException if the scenario cannot be analysed by this model (e.g. an issue without
     *                                  actors), with a message naming the issue
     */
    Forecast forecast(Scenario scenario);
}
