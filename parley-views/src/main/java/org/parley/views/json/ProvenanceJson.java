package org.parley.views.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.provenance.InputKind;
import org.parley.provenance.Provenance;

/**
 * The JSON form of {@link Provenance} and of instants. Provenance is written with every field in record order; it is
 * read tolerantly, as its Javadoc promises: unknown fields (from later layouts) are ignored, and fields a layout may
 * lack default to: {@code transformations} empty, {@code seed} and {@code replicate} null, {@code gitCommit}
 * {@code "unknown"}. An instant is an ISO-8601 string in UTC ({@code "2026-01-02T03:04:05Z"}).
 */
final class ProvenanceJson {
    private ProvenanceJson() {
    }

    static void register(SimpleModule m) {
        m.addSerializer(Instant.class, new InstantSerializer());
        m.addDeserializer(Instant.class, new InstantDeserializer());
        m.addDeserializer(Provenance.class, new ProvenanceDeserializer());
    }

    static final class InstantSerializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant t, JsonGenerator gen, SerializerProvider p) throws IOException {
            gen.writeString(t.toString());
        }
    }

    static final class InstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            try {
                return Instant.parse(text == null ? "" : text);
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text,
                        "expected an ISO-8601 instant such as \"2026-01-02T03:04:05Z\"");
            }
        }
    }

    static final class ProvenanceDeserializer extends JsonDeserializer<Provenance> {
        @Override
        public Provenance deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = ctxt.readTree(p);
            TreeMap<String, String> parameters = new TreeMap<>();
            JsonNode params = EngineJson.required(n, "parameters");
            for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                parameters.put(e.getKey(), e.getValue().asText());
            }
            List<String> transformations = new ArrayList<>();
            JsonNode t = n.get("transformations");
            if (t != null && !t.isNull()) {
                t.forEach(x -> transformations.add(x.asText()));
            }
            try {
                return new Provenance(EngineJson.required(n, "schemaVersion").asInt(),
                        ctxt.readTreeAsValue(EngineJson.required(n, "inputKind"), InputKind.class),
                        text(n, "inputSha256"), text(n, "component"), text(n, "componentVersion"), parameters,
                        transformations, number(n, "seed"), number(n, "replicate"), text(n, "parleyVersion"),
                        n.hasNonNull("gitCommit") ? n.get("gitCommit").asText() : "unknown", text(n, "javaVersion"),
                        ctxt.readTreeAsValue(EngineJson.required(n, "startedAt"), Instant.class));
            } catch (IllegalArgumentException e) {
                throw new JsonReadException(null, e.getMessage());
            }
        }

        private static String text(JsonNode n, String field) throws JsonReadException {
            return EngineJson.required(n, field).asText();
        }

        private static Long number(JsonNode n, String field) throws JsonReadException {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.canConvertToLong()) {
                throw new JsonReadException("/" + field, "expected a whole number, found " + v);
            }
            return v.asLong();
        }
    }
}
