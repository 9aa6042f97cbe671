package org.parley.server.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON of the API's own envelopes (lists, versions, runs, problems): records as objects, times as ISO-8601 text.
 * Results themselves are in Parley's one JSON form ({@code org.parley.views.json}), stored as produced and served
 * verbatim. Reading is bounded: at most {@code maxNesting} levels and strings within the body limit.
 */
public final class ApiJson {
    private final ObjectMapper mapper;

    public ApiJson(int maxNesting, int maxBodyBytes) {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxNesting).maxStringLength(maxBodyBytes).maxNumberLength(64).build()).build();
        this.mapper = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a request body into a record.
     *
     * @throws ApiProblem 400 naming the field (JSON pointer) when the body is not JSON or does not fit the type
     */
    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            StringBuilder pointer = new StringBuilder();
            for (var r : e.getPath()) {
                pointer.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
            }
            String what = e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u
                    ? "unknown field '" + u.getPropertyName() + "'"
                    : e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage()
                    : "invalid value" + (pointer.length() == 0 ? "" : " at " + pointer);
            throw ApiProblem.badField(pointer.toString(), what);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            String why = e.getOriginalMessage();
            if (why != null && why.contains("nesting depth")) {
                throw ApiProblem.overLimit("", "the JSON nests too deeply" + where);
            }
            throw ApiProblem.badRequest("the body is not valid JSON" + where);
        }
    }

    /** Parses JSON text into a tree (for documents whose shape the scenario reader checks). */
    public JsonNode tree(String json) {
        return read(json, JsonNode.class);
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
