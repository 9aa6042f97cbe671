package org.parley.scenario;

import java.util.List;
import java.util.Locale;

/**
 * The actor attribute a lever changes. Position and salience are per issue (the actor's stance); capability is the
 * actor's (it moves every issue the actor takes part in).
 */
public enum LeverAttribute {
    /** Position on the issue scale; domain [scale.min, scale.max]. */
    POSITION,
    /** Salience on the data scale; domain (0, 100]. */
    SALIENCE,
    /** Capability; domain (0, k × current] for the analysis' factor k. */
    CAPABILITY;

    /** The labels as written in a file, in declaration order. */
    public static final List<String> LABELS = List.of("position", "salience", "capability");

    /**
     * Parses {@code position}, {@code salience}, {@code capability} (any case, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static LeverAttribute parse(String text) {
        for (LeverAttribute a : values()) {
            if (a.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("attribute: expected one of position, salience, capability; got '" + text
                + "'");
    }

    /** The label as written in a file, e.g. {@code position}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
