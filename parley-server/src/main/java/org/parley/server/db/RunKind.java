package org.parley.server.db;

/** What a run computes. */
public enum RunKind {
    /** Every chosen model on every issue of a scenario version, with its games: and levers: sections. */
    ANALYSIS,
    /** A Monte Carlo sweep over a scenario version's uncertainty ranges, with sensitivity indices. */
    SWEEP,
    /** A backtest of model candidates on cases with known outcomes. */
    BACKTEST,
    /** Equilibria of an uploaded game. */
    GAME
}
