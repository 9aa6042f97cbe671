package org.parley.forecast;

/**
 * A valid scenario that a model cannot analyse (for example an issue whose actors' weights all vanish under the
 * model's weighting); the message names the issue or actor. Not a problem of the file: those are the reader's
 * {@code org.parley.scenario.io.ScenarioFormatException}, located in the file.
 */
public class ScenarioNotAnalysableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScenarioNotAnalysableException(String message) {
        super(message);
    }
}
