package org.parley.games.solve;

import java.util.List;

/**
 * Contributes methods to the {@link Solvers} registry. Each solver package of this module may hold a
 * public class named {@code Provider} (e.g. {@code org.parley.games.solve.bimatrix.Provider}) with a public
 * no-argument constructor implementing this interface; the registry finds it by that name. Code outside
 * this module registers through {@link java.util.ServiceLoader}.
 */
public interface SolverProvider {
    List<SolverEntry> solvers();
}
