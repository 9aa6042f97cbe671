package org.parley.analysis;

/**
 * Root of this module's unchecked exceptions. {@link InvalidAnalysisInputException} means the caller's input
 * (a query, a games section, a parameter) is wrong; the message names the offending field or path.
 */
public class AnalysisException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnalysisException(String message) {
        super(message);
    }

    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
