package org.parley.games.solve.configure;

/** How a method solves an extensive game (Gambit's {@code -S} switches to the strategic form). */
public enum TreeForm {
    /** The method's own tree representation: agent form (logit, liap), sequence form (lcp, lp), behaviour strategies. */
    TREE,
    /** The reduced strategic form; equilibria are mapped back to behaviour strategies. */
    STRATEGIC
}
