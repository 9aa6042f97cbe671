package org.parley.scenario.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The errors and warnings found while reading one document, each at the node that causes it. The section readers
 * of one document share one log; it is discarded after reading. Not thread-safe.
 */
final class ProblemLog {
    private final String file;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    ProblemLog(String file) {
        this.file = file;
    }

    void error(Node at, String message, String hint) {
        errors.add(problem(at, message, hint));
    }

    void warn(Node at, String message, String hint) {
        warnings.add(problem(at, message, hint));
    }

    /** How many errors so far: readers compare counts to tell whether a part they read had an error. */
    int errorCount() {
        return errors.size();
    }

    /** The errors, sorted by position. */
    List<Problem> errors() {
        return sorted(errors);
    }

    /** The warnings, sorted by position. */
    List<Problem> warnings() {
        return sorted(warnings);
    }

    private Problem problem(Node n, String message, String hint) {
        Mark mark = n.getStartMark().orElse(null);
        if (mark == null) {
            return Problem.unlocated(file, message, hint);
        }
        return new Problem(file, mark.getLine() + 1, mark.getColumn() + 1, message, hint);
    }

    /** Stable sort by position; unlocated problems first. */
    static List<Problem> sorted(List<Problem> problems) {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return out;
    }
}
