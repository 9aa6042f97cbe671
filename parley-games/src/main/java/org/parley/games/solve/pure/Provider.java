package org.parley.games.solve.pure;

import java.util.EnumSet;
import java.util.List;
import org.parley.games.Arithmetic;
import org.parley.games.solve.Coverage;
import org.parley.games.solve.ReducedFormSolver;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.SolverProvider;
import org.parley.games.solve.Solvers;

/**
 * Registers {@code enumpure} ({@link EnumPureEquilibriumSolver}) with {@link Solvers}: tables directly, trees through
 * the reduced strategic form, which is accepted without perfect recall because pure strategies are always realizable
 * in behaviour strategies.
 */
public final class Provider implements SolverProvider {
    @Override
    public List<SolverEntry> solvers() {
        return List.of(new SolverEntry(EnumPureEquilibriumSolver.METHOD,
                "all pure-strategy equilibria (n players; trees via the reduced strategic form)", Coverage.ALL,
                EnumSet.of(Arithmetic.EXACT), a -> new EnumPureEquilibriumSolver(),
                a -> new ReducedFormSolver(new EnumPureEquilibriumSolver(), true), false));
    }
}
