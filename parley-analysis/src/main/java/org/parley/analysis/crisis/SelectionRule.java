package org.parley.analysis.crisis;

/** How the equilibrium reported as a crisis template's forecast was chosen among those found. */
public enum SelectionRule {
    /** Backward induction gives one subgame-perfect equilibrium (ties, if any, broken as noted). */
    UNIQUE_SUBGAME_PERFECT,
    /** The agent QRE of a tree is unique. */
    UNIQUE_AGENT_QRE,
    /**
     * Among perfect Bayesian equilibria surviving D1 (if any), isolated ones before points of continua, then the one
     * with the highest prior-weighted challenger payoff, then the first found.
     */
    D1_ISOLATED_CHALLENGER_PREFERRED
}
