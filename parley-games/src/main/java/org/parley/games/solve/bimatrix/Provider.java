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
    /** One line for {@code enummixed}. */
    public static final String ENUMMIXED = "all extreme equilibria of a two-player game (lexicographic reverse search)";
    /** One line for {@code lcp}, shared by its strategic and tree sides. */
    public static final String LCP = "Lemke-Howson on tables; sequence-form LCP on two-player trees";
    /** One line for {@code lp}, shared by its strategic and tree sides. */
    public static final String LP = "one equilibrium of a two-player constant-sum game by linear programming";

    @Override
    public List<SolverEntry> solvers() {
        return List.of(
                new SolverEntry("enummixed", ENUMMIXED, Coverage.ALL_EXTREME,
                        EnumSet.of(Arithmetic.EXACT), a -> new EnumMixedEquilibriumSolver(), null, true),
                new SolverEntry("lcp", LCP, Coverage.SOME,
                        EnumSet.of(Arithmetic.EXACT, Arithmetic.DOUBLE),
                        a -> new LemkeHowsonEquilibriumSolver(LemkeHowsonEquilibriumSolver.Options.defaults(a)), null, true),
                new SolverEntry("lp", LP, Coverage.ONE, EnumSet.of(Arithmetic.EXACT),
                        a -> new ZeroSumLpEquilibriumSolver(), null, true));
    }
}
