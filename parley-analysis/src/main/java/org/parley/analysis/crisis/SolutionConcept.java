package org.parley.analysis.crisis;

/** Which solution concept a crisis equilibrium is, and the engine method that computed it. */
public enum SolutionConcept {
    /** Subgame-perfect equilibrium by backward induction (engine method {@code spe}). */
    SUBGAME_PERFECT("spe"),
    /** Agent logit quantal response equilibrium at a given λ (engine method {@code qre}); not a Nash equilibrium. */
    AGENT_LOGIT_QRE("qre"),
    /** Perfect Bayesian equilibrium of the two-type signalling game (engine method {@code pbe}). */
    PERFECT_BAYESIAN("pbe");

    private final String method;

    SolutionConcept(String method) {
        this.method = method;
    }

    /** The engine's method name ({@code org.parley.games.solve.Solvers}). */
    public String method() {
        return method;
    }
}
