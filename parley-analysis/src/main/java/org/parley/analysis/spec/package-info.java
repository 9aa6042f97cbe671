/**
 * The scenario's {@code games:} section: {@link org.parley.analysis.spec.GameSpec} (one crisis game to analyse) and
 * {@link org.parley.analysis.spec.GameSpecs#parse} (from the generic YAML/JSON tree, with every problem located by
 * a JSON-pointer-like path). Format documented in {@code docs/analysis/crisis-templates.md}.
 */
package org.parley.analysis.spec;
