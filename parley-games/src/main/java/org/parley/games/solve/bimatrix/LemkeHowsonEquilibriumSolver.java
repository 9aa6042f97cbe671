package org.parley.games.solve.bimatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.Arithmetic;
import org.parley.games.MixedStrategyProfile;
import org.parley.games.StrategicGame;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.Representation;
import org.parley.games.solve.SolverOptions;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.verify.Tolerance;

/**
 * Gambit's {@code lcp} on strategic games as a {@link StrategicEquilibriumSolver}: by default every
 * equilibrium reachable by Lemke–Howson paths from the artificial equilibrium, via
 * {@link LemkeHowson}. With {@link org.parley.games.Arithmetic#DOUBLE} the pivoting is in doubles and
 * the profiles are reported as doubles (each was also certified exactly). Diagnostics counters:
 * {@code pivots}, {@code paths}, {@code exactFallbacks}. Stateless and thread-safe.
 */
public final class LemkeHowsonEquilibriumSolver implements StrategicEquilibriumSolver {
    public static final String METHOD = "lcp";

    /**
     * @param lemkeHowson algorithm options (arithmetic, mode, start label, pivot budget)
     * @param tolerance regret tolerance for double results
     */
    public record Options(LemkeHowson.Options lemkeHowson, Tolerance tolerance) implements SolverOptions {
        public Options {
            if (lemkeHowson == null) throw new IllegalArgumentException("lemkeHowson must not be null");
            if (tolerance == null) throw new IllegalArgumentException("tolerance must not be null");
        }

        public static Options defaults(Arithmetic a) {
            return new Options(LemkeHowson.Options.defaults().withArithmetic(a), Tolerance.DEFAULT);
        }
    }

    private final Options options;

    public LemkeHowsonEquilibriumSolver(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public String method() {
        return METHOD;
    }

    /** @throws org.parley.games.UnsupportedGameException unless the game has two players */
    @Override
    public EquilibriumResult solve(StrategicGame game) {
        long start = System.nanoTime();
        Bimatrix b = StrategicGames.toBimatrix(game, METHOD);
        BimatrixResult r = new LemkeHowson().solve(b, options.lemkeHowson());
        boolean exact = options.lemkeHowson().arithmetic() == Arithmetic.EXACT;
        List<MixedStrategyProfile> profiles = new ArrayList<>();
        for (BimatrixEquilibrium e : r.equilibria()) profiles.add(StrategicGames.toProfile(game, e, exact));
        return EquilibriumResult.of(game, METHOD,
                exact ? Arithmetic.EXACT : Arithmetic.DOUBLE,
                Representation.STRATEGIC, options, profiles, exact ? Tolerance.EXACT : options.tolerance(),
                Diagnostics.of(start, Map.of("pivots", r.pivots(), "paths", r.paths(),
                        "exactFallbacks", (long) r.exactFallbacks())));
    }
}
