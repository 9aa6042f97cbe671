package org.parley.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * docs/scenario.schema.json: valid JSON Schema (draft 2020-12), accepts every valid fixture, rejects the broken
 * files whose fault a schema can express, and lists exactly the keys the reader accepts ({@link ScenarioSection}).
 */
class ScenarioSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMA = TestFiles.docs("scenario.schema.json");

    private static JsonNode schemaNode() throws IOException {
        return JSON.readTree(SCHEMA.toFile());
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
    }

    /** YAML (or JSON) text → Jackson tree, through snakeyaml-engine with the same core schema as the reader. */
    private static JsonNode tree(Path file) throws IOException {
        Object data = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build())
                .loadFromString(jsonSafe(Files.readString(file)));
        return JSON.valueToTree(data);
    }

    /** As the reader does: tabs between JSON tokens become spaces (YAML's scanner rejects some). */
    private static String jsonSafe(String text) {
        return ScenarioReader.looksLikeJson(text) ? ScenarioReader.untabJson(text) : text;
    }

    @Test
    void schemaIsItselfValidAgainstTheDraft202012MetaSchema() throws IOException {
        JsonNode s = schemaNode();
        assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema").asText());
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> errors = meta.validate(s);
        assertEquals(Set.of(), errors);
    }

    @ParameterizedTest
    @ValueSource(strings = {"harbour.yaml", "harbour.json", "minimal.yaml", "reserved-and-warnings.yaml",
            "games-and-levers.yaml"})
    void validFixturesPassTheSchema(String name) throws IOException {
        Set<ValidationMessage> errors = schema().validate(tree(TestFiles.resource("scenarios/" + name)));
        assertEquals(Set.of(), errors, name);
    }

    /** Broken files whose fault is structural or a single-value range: the schema must reject them too. */
    @ParameterizedTest
    @ValueSource(strings = {"text-for-number.yaml", "quoted-number.json", "missing-title.yaml",
            "missing-capability.yaml", "missing-actors.yaml", "unknown-key-typo.yaml", "unknown-top-level-key.yaml",
            "sources-not-a-list.yaml", "salience-zero.yaml", "salience-over-100.yaml", "capability-zero.yaml",
            "risk-out-of-range.yaml", "negative-sd.yaml", "range-and-sd.yaml", "no-actors.yaml", "no-issues.yaml",
            "compact-wrong-length.yaml", "malformed-date-text.yaml", "not-a-mapping.yaml",
            "empty-required-value.yaml", "games-not-a-list.yaml", "lever-unknown-attribute.yaml",
            "lever-models-and-game.yaml"})
    void schemaRejectsStructuralFaults(String name) throws IOException {
        Set<ValidationMessage> errors = schema().validate(tree(TestFiles.resource("broken/" + name)));
        assertFalse(errors.isEmpty(), name + " should fail the schema");
    }

    @Test
    void schemaListsExactlyTheReadersKeys() throws IOException {
        JsonNode s = schemaNode();
        JsonNode defs = s.get("$defs");
        assertSection(ScenarioSection.ROOT, s, ScenarioSection.RESERVED_TOP_LEVEL_KEYS);
        assertSection(ScenarioSection.METADATA, defs.get("metadata"), List.of());
        assertSection(ScenarioSection.SOURCE, defs.get("source"), List.of());
        assertSection(ScenarioSection.ISSUE, defs.get("issue"), List.of());
        assertSection(ScenarioSection.SCALE, defs.get("scale"), List.of());
        assertSection(ScenarioSection.ACTOR, defs.get("actor"), List.of());
        assertSection(ScenarioSection.STANCE, defs.get("stance"), List.of());
        JsonNode uncertain = null;
        for (JsonNode alt : defs.get("uncertainNumber").get("oneOf")) {
            if (alt.has("properties")) {
                uncertain = alt;
            }
        }
        assertSection(ScenarioSection.UNCERTAIN_NUMBER, uncertain, List.of());
        assertSection(ScenarioSection.GAME, defs.get("game"), List.of());
        assertSection(ScenarioSection.LEVER, defs.get("lever"), List.of());
        assertSection(ScenarioSection.DECISION, defs.get("decision"), List.of());
        assertSection(ScenarioSection.VOTING_BODY, defs.get("votingBody"), List.of());
        assertSection(ScenarioSection.OUTCOME, defs.get("outcome").get("oneOf").get(1), List.of());
        for (String reserved : ScenarioSection.RESERVED_TOP_LEVEL_KEYS) {
            assertTrue(s.get("properties").get(reserved).get("description").asText().contains("Reserved"));
        }
    }

    private static void assertSection(ScenarioSection section, JsonNode object, List<String> extra) {
        Set<String> expected = new LinkedHashSet<>(section.keys());
        expected.addAll(extra);
        Set<String> keys = new LinkedHashSet<>();
        object.get("properties").fieldNames().forEachRemaining(keys::add);
        assertEquals(expected, keys, section + " keys");
        List<String> required = new ArrayList<>();
        if (object.has("required")) {
            object.get("required").forEach(r -> required.add(r.asText()));
        }
        assertEquals(Set.copyOf(section.requiredKeys()), Set.copyOf(required), section + " required keys");
        assertFalse(object.get("additionalProperties").asBoolean(true), section + " forbids other keys");
    }

    @Test
    void formatDocumentMentionsEveryKeyAndReservedSection() throws IOException {
        String doc = Files.readString(TestFiles.docs("SCENARIO-FORMAT.md"));
        for (ScenarioSection section : ScenarioSection.values()) {
            for (String key : section.keys()) {
                assertTrue(doc.contains("`" + key + "`"), "SCENARIO-FORMAT.md documents `" + key + "`");
            }
        }
        Stream.of("games", "sweeps").forEach(k -> assertTrue(doc.contains("`" + k + "`")));
    }
}
