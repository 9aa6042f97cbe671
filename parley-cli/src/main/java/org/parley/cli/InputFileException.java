package org.parley.cli;

/**
 * An input file that cannot be read at all (missing, a directory, no permission). Exit code
 * {@link ExitCodes#BAD_INPUT}; printed as {@code FILE: cannot read: why}.
 */
public class InputFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputFileException(String file, String why, Throwable cause) {
        super(file + ": cannot read: " + why, cause);
    }
}
