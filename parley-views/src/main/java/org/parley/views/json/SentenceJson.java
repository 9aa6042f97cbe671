package org.parley.views.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.parley.forecast.Sentence;

/**
 * The JSON form of a {@link Sentence}: an array of its parts in reading order, words as strings and numbers as
 * numbers, e.g. {@code ["Forecast ", 55.2154750244858, " is the mean of the 8 positions."]}. A number that is not
 * finite (never stated by today's models) is written as an object, {@code {"number": "NaN"}}, so that it cannot be
 * mistaken for words.
 */
final class SentenceJson {
    private SentenceJson() {
    }

    static void register(SimpleModule m) {
        m.addSerializer(Sentence.class, new SentenceSerializer());
        m.addDeserializer(Sentence.class, new SentenceDeserializer());
    }

    static final class SentenceSerializer extends JsonSerializer<Sentence> {
        @Override
        public void serialize(Sentence s, JsonGenerator gen, SerializerProvider p) throws IOException {
            gen.writeStartArray();
            for (Sentence.Part part : s.parts()) {
                if (part instanceof Sentence.Words w) {
                    gen.writeString(w.text());
                } else {
                    double v = ((Sentence.Quantity) part).value();
                    if (Double.isFinite(v)) {
                        gen.writeNumber(v);
                    } else {
                        gen.writeStartObject();
                        gen.writeStringField("number", Double.toString(v));
                        gen.writeEndObject();
                    }
                }
            }
            gen.writeEndArray();
        }
    }

    static final class SentenceDeserializer extends JsonDeserializer<Sentence> {
        @Override
        public Sentence deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw new JsonReadException(null, "a sentence is an array of words (strings) and numbers");
            }
            List<Sentence.Part> parts = new ArrayList<>();
            int k = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), k++) {
                if (t == JsonToken.VALUE_STRING) {
                    parts.add(new Sentence.Words(p.getText()));
                } else if (t.isNumeric()) {
                    parts.add(new Sentence.Quantity(p.getDoubleValue()));
                } else if (t == JsonToken.START_OBJECT) {
                    var node = ctxt.readTree(p);
                    String v = EngineJson.required(node, "number").asText();
                    try {
                        parts.add(new Sentence.Quantity(Double.parseDouble(v)));
                    } catch (NumberFormatException e) {
                        throw new JsonReadException("/" + k + "/number", "not a number: " + v);
                    }
                } else {
                    throw new JsonReadException("/" + k, "expected words (a string) or a number, found " + t);
                }
            }
            return new Sentence(parts);
        }
    }
}
