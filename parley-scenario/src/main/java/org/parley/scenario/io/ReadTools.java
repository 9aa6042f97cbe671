package org.parley.scenario.io;

/**
 * The shared helpers of one document's section readers, all logging to one {@link ProblemLog}.
 *
 * @param log       the errors and warnings found so far
 * @param nodes     mappings, lists, text and ids
 * @param numbers   finite numbers with domain rules
 * @param dates     ISO dates
 * @param estimates numbers with uncertainty
 * @param limits    the counts a document may hold (actors, issues)
 */
record ReadTools(ProblemLog log, NodeReader nodes, NumberReader numbers, DateReader dates, EstimateReader estimates,
        InputLimits limits) {
    /** Fresh helpers for one document, reporting problems against {@code file}. */
    static ReadTools of(String file, InputLimits limits) {
        ProblemLog log = new ProblemLog(file);
        NodeReader nodes = new NodeReader(log);
        NumberReader numbers = new NumberReader(log);
        return new ReadTools(log, nodes, numbers, new DateReader(log, nodes), new EstimateReader(log, nodes, numbers),
                limits);
    }

    /**
     * Whether a section holds more entries than its limit, reported at the section (checked before any entry is
     * read: the models' cost grows with the count).
     *
     * @param name the entries' name and the limit's ({@code actors}, {@code issues})
     */
    boolean overCount(KeyedNode section, int count, int limit, String name) {
        if (count <= limit) {
            return false;
        }
        log.error(section.value(), count + " " + name + ", more than the limit of " + limit,
                InputLimits.raiseHint(name));
        return true;
    }
}
