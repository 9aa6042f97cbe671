package org.parley.views.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The one JSON form of Parley's results, written and read by Jackson from the typed records.
 *
 * <p>Rules (docs/JSON-FORMAT.md): a record is an object with its components as fields, in declaration order, every
 * field written (null included); no other method of a record becomes a field. Numbers in full precision; a missing
 * number (NaN) is the string {@code "NaN"}. Maps keep the record's order (every result map is ordered). Enums are
 * their constant names, except values with a syntax of their own in the scenario language ({@link Mixins}). Engine
 * objects follow {@link EngineJson}; provenance and times follow {@link ProvenanceJson}; explanation sentences
 * follow {@link SentenceJson}. Reading ignores unknown fields, so a reader accepts documents of later minor
 * layouts. Output is pretty-printed and deterministic.
 *
 * <p>Thread-safe: the mapper is configured once and only read afterwards.
 */
public final class ParleyJson {
    private static final ObjectMapper MAPPER = build();

    private ParleyJson() {
    }

    private static ObjectMapper build() {
        SimpleModule module = new SimpleModule("parley");
        EngineJson.register(module);
        ProvenanceJson.register(module);
        SentenceJson.register(module);
        CrisisJson.register(module);
        Mixins.register(module);
        return JsonMapper.builder()
                .addModule(module)
                // records: exactly their components (fields), never other accessors such as isVerified()
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /** The configured mapper (do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The value (a document or any result record) as pretty-printed JSON, without a trailing line break. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The value as JSON on one line (no indentation, no line break inside), for JSON Lines output where each
     * document is one line (e.g. one per game of a batch).
     */
    public static String writeLine(Object value) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a value that refers to no game (a forecast, a lever answer, provenance). */
    public static <T> T read(String json, Class<T> type) {
        return read(json, type, KnownGames.NONE);
    }

    /**
     * Reads a value; results that refer to games (equilibria, crisis games) are read against {@code games}, and
     * their profiles are verified again.
     *
     * @throws InvalidJsonException with the JSON pointer of the first problem
     */
    public static <T> T read(String json, Class<T> type, KnownGames games) {
        try {
            return MAPPER.readerFor(type).withAttribute(KnownGames.class, games).readValue(json);
        } catch (JsonMappingException e) {
            StringBuilder pointer = new StringBuilder();
            for (JsonMappingException.Reference r : e.getPath()) {
                pointer.append('/').append(r.getFieldName() != null ? escape(r.getFieldName()) : r.getIndex());
            }
            if (e instanceof JsonReadException r) {
                throw new InvalidJsonException(pointer + r.relative(), r.problem(), e);
            }
            Throwable cause = e.getCause() instanceof JsonReadException r ? r : null;
            if (cause != null) {
                JsonReadException r = (JsonReadException) cause;
                throw new InvalidJsonException(pointer + r.relative(), r.problem(), e);
            }
            throw new InvalidJsonException(pointer.toString(), e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new InvalidJsonException("", "not JSON: " + e.getOriginalMessage() + where, e);
        }
    }

    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }
}
