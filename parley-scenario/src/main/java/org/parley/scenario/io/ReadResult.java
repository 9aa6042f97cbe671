package org.parley.scenario.io;

import java.util.List;
import java.util.Objects;
import org.parley.scenario.Scenario;

/**
 * A scenario read without errors, with the warnings the reader raised (things that are allowed but probably not
 * meant, such as an actor without any stance) and a {@link Locator} that finds file positions for JSON pointers
 * into the document (for problems that later stages find in it, e.g. a lever naming a model the analysis does not
 * know).
 *
 * @param warnings in file order; empty when there is nothing to report
 * @param locator  positions of the document's nodes
 */
public record ReadResult(Scenario scenario, List<Problem> warnings, Locator locator) {
    public ReadResult {
        Objects.requireNonNull(scenario, "scenario");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(locator, "locator");
    }

    /** A result without a document to locate problems in (problems made through it are unlocated). */
    public ReadResult(Scenario scenario, List<Problem> warnings) {
        this(scenario, warnings, Locator.none("<scenario>"));
    }

    /**
     * A problem at the node a JSON pointer names, e.g. {@code problemAt("/levers/0/models/1", "...", "")}.
     */
    public Problem problemAt(String pointer, String message, String hint) {
        return locator.problem(pointer, message, hint);
    }
}
