package org.parley.analysis.crisis;

/**
 * The eight outcomes of the International Interaction Game (Bueno de Mesquita &amp; Lalman 1992, ch. 3), A being the
 * first mover (the challenger) and B the other side.
 */
public enum IigOutcome {
    /** Status quo: neither side makes a demand. */
    SQ("status quo"),
    /** A acquiesces to B's demand. */
    ACQ_A("A acquiesces"),
    /** B acquiesces to A's demand. */
    ACQ_B("B acquiesces"),
    /** Negotiation: demands and counter-demands, nobody uses force. */
    NEG("negotiation"),
    /** A capitulates after B uses force. */
    CAP_A("A capitulates"),
    /** B capitulates after A uses force. */
    CAP_B("B capitulates"),
    /** War initiated by A. */
    WAR_A("war started by A"),
    /** War initiated by B. */
    WAR_B("war started by B");

    private final String description;

    IigOutcome(String description) {
        this.description = description;
    }

    /** Outcome label used in the game tree and in result maps: the enum name, as in War and Reason. */
    public String label() {
        return name();
    }

    public String description() {
        return description;
    }

    /** Crisis category: deal (NEG, ACQ_A, ACQ_B), escalation (war, capitulation under force), status quo (SQ). */
    public String category() {
        return switch (this) {
            case SQ -> CrisisAnalysis.STATUS_QUO;
            case NEG, ACQ_A, ACQ_B -> CrisisAnalysis.DEAL;
            default -> CrisisAnalysis.ESCALATION;
        };
    }
}
