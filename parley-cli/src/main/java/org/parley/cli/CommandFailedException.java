package org.parley.cli;

/**
 * A command ran but could not deliver what it promises (a solver found no equilibrium where one must exist, a
 * candidate failed verification). Exit code {@link ExitCodes#FAILURE}; the message is printed after the command's
 * name.
 */
public class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandFailedException(String message) {
        super(message);
    }
}
