package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.parley.forecast.Forecast;
import org.parley.views.report.IssueSummary;
import org.parley.scenario.Scenario;

/**
 * The JSON printed by {@code analyze --format json} and {@code forecast --format json}. Field order is fixed;
 * numbers are printed in full precision; a missing number (no status quo, no forecast) is the string "NaN".
 */
public final class JsonOutput {
    /** Version of the layout below; bumped when a field changes meaning, not when one is added. */
    public static final int SCHEMA_VERSION = 1;

    private JsonOutput() {
    }

    /**
     * What {@code analyze} found.
     *
     * @param gainDefinition the definition of the gains in {@code summary}, in words
     * @param crisisGames    per {@code games:} entry, {@code CrisisWording.summary(report)} (empty without games)
     * @param levers         per {@code levers:} entry, {@code LeverJson.summary(answer)} (empty without levers)
     * @param report         path of the HTML report written, or null
     */
    public record Analysis(int schemaVersion, String parleyVersion, String javaVersion, ScenarioRef scenario,
                           List<Forecast> forecasts, List<IssueSummary> summary, String gainDefinition,
                           List<Map<String, Object>> crisisGames, List<Map<String, Object>> levers,
                           String report) {
    }

    /** What {@code levers} found: one lever question answered per model (or for one crisis game). */
    public record LeverAnswerOut(int schemaVersion, String parleyVersion, String javaVersion, ScenarioRef scenario,
                                 Map<String, Object> lever) {
    }

    /**
     * The scenario analysed.
     *
     * @param asOf ISO date, or null
     */
    public record ScenarioRef(String file, String title, String asOf, String sha256, int actors, int issues) {
        static ScenarioRef of(Path file, Scenario s, String sha256) {
            return new ScenarioRef(file.toString(), s.metadata().title(),
                    s.metadata().asOf() == null ? null : s.metadata().asOf().toString(), sha256, s.actors().size(),
                    s.issues().size());
        }
    }

    /** What {@code forecast} found: one model's forecast (restricted to one issue with {@code --issue}). */
    public record SingleForecast(int schemaVersion, String parleyVersion, String javaVersion, ScenarioRef scenario,
                                 Forecast forecast) {
    }

    static String write(Object value) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
