package org.parley.games.solve.seqform;

import java.util.EnumSet;
import java.util.List;
import org.parley.games.Arithmetic;
import org.parley.games.solve.Coverage;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.SolverProvider;
import org.parley.games.solve.Solvers;

/**
 * Registers the tree sides of {@code lcp} ({@link SequenceFormLcpSolver}) and {@code lp}
 * ({@link SequenceFormLpSolver}) with {@link Solvers}; the registry merges them with the strategic sides
 * (Lemke–Howson, the strategic LP) registered by {@code org.parley.games.solve.bimatrix}, so one method name
 * serves .nfg and .efg input as in Gambit. lcp offers DOUBLE as well so that the merged entry keeps the
 * strategic side's double arithmetic (on trees it is the exact result rounded).
 */
public final class Provider implements SolverProvider {
    @Override
    public List<SolverEntry> solvers() {
        return List.of(
                new SolverEntry(SequenceFormLcpSolver.METHOD, org.parley.games.solve.bimatrix.Provider.LCP, Coverage.ONE,
                        EnumSet.of(Arithmetic.EXACT, Arithmetic.DOUBLE), null,
                        a -> new SequenceFormLcpSolver(SequenceFormLcpSolver.Options.defaults(a)), false),
                new SolverEntry(SequenceFormLpSolver.METHOD, org.parley.games.solve.bimatrix.Provider.LP, Coverage.ONE,
                        EnumSet.of(Arithmetic.EXACT), null,
                        a -> new SequenceFormLpSolver(SequenceFormLpSolver.Options.defaults(a)), false));
    }
}
