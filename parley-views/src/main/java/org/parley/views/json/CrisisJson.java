package org.parley.views.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.parley.analysis.crisis.CrisisOutcome;
import org.parley.analysis.crisis.IigOutcome;
import org.parley.analysis.crisis.TemplateOutcome;
import org.parley.analysis.crisis.TwoTypeOutcome;

/**
 * The JSON form of the crisis outcome kinds, as values and as map keys: a template outcome is its label in the game
 * tree ({@code "NEG"}, {@code "WAR_A"} for the International Interaction Game; {@code "deal"}, {@code "bluff called"}
 * for the two-type games; the two sets of labels are disjoint), a crisis category its id ({@code "deal"},
 * {@code "escalation"}, {@code "status quo"}).
 */
final class CrisisJson {
    private CrisisJson() {
    }

    static void register(SimpleModule m) {
        m.addSerializer(TemplateOutcome.class, new LabelSerializer());
        m.addKeySerializer(TemplateOutcome.class, new LabelKeySerializer());
        m.addDeserializer(TemplateOutcome.class, new JsonDeserializer<>() {
            @Override
            public TemplateOutcome deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return templateOutcome(p.getValueAsString());
            }
        });
        m.addKeyDeserializer(TemplateOutcome.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                return templateOutcome(key);
            }
        });
        m.addSerializer(CrisisOutcome.class, new CategorySerializer());
        m.addKeySerializer(CrisisOutcome.class, new CategoryKeySerializer());
        m.addDeserializer(CrisisOutcome.class, new JsonDeserializer<>() {
            @Override
            public CrisisOutcome deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return category(p.getValueAsString());
            }
        });
        m.addKeyDeserializer(CrisisOutcome.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                return category(key);
            }
        });
    }

    static TemplateOutcome templateOutcome(String label) throws JsonReadException {
        for (IigOutcome o : IigOutcome.values()) {
            if (o.label().equals(label)) {
                return o;
            }
        }
        try {
            return TwoTypeOutcome.ofLabel(label);
        } catch (IllegalArgumentException e) {
            throw new JsonReadException(null, "not an outcome of a crisis template: '" + label + "'");
        }
    }

    static CrisisOutcome category(String id) throws JsonReadException {
        try {
            return CrisisOutcome.parse(id);
        } catch (IllegalArgumentException e) {
            throw new JsonReadException(null, e.getMessage());
        }
    }

    static final class LabelSerializer extends JsonSerializer<TemplateOutcome> {
        @Override
        public void serialize(TemplateOutcome o, JsonGenerator gen, SerializerProvider p) throws IOException {
            gen.writeString(o.label());
        }
    }

    static final class LabelKeySerializer extends JsonSerializer<TemplateOutcome> {
        @Override
        public void serialize(TemplateOutcome o, JsonGenerator gen, SerializerProvider p) throws IOException {
            gen.writeFieldName(o.label());
        }
    }

    static final class CategorySerializer extends JsonSerializer<CrisisOutcome> {
        @Override
        public void serialize(CrisisOutcome o, JsonGenerator gen, SerializerProvider p) throws IOException {
            gen.writeString(o.id());
        }
    }

    static final class CategoryKeySerializer extends JsonSerializer<CrisisOutcome> {
        @Override
        public void serialize(CrisisOutcome o, JsonGenerator gen, SerializerProvider p) throws IOException {
            gen.writeFieldName(o.id());
        }
    }
}
