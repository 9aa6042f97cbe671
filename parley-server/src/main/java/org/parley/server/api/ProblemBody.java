package org.parley.server.api;

import java.util.List;

/**
 * The body of an {@code application/problem+json} answer (RFC 9457): the standard members {@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance}, and the extension member {@code errors} listing
 * each invalid field.
 *
 * @param type     a URI reference: {@code /problems/<slug>}
 * @param instance the request path
 */
public record ProblemBody(String type, String title, int status, String detail, String instance,
                          List<ApiProblem.FieldError> errors) {
    static ProblemBody of(ApiProblem p, String path) {
        return new ProblemBody("/problems/" + p.type(), p.title(), p.status(), p.getMessage(), path, p.errors());
    }
}
