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
 * the agent form) {@code simpdiv}, {@code gnm}, {@code liap}, {@code enumpoly} and {@code ipa} (tables; trees through
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
                        EnumSet.of(Arithmetic.DOUBLE), a -> new GlobalNewtonEquilibriumSolver(), null, true),
                new SolverEntry(LiapEquilibriumSolver.METHOD,
                        "Lyapunov function minimisation from seeded starts; equilibria found (n players)", Coverage.SOME,
                        EnumSet.of(Arithmetic.DOUBLE), a -> new LiapEquilibriumSolver(), null, true),
                new SolverEntry(EnumPolyEquilibriumSolver.METHOD,
                        "equilibria isolated on their supports, by support enumeration and interval branch and bound (n players)",
                        Coverage.SOME, EnumSet.of(Arithmetic.DOUBLE), a -> new EnumPolyEquilibriumSolver(), null, true),
                new SolverEntry(IteratedPolymatrixEquilibriumSolver.METHOD,
                        "iterated polymatrix approximation; one equilibrium (n players)", Coverage.ONE,
                        EnumSet.of(Arithmetic.DOUBLE), a -> new IteratedPolymatrixEquilibriumSolver(), null, true));
    }
}
