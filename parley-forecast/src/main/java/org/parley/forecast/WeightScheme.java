package org.parley.forecast;

/**
 * How a model turns an actor's capability c and salience s into its weight w in one issue.
 *
 * <p>Salience is divided by 100 (data scale 0–100 → 0–1) before use; this does not change any
 * weighted mean, median or Nash solution, because only relative weights matter there.
 */
public enum WeightScheme {
    /** w = c · s/100 (the default of the literature: Bueno de Mesquita 1994; Thomson et al. 2006). */
    CAPABILITY_TIMES_SALIENCE("c*s"),
    /** w = c ("power-only"). */
    CAPABILITY("c"),
    /** w = s/100 ("salience-only"). */
    SALIENCE("s"),
    /** w = 1 (plain mean / unweighted median). */
    EQUAL("1");

    private final String label;

    WeightScheme(String label) {
        this.label = label;
    }

    /** Short label used in parameters: {@code c*s}, {@code c}, {@code s} or {@code 1}. */
    public String label() {
        return label;
    }

    /** The weight of an actor with capability c and salience s (data scale 0–100). */
    public double weight(double capability, double salience) {
        return switch (this) {
            case CAPABILITY_TIMES_SALIENCE -> capability * (salience / 100.0);
            case CAPABILITY -> capability;
            case SALIENCE -> salience / 100.0;
            case EQUAL -> 1.0;
        };
    }

    /**
     * Parses a label ({@code c*s}, {@code c}, {@code s}, {@code 1}) or an enum constant name (any case).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static WeightScheme parse(String text) {
        for (WeightScheme w : values()) {
            if (w.label.equals(text) || w.name().equalsIgnoreCase(text)) {
                return w;
            }
        }
        throw new IllegalArgumentException("weights: expected one of c*s, c, s, 1; got '" + text + "'");
    }
}
