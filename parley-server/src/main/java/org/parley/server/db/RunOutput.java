package org.parley.server.db;

/**
 * What a finished run produced.
 *
 * @param result     the result document in Parley's one JSON form
 * @param provenance the provenance records of every component that ran (JSON array)
 * @param reportHtml the self-contained HTML report, or null for kinds without one
 */
public record RunOutput(String result, String provenance, String reportHtml) {
}
