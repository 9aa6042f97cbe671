package org.parley.games.solve.bimatrix;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.Arithmetic;
import org.parley.games.StrategicGame;
import org.parley.games.UnsupportedGameException;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.Representation;
import org.parley.games.solve.SolverOptions;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.verify.Tolerance;

/**
 * Gambit's {@code lp} on strategic games as a {@link StrategicEquilibriumSolver}: one exact
 * equilibrium (a pair of optimal strategies) of a two-player constant-sum game by
 * {@link ZeroSumLpSolver}. Diagnostics counters: {@code pivots}. Stateless and thread-safe.
 */
public final class ZeroSumLpEquilibriumSolver implements StrategicEquilibriumSolver {
    public static final String METHOD = "lp";

    /** @param lp options of the LP solver */
    public record Options(ZeroSumLpSolver.Options lp) implements SolverOptions {
        public Options {
            if (lp == null) throw new IllegalArgumentException("lp must not be null");
        }

        public static Options defaults() {
            return new Options(ZeroSumLpSolver.Options.defaults());
        }
    }

    private final Options options;

    public ZeroSumLpEquilibriumSolver(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public ZeroSumLpEquilibriumSolver() {
        this(Options.defaults());
    }

    @Override
    public String method() {
        return METHOD;
    }

    /** @throws UnsupportedGameException unless the game has two players and is constant-sum */
    @Override
    public EquilibriumResult solve(StrategicGame game) {
        long start = System.nanoTime();
        Bimatrix b = StrategicGames.toBimatrix(game, METHOD);
        BimatrixResult r;
        try {
            r = new ZeroSumLpSolver().solve(b, options.lp());
        } catch (ZeroSumLpSolver.NotConstantSumException e) {
            throw new UnsupportedGameException(e.getMessage());
        }
        return EquilibriumResult.of(game, METHOD, Arithmetic.EXACT, Representation.STRATEGIC, options,
                List.of(StrategicGames.toProfile(game, r.equilibria().get(0), true)), Tolerance.EXACT,
                Diagnostics.of(start, Map.of("pivots", r.pivots())));
    }
}
