package org.parley.games.solve;

/** What a method promises to return, used by the conformance harness to pick the right comparison. */
public enum Coverage {
    /** Every equilibrium of the class it searches (enumpure: all pure equilibria). Compared as sets. */
    ALL,
    /** Every extreme equilibrium (enummixed, two players). Compared as sets. */
    ALL_EXTREME,
    /** Possibly several equilibria, not necessarily all (Lemke–Howson from all starts, gnm). Each must be verified and known. */
    SOME,
    /** One equilibrium (lp, simpdiv, logit, sequence-form lcp). It must be verified and known. */
    ONE
}
