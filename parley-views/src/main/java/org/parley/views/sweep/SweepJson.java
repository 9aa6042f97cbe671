package org.parley.views.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import org.parley.sweep.SweepResult;

/**
 * The JSON form of a sweep: the typed result as Jackson writes records (field names as in the records, NaN as the
 * text "NaN", instants as ISO-8601 text), under a small envelope with the schema version and the scenario file.
 */
public final class SweepJson {
    /** Layout version of the document; bump when a field changes meaning or disappears. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).registerModule(new JavaTimeModule());

    private SweepJson() {
    }

    /**
     * The document's root.
     *
     * @param schemaVersion {@link #SCHEMA_VERSION}
     * @param scenarioFile  the scenario file as given on the command line
     * @param scenarioTitle the scenario's title
     * @param sweep         the result
     */
    public record Document(int schemaVersion, String scenarioFile, String scenarioTitle, SweepResult sweep) {
    }

    /** The JSON text of a sweep. */
    public static String write(String scenarioFile, String scenarioTitle, SweepResult result) {
        try {
            return MAPPER.writeValueAsString(new Document(SCHEMA_VERSION, scenarioFile, scenarioTitle, result));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the sweep as JSON", e);
        }
    }
}
