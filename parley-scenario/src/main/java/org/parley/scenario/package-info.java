/**
 * The scenario model: actors, issues, stances, sources and uncertainty, and the analyses a scenario asks for —
 * crisis games ({@link org.parley.scenario.GameSpec} with its {@link org.parley.scenario.CrisisTemplate}) and lever
 * questions ({@link org.parley.scenario.LeverQuestion} with its {@link org.parley.scenario.LeverAttribute} and
 * {@link org.parley.scenario.LeverTarget}). Plain immutable records with no knowledge of files or models;
 * {@code org.parley.scenario.io} reads and checks them from YAML or JSON, and
 * {@link org.parley.scenario.ScenarioDigest} gives the canonical SHA-256 that provenance records.
 */
package org.parley.scenario;
