package org.parley.games.solve.bimatrix;

import java.util.EnumSet;
import java.util.List;
import org.parley.games.Arithmetic;
import org.parley.games.solve.Coverage;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.SolverProvider;
import org.parley.games.solve.Solvers;

/**
 * Registers {@code enummixed}, {@code lcp} (strategic side) and {@code lp} (strategic side) with
 * {@link Solvers}. Trees reach them through the reduced strategic form unless another package
 * registers a tree solver under the same name (the sequence-form methods).
 */
public final class Provider implements SolverProvider {
    @Override
    public List<SolverEntry> solvers() {
        return List.of(
                new SolverEntry("enummixed", Solvers.KNOWN_METHODS.get("enummixed"), Coverage.ALL_EXTREME,
                        EnumSet.of(Arithmetic.EXACT), a -> new EnumMixedEquilibriumSolver(), null, true),
                new SolverEntry("lcp", Solvers.KNOWN_METHODS.get("lcp"), Coverage.SOME,
                        EnumSet.of(Arithmetic.EXACT, Arithmetic.DOUBLE),
                        a -> new LemkeHowsonEquilibriumSolver(LemkeHowsonEquilibriumSolver.Options.defaults(a)), null, true),
                new SolverEntry("lp", Solvers.KNOWN_METHODS.get("lp"), Coverage.ONE, EnumSet.of(Arithmetic.EXACT),
                        a -> new ZeroSumLpEquilibriumSolver(), null, true));
    }
}
