package org.parley.forecast.decision;

/**
 * How a model that forecasts from every actor's position (compromise, weighted median, expected utility) reads the
 * scenario's decision structure.
 */
public enum DecisionReading {
    /**
     * Two stages: the model's forecast is the outcome of the influence stage; in the decision stage the decisive
     * actors accept it only if it lies in the acceptable set, otherwise the outcome is the acceptable point nearest
     * to it, and the reversion point ("no agreement") when nothing but the reversion point is acceptable. Scenarios
     * without a decision structure are unaffected.
     */
    RULE("rule"),
    /** The model's own forecast, as if every actor could vote (the behaviour before decision rules existed). */
    IGNORE("ignore");

    private final String id;

    DecisionReading(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static DecisionReading parse(String s) {
        for (DecisionReading r : values()) {
            if (r.id.equals(s)) {
                return r;
            }
        }
        throw new IllegalArgumentException("decision must be 'rule' or 'ignore', got '" + s + "'");
    }
}
