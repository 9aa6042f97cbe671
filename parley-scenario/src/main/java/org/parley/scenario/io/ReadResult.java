package org.parley.scenario.io;

import java.util.List;
import java.util.Objects;
import org.parley.scenario.Scenario;

/**
 * A scenario read without errors, with the warnings the reader raised (things that are allowed but probably not
 * meant, such as an actor without any stance).
 *
 * @param warnings in file order; empty when there is nothing to report
 */
public record ReadResult(Scenario scenario, List<Problem> warnings) {
    public ReadResult {
        Objects.requireNonNull(scenario, "scenario");
        warnings = List.copyOf(warnings);
    }
}
