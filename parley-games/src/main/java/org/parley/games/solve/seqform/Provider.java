package org.parley.games.solve.seqform;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.parley.games.Arithmetic;
import org.parley.games.solve.Coverage;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.SolverProvider;
import org.parley.games.solve.Solvers;

/**
 * Registers the tree side of {@code lcp} ({@link SequenceFormLcpSolver}) with {@link Solvers}; the registry
 * merges it with the strategic side (Lemke–Howson) registered by {@code org.parley.games.solve.bimatrix}.
 * Later steps add {@code lp} (sequence-form LP) and {@code spe} (backward induction, package
 * {@code org.parley.games.solve.tree}, registered here because the registry searches this package).
 */
public final class Provider implements SolverProvider {
    @Override
    public List<SolverEntry> solvers() {
        List<SolverEntry> l = new ArrayList<>();
        l.add(new SolverEntry(SequenceFormLcpSolver.METHOD, Solvers.KNOWN_METHODS.get("lcp"), Coverage.ONE,
                EnumSet.of(Arithmetic.EXACT, Arithmetic.DOUBLE), null,
                a -> new SequenceFormLcpSolver(SequenceFormLcpSolver.Options.defaults(a)), false));
        return List.copyOf(l);
    }
}
