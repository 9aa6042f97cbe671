package org.parley.views.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.parley.analysis.crisis.CrisisTemplate;
import org.parley.analysis.levers.Attribute;
import org.parley.analysis.levers.Target;
import org.parley.games.solve.SolverOptions;

/**
 * Jackson annotations for computation types, kept here so that the computation modules carry none. Values that
 * have a syntax in the scenario language are written in it: a lever target as its expression ({@code ">= 45"},
 * {@code "outcome == deal"}), an attribute and a crisis template as their ids ({@code "position"},
 * {@code "coercion"}). A solver's options record carries its class name in {@code "@class"}, the only way to read
 * back the right record for every solver.
 */
final class Mixins {
    private Mixins() {
    }

    static void register(SimpleModule m) {
        m.setMixInAnnotation(Target.class, TargetMixin.class);
        m.setMixInAnnotation(Attribute.class, AttributeMixin.class);
        m.setMixInAnnotation(CrisisTemplate.class, CrisisTemplateMixin.class);
        m.setMixInAnnotation(SolverOptions.class, SolverOptionsMixin.class);
    }

    abstract static class TargetMixin {
        @JsonValue
        @Override
        public abstract String toString();

        @JsonCreator
        static Target parse(String text) {
            return Target.parse(text);
        }
    }

    abstract static class AttributeMixin {
        @JsonValue
        abstract String label();

        @JsonCreator
        static Attribute parse(String text) {
            return Attribute.parse(text);
        }
    }

    abstract static class CrisisTemplateMixin {
        @JsonValue
        abstract String id();

        @JsonCreator
        static CrisisTemplate parse(String text) {
            return CrisisTemplate.parse(text);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, include = JsonTypeInfo.As.PROPERTY, property = "@class")
    interface SolverOptionsMixin {
    }
}
