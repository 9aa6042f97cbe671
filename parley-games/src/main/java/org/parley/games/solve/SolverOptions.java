package org.parley.games.solve;

/**
 * Marker for a solver's typed options record. Implementations are records that validate their fields in
 * the compact constructor (messages naming the field); the record goes into the {@link EquilibriumResult}
 * as provenance. {@link NoOptions} serves solvers without options.
 */
public interface SolverOptions {
}
