/**
 * The scenario model: actors, issues, stances, sources and uncertainty. Plain immutable records with no
 * knowledge of files or models; {@code org.parley.scenario.io} reads them from YAML or JSON, and
 * {@link org.parley.scenario.ScenarioDigest} gives the canonical SHA-256 that provenance records.
 */
package org.parley.scenario;
