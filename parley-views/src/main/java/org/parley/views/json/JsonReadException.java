package org.parley.views.json;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A problem found while reading a JSON result, located by a JSON pointer relative to the value being read; Jackson
 * prepends the path from the document's root as the exception travels up, and {@link ParleyJson} reports the whole
 * pointer as an {@link InvalidJsonException}.
 */
final class JsonReadException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    /** JSON pointer below the value being read ("" or null for the value itself). */
    private final String relative;
    private final String problem;

    JsonReadException(String relative, String problem) {
        super(null, problem);
        this.relative = relative == null ? "" : relative;
        this.problem = problem;
    }

    String relative() {
        return relative;
    }

    String problem() {
        return problem;
    }

    /** The same problem one level further down ({@code prefix} + this pointer). */
    JsonReadException under(String prefix) {
        return new JsonReadException(prefix + relative, problem);
    }
}
