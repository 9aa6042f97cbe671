package org.parley.analysis.crisis;

/**
 * An outcome label of a crisis template's game tree: {@link IigOutcome} for the International Interaction Game,
 * {@link TwoTypeOutcome} for the two-type crises. Each belongs to one {@link CrisisOutcome} category.
 */
public sealed interface TemplateOutcome permits IigOutcome, TwoTypeOutcome {
    /** The label of the outcome in the game tree (and in result maps). */
    String label();

    /** The crisis category. */
    CrisisOutcome category();
}
