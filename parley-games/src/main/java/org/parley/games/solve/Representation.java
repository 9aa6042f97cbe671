package org.parley.games.solve;

/** Which representation of the game a solver worked on. */
public enum Representation {
    /** The strategic form (for trees: the reduced strategic form). */
    STRATEGIC,
    /** The sequence form of a two-player tree with perfect recall (Koller, Megiddo, von Stengel 1996). */
    SEQUENCE,
    /** The agent form: one agent per information set. */
    AGENT,
    /** The tree itself (backward induction, behaviour strategies directly). */
    TREE
}
