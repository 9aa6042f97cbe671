package org.parley.games.solve.signaling;

import java.util.EnumSet;
import java.util.List;
import org.parley.games.Arithmetic;
import org.parley.games.solve.Coverage;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.SolverProvider;
import org.parley.games.solve.Solvers;

/**
 * Registers {@code pbe} ({@link PerfectBayesianEquilibriumSolver}) with {@link Solvers}. Coverage
 * {@link Coverage#SOME}: every perfect Bayesian equilibrium is found (continua by one point each), but not every
 * Nash equilibrium of the tree is perfect Bayesian.
 */
public final class Provider implements SolverProvider {
    @Override
    public List<SolverEntry> solvers() {
        return List.of(new SolverEntry(PerfectBayesianEquilibriumSolver.METHOD, PerfectBayesianEquilibriumSolver.DESCRIPTION,
                Coverage.SOME, EnumSet.of(Arithmetic.EXACT), null, a -> new PerfectBayesianEquilibriumSolver(), false));
    }
}
