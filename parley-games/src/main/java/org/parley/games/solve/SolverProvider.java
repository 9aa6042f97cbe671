package org.parley.games.solve;

import java.util.List;

/**
 * Contributes methods to the {@link Solvers} registry, found with {@link java.util.ServiceLoader}: each solver
 * package of this module has one public {@code Provider} class with a public no-argument constructor, listed in
 * {@code META-INF/services/org.parley.games.solve.SolverProvider}. Code outside this module registers the same way
 * in its own jar.
 */
public interface SolverProvider {

    /** Nash-equilibrium methods of this provider (possibly one side, tables or trees, of a name). */
    List<SolverEntry> solvers();

    /** Quantal-response methods of this provider (none by default). */
    default List<QreSolverEntry> qreSolvers() {
        return List.of();
    }
}
