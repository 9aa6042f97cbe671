/**
 * The scenario model: actors, issues, stances, sources and uncertainty. Plain immutable records with no
 * knowledge of files or models; {@code org.parley.scenario.io} reads them from YAML or JSON.
 */
package org.parley.scenario;
