package org.parley.views.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.parley.games.solve.SolverOptions;
import org.parley.scenario.CrisisTemplate;
import org.parley.scenario.LeverAttribute;
import org.parley.scenario.LeverTarget;

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
        m.setMixInAnnotation(LeverTarget.class, TargetMixin.class);
        m.setMixInAnnotation(LeverAttribute.class, AttributeMixin.class);
        m.setMixInAnnotation(CrisisTemplate.class, CrisisTemplateMixin.class);
        m.setMixInAnnotation(SolverOptions.class, SolverOptionsMixin.class);
        m.setMixInAnnotation(org.parley.sweep.sample.InputDistribution.class, KindMixin.class);
        m.setMixInAnnotation(org.parley.scenario.Uncertainty.class, KindMixin.class);
    }

    abstract static class TargetMixin {
        @JsonValue
        @Override
        public abstract String toString();

        @JsonCreator
        static LeverTarget parse(String text) {
            return LeverTarget.parse(text);
        }
    }

    abstract static class AttributeMixin {
        @JsonValue
        abstract String label();

        @JsonCreator
        static LeverAttribute parse(String text) {
            return LeverAttribute.parse(text);
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

    /** A sealed family of records (a sweep input's distribution, a stated uncertainty): {@code "kind": "Uniform"}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    interface KindMixin {
    }
}
