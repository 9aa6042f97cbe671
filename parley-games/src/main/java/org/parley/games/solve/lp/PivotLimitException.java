package org.parley.games.solve.lp;

/**
 * Thrown when a pivoting algorithm exhausts its pivot budget (an option) before terminating.
 * Lemke–Howson paths can be exponentially long (Savani and von Stengel 2006), so the budget is a
 * distinct outcome rather than an error in the input.
 */
public final class PivotLimitException extends org.parley.games.GamesException {
    private static final long serialVersionUID = 1L;
    private final long pivots;

    public PivotLimitException(String message, long pivots) {
        super(message);
        this.pivots = pivots;
    }

    /** Pivots performed before giving up. */
    public long pivots() {
        return pivots;
    }
}
