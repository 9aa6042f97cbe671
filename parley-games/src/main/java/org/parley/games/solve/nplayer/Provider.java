package org.parley.games.solve.nplayer;

import java.util.EnumSet;
import java.util.List;
import org.parley.games.Arithmetic;
import org.parley.games.solve.Coverage;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.SolverProvider;
import org.parley.games.solve.Solvers;

/**
 * Registers the n-player methods with {@link Solvers}: {@code logit} (tables in the strategic form, trees in
 * the agent form) {@code simpdiv} and {@code gnm} (tables; trees through
 * the reduced strategic form).
 */
public final class Provider implements SolverProvider {
    @Override
    public List<SolverEntry> solvers() {
        return List.of(
                new SolverEntry(LogitEquilibriumSolver.METHOD,
                        "end point of the principal branch of the logit QRE correspondence", Coverage.ONE,
                        EnumSet.of(Arithmetic.DOUBLE), a -> new LogitEquilibriumSolver(), a -> new LogitEquilibriumSolver(), false),
                new SolverEntry(SimplicialSubdivisionEquilibriumSolver.METHOD,
                        "simplicial subdivision; one equilibrium (n players)", Coverage.ONE,
                        EnumSet.of(Arithmetic.DOUBLE), a -> new SimplicialSubdivisionEquilibriumSolver(), null, true),
                new SolverEntry(GlobalNewtonEquilibriumSolver.METHOD,
                        "global Newton method; equilibria found (n players)", Coverage.SOME,
                        EnumSet.of(Arithmetic.DOUBLE), a -> new GlobalNewtonEquilibriumSolver(), null, true));
    }
}
