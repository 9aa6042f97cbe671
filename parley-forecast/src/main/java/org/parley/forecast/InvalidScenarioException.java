package org.parley.forecast;

/** The scenario is well formed but a model cannot analyse it; the message names the issue or actor. */
public class InvalidScenarioException extends RuntimeException {
    public InvalidScenarioException(String message) {
        super(message);
    }
}
