package org.parley.analysis.crisis;

import java.util.Locale;

/**
 * The three crisis categories every template's outcomes map to, with the identifier used in the scenario's
 * {@code levers:} targets ({@code outcome == deal}).
 */
public enum CrisisOutcome {
    /** A negotiated settlement or an acquiescence: the dispute ends by agreement. */
    DEAL("deal"),
    /** Force is used or threatened to the end: war, capitulation under force, escalation after a hold. */
    ESCALATION("escalation"),
    /** Nothing changes: nobody demands, or the challenger backs down (also after a called bluff). */
    STATUS_QUO("status quo");

    private final String id;

    CrisisOutcome(String id) {
        this.id = id;
    }

    /** The identifier in scenario files and lever targets. */
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the accepted identifiers */
    public static CrisisOutcome parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (CrisisOutcome o : values()) {
            if (o.id.equals(t)) {
                return o;
            }
        }
        throw new IllegalArgumentException("crisis outcome: expected deal, escalation or status quo; got '" + text + "'");
    }
}
