/**
 * Reading scenario files: {@link org.parley.scenario.io.ScenarioReader} turns YAML or JSON text into a
 * {@link org.parley.scenario.Scenario}, or throws a {@link org.parley.scenario.io.ScenarioException} listing every
 * {@link org.parley.scenario.io.Problem} with file, line and column. The format is documented in
 * {@code docs/SCENARIO-FORMAT.md} and {@code docs/scenario.schema.json}.
 */
package org.parley.scenario.io;
