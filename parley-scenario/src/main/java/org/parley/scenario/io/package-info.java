/**
 * Reading scenario files: {@link org.parley.scenario.io.ScenarioReader} turns YAML or JSON text into a
 * {@link org.parley.scenario.Scenario}, or throws a {@link org.parley.scenario.io.ScenarioFormatException} listing
 * every {@link org.parley.scenario.io.Problem} with file, line and column. Each section has its own reader
 * (metadata and sources, issues, actors and stances, games, levers), sharing small helpers for the document's
 * shape, numbers, dates and numbers with uncertainty; {@link org.parley.scenario.io.LeverRules} holds the checks of
 * a lever question, shared with questions asked on the command line. The format is documented in
 * {@code docs/SCENARIO-FORMAT.md} and {@code docs/scenario.schema.json}.
 */
package org.parley.scenario.io;
