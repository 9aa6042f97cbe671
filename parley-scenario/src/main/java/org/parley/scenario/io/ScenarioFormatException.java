package org.parley.scenario.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario file could not be read: it is missing, not well-formed YAML/JSON, or breaks the format's rules (types,
 * domains, references, the contents of {@code games:} and {@code levers:}). Holds every problem found (the reader
 * does not stop at the first), each located in the file, in file order. {@link #getMessage()} prints one
 * {@code file:line:column: message (hint: ...)} line per problem. The counterpart of the game engine's
 * {@code GameFormatException}; a valid scenario that a model cannot analyse is a different failure
 * ({@code org.parley.forecast.ScenarioNotAnalysableException}).
 */
public class ScenarioFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * @param problems at least one problem
     * @throws IllegalArgumentException if the list is empty
     */
    public ScenarioFormatException(List<Problem> problems) {
        super(format(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioFormatException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ScenarioFormatException(List<Problem> problems, Throwable cause) {
        this(problems);
        initCause(cause);
    }

    /** The problems, in file order (unlocated ones first). */
    public List<Problem> problems() {
        return problems;
    }

    private static String format(List<Problem> problems) {
        return problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
    }
}
