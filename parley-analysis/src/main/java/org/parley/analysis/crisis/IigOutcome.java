package org.parley.analysis.crisis;

/**
 * The eight outcomes of the International Interaction Game (Bueno de Mesquita &amp; Lalman 1992, ch. 3), A being the
 * first mover (the challenger) and B the other side.
 */
public enum IigOutcome implements TemplateOutcome {
    /** Status quo: neither side makes a demand. */
    SQ,
    /** A acquiesces to B's demand. */
    ACQ_A,
    /** B acquiesces to A's demand. */
    ACQ_B,
    /** Negotiation: demands and counter-demands, nobody uses force. */
    NEG,
    /** A capitulates after B uses force. */
    CAP_A,
    /** B capitulates after A uses force. */
    CAP_B,
    /** War initiated by A. */
    WAR_A,
    /** War initiated by B. */
    WAR_B;

    /** Outcome label used in the game tree and in result maps: the enum name, as in War and Reason. */
    @Override
    public String label() {
        return name();
    }

    /** Crisis category: deal (NEG, ACQ_A, ACQ_B), escalation (war, capitulation under force), status quo (SQ). */
    @Override
    public CrisisOutcome category() {
        return switch (this) {
            case SQ -> CrisisOutcome.STATUS_QUO;
            case NEG, ACQ_A, ACQ_B -> CrisisOutcome.DEAL;
            default -> CrisisOutcome.ESCALATION;
        };
    }
}
