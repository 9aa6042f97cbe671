package org.parley.backtest.deu;

/** What counts as an actor's capability in DEU cases. */
public enum CapabilityMeasure {
    /** The GDP row distributed with the data (trillions of USD; Commission and EP given Germany's value). */
    GDP,
    /**
     * Council votes (Nice weights from 2004, EU-15 weights before), the Commission and the EP given the largest
     * state's votes, as the GDP row gives them the largest state's GDP.
     */
    COUNCIL_VOTES,
    /** Every actor 1. */
    EQUAL
}
