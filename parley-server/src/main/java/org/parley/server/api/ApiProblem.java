package org.parley.server.api;

import java.util.List;
import java.util.Objects;

/**
 * A failed request, answered as {@code application/problem+json} (RFC 9457) by {@link ProblemHandler}. The message
 * is written for the client: it never holds a stack trace, SQL or a secret.
 *
 * <p>Thrown by the handlers; each instance names its HTTP status, a short {@link #type() type} slug (the problem
 * type URI is {@code /problems/<type>}), a title shared by every problem of that type and a detail for this one.
 */
public final class ApiProblem extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    /**
     * One invalid field.
     *
     * @param pointer JSON pointer into the request (or the scenario document) of the field, or "" when unknown
     * @param line    1-based line in the submitted text, or 0 when unknown
     * @param column  1-based column, or 0
     * @param message what is wrong, in the CLI's words
     */
    public record FieldError(String pointer, int line, int column, String message) {
        public FieldError {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(message, "message");
        }
    }

    public ApiProblem(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
        this.errors = List.copyOf(errors);
    }

    public ApiProblem(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    /** 400: the request is not well-formed (not JSON, not UTF-8, a parameter of the wrong type). */
    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "bad-request", "Malformed request", detail);
    }

    /** 400 naming the field. */
    public static ApiProblem badField(String pointer, String detail) {
        return new ApiProblem(400, "bad-request", "Malformed request", detail,
                List.of(new FieldError(pointer, 0, 0, detail)));
    }

    /** 404. */
    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "not-found", "Not found", detail);
    }

    /** 422: well-formed but invalid content (a scenario with errors, a value out of range). */
    public static ApiProblem invalid(String detail, List<FieldError> errors) {
        return new ApiProblem(422, "invalid-content", "Invalid content", detail, errors);
    }

    /** 422 naming one field. */
    public static ApiProblem invalidField(String pointer, String detail) {
        return invalid(detail, List.of(new FieldError(pointer, 0, 0, detail)));
    }

    /** 422 for a value beyond one of the server's limits. */
    public static ApiProblem overLimit(String pointer, String detail) {
        return new ApiProblem(422, "limit-exceeded", "Limit exceeded", detail,
                List.of(new FieldError(pointer, 0, 0, detail)));
    }

    /** 409. */
    public static ApiProblem conflict(String type, String title, String detail) {
        return new ApiProblem(409, type, title, detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
