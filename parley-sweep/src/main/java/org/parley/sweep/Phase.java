package org.parley.sweep;

/** The three designs a sweep evaluates, in the order it runs them. */
public enum Phase {
    /** Plain Monte Carlo over the joint input distribution: the distributions and zone probabilities. */
    MONTE_CARLO,
    /** One-at-a-time swings across each input's interval: the tornado charts. */
    SWING,
    /** Saltelli's design: first-order and total Sobol indices. */
    SOBOL
}
