package org.parley.games.io;

import org.parley.games.InvalidGameException;

/**
 * A game file could not be read. Carries the file name (or a description of the source), the 1-based line
 * and column of the offending token, and a message; {@link #getMessage()} is {@code file:line:column: message},
 * the form compilers use, so editors can jump to it.
 */
public class GameFormatException extends InvalidGameException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public GameFormatException(String file, int line, int column, String reason) {
        super(file + ":" + line + ":" + column + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public GameFormatException(String file, int line, int column, String reason, Throwable cause) {
        super(file + ":" + line + ":" + column + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the location. */
    public String reason() {
        return reason;
    }
}
