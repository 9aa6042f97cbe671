package org.parley.analysis;

import java.util.List;

/**
 * The input of an analysis is invalid. Carries every problem found, each located by a JSON-pointer-like path
 * (e.g. {@code /games/0/stances/hold}) when one applies; {@link #getMessage()} lists them all.
 */
public class InvalidAnalysisInputException extends AnalysisException {
    private static final long serialVersionUID = 1L;

    /** One problem: where ({@code ""} when not located) and what. */
    public record Problem(String path, String message) {
        public Problem {
            path = path == null ? "" : path;
        }

        @Override
        public String toString() {
            return path.isEmpty() ? message : path + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public InvalidAnalysisInputException(String message) {
        this(List.of(new Problem("", message)));
    }

    public InvalidAnalysisInputException(List<Problem> problems) {
        super(join(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String join(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        StringBuilder b = new StringBuilder(problems.size() + " problems:");
        for (Problem p : problems) {
            b.append("\n  ").append(p);
        }
        return b.toString();
    }
}
