package org.parley.views.json;

/**
 * A JSON document that is not a valid Parley result: malformed JSON, a wrong type or missing field, an unknown
 * game, or a profile that fails verification. The message starts with the JSON pointer of the offending value.
 */
public final class InvalidJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pointer;

    public InvalidJsonException(String pointer, String message, Throwable cause) {
        super((pointer.isEmpty() ? "/" : pointer) + ": " + message, cause);
        this.pointer = pointer;
    }

    /** JSON pointer (RFC 6901) of the offending value; "" for the whole document. */
    public String pointer() {
        return pointer;
    }
}
