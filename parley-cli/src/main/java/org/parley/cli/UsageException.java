package org.parley.cli;

/**
 * The user asked for something that does not exist (an unknown model or issue id, an empty model list).
 * Mapped to exit code {@link ExitCodes#BAD_INPUT}; the message is printed as it is, so it names the bad value and
 * the valid ones.
 */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
