package org.parley.games;

/** A profile presented as an equilibrium failed its regret check (a solver bug or a too-tight tolerance). */
public class UnverifiedEquilibriumException extends GamesException {
    private static final long serialVersionUID = 1L;

    public UnverifiedEquilibriumException(String message) {
        super(message);
    }
}
