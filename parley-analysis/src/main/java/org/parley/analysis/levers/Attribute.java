package org.parley.analysis.levers;

/**
 * The actor attribute a lever changes. Position and salience are per issue (the actor's stance); capability is the
 * actor's (it moves every issue the actor takes part in).
 */
public enum Attribute {
    /** Position on the issue scale; domain [scale.min, scale.max]. */
    POSITION,
    /** Salience on the data scale; domain (0, 100]. */
    SALIENCE,
    /** Capability; domain (0, k × current], k = {@link LeverOptions#capabilityFactor()}. */
    CAPABILITY;

    /**
     * Parses {@code position}, {@code salience}, {@code capability} (any case).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Attribute parse(String text) {
        for (Attribute a : values()) {
            if (a.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("attribute: expected one of position, salience, capability; got '" + text + "'");
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
