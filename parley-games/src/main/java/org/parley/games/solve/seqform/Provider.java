package org.parley.games.solve.seqform;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.parley.games.Arithmetic;
import org.parley.games.solve.Coverage;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.SolverProvider;
import org.parley.games.solve.Solvers;
import org.parley.games.solve.tree.BackwardInductionSolver;

/**
 * Registers the tree sides of {@code lcp} ({@link SequenceFormLcpSolver}) and {@code lp}
 * ({@link SequenceFormLpSolver}) with {@link Solvers}; the registry merges them with the strategic sides
 * (Lemke–Howson, the strategic LP) registered by {@code org.parley.games.solve.bimatrix}, so one method name
 * serves .nfg and .efg input as in Gambit. lcp offers DOUBLE as well so that the merged entry keeps the
 * strategic side's double arithmetic (on trees it is the exact result rounded). Also registers {@code spe}
 * ({@link BackwardInductionSolver}, package {@code org.parley.games.solve.tree}) here, because
 * {@link Solvers#PROVIDER_PACKAGES} does not search that package.
 */
public final class Provider implements SolverProvider {
    @Override
    public List<SolverEntry> solvers() {
        List<SolverEntry> l = new ArrayList<>();
        l.add(new SolverEntry(SequenceFormLcpSolver.METHOD, Solvers.KNOWN_METHODS.get("lcp"), Coverage.ONE,
                EnumSet.of(Arithmetic.EXACT, Arithmetic.DOUBLE), null,
                a -> new SequenceFormLcpSolver(SequenceFormLcpSolver.Options.defaults(a)), false));
        l.add(new SolverEntry(SequenceFormLpSolver.METHOD, Solvers.KNOWN_METHODS.get("lp"), Coverage.ONE,
                EnumSet.of(Arithmetic.EXACT), null,
                a -> new SequenceFormLpSolver(SequenceFormLpSolver.Options.defaults(a)), false));
        l.add(new SolverEntry(BackwardInductionSolver.METHOD, BackwardInductionSolver.DESCRIPTION, Coverage.ONE,
                EnumSet.of(Arithmetic.EXACT), null, a -> new BackwardInductionSolver(), false));
        return List.copyOf(l);
    }
}
