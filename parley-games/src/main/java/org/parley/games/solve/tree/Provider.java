package org.parley.games.solve.tree;

import java.util.EnumSet;
import java.util.List;
import org.parley.games.Arithmetic;
import org.parley.games.solve.Coverage;
import org.parley.games.solve.QreSolverEntry;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.SolverProvider;
import org.parley.games.solve.Solvers;

/**
 * Registers the methods that work on the tree directly with {@link Solvers}: {@code spe}
 * ({@link BackwardInductionSolver}) and the quantal-response method {@code qre} ({@link TreeLogitQreSolver}).
 */
public final class Provider implements SolverProvider {
    @Override
    public List<SolverEntry> solvers() {
        return List.of(new SolverEntry(BackwardInductionSolver.METHOD, BackwardInductionSolver.DESCRIPTION, Coverage.ONE,
                EnumSet.of(Arithmetic.EXACT), null, a -> new BackwardInductionSolver(), false));
    }

    @Override
    public List<QreSolverEntry> qreSolvers() {
        return List.of(new QreSolverEntry(TreeLogitQreSolver.METHOD, TreeLogitQreSolver.DESCRIPTION,
                lambda -> new TreeLogitQreSolver(TreeLogitQreSolver.Options.at(lambda))));
    }
}
