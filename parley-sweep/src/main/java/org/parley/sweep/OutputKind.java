package org.parley.sweep;

/** What one output column of a replicate holds. */
public enum OutputKind {
    /** A bargaining model's forecast of an issue (on the scale). */
    FORECAST(true),
    /** Whether that forecast is an agreement: 0 agreement, 1 no agreement, NaN when the model does not say. */
    AGREEMENT(false),
    /** A crisis game's P(deal) at one defender stance. */
    P_DEAL(true),
    /** A crisis game's P(escalation) at one stance. */
    P_ESCALATION(true),
    /** A crisis game's P(status quo) at one stance. */
    P_STATUS_QUO(true),
    /** The most likely crisis outcome at one stance, as the index of a {@link org.parley.analysis.crisis.CrisisOutcome}. */
    MODAL_OUTCOME(false);

    private final boolean numeric;

    OutputKind(boolean numeric) {
        this.numeric = numeric;
    }

    /** Whether the column is a quantity (summarised by mean, quantiles, sensitivity) rather than a category. */
    public boolean isNumeric() {
        return numeric;
    }
}
