package org.parley.analysis.crisis;

/** The outcomes of the two-type crisis templates (costly signalling, tying hands), as labelled in their trees. */
public enum TwoTypeOutcome implements TemplateOutcome {
    /** The defender shifts: the small deal. */
    DEAL("deal", CrisisOutcome.DEAL),
    /** The defender holds and the challenger escalates. */
    ESCALATION("escalation", CrisisOutcome.ESCALATION),
    /** The defender holds and the challenger backs down without having committed. */
    STATUS_QUO("status quo", CrisisOutcome.STATUS_QUO),
    /** The defender holds and the challenger backs down after a public commitment, paying the audience cost. */
    BLUFF_CALLED("bluff called", CrisisOutcome.STATUS_QUO);

    private final String label;
    private final CrisisOutcome category;

    TwoTypeOutcome(String label, CrisisOutcome category) {
        this.label = label;
        this.category = category;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public CrisisOutcome category() {
        return category;
    }

    /** @throws IllegalArgumentException if no outcome has this label */
    public static TwoTypeOutcome ofLabel(String label) {
        for (TwoTypeOutcome o : values()) {
            if (o.label.equals(label)) {
                return o;
            }
        }
        throw new IllegalArgumentException("not a two-type crisis outcome: '" + label + "'");
    }
}
