package org.parley.games.solve.bimatrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.Arithmetic;
import org.parley.games.MixedStrategyProfile;
import org.parley.games.SolverInterruptedException;
import org.parley.games.StrategicGame;
import org.parley.games.solve.Completion;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.Representation;
import org.parley.games.solve.SolveBudget;
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
        return solve(game, SolveBudget.UNLIMITED);
    }

    /**
     * The reachable set is built one equilibrium at a time: a budget that ends the run leaves those found
     * so far (verified) and the completion status.
     */
    @Override
    public EquilibriumResult solve(StrategicGame game, SolveBudget budget) {
        long start = System.nanoTime();
        Bimatrix b = StrategicGames.toBimatrix(game, METHOD);
        boolean exact = options.lemkeHowson().arithmetic() == Arithmetic.EXACT;
        Map<List<Object>, BimatrixEquilibrium> seen = new LinkedHashMap<>();
        boolean[] stopped = new boolean[1];
        List<BimatrixEquilibrium> found;
        Map<String, Long> counters = new HashMap<>();
        Completion completion = Completion.COMPLETE;
        try (SolveBudget.Deadline deadline = budget.start()) {
            try {
                BimatrixResult r = new LemkeHowson().solve(b, options.lemkeHowson(), e -> {
                    seen.putIfAbsent(List.of(e.row(), e.column()), e);
                    stopped[0] = seen.size() >= budget.maxEquilibria();
                    return !stopped[0];
                });
                found = r.equilibria();
                counters.putAll(Map.of("pivots", r.pivots(), "paths", r.paths(), "exactFallbacks",
                        (long) r.exactFallbacks()));
                if (stopped[0] && options.lemkeHowson().mode() == LemkeHowson.Mode.ALL_REACHABLE) {
                    completion = Completion.EQUILIBRIUM_LIMIT;
                }
            } catch (SolverInterruptedException e) {
                if (!deadline.expired()) throw e;
                found = new ArrayList<>(seen.values());
                completion = Completion.TIME_LIMIT;
            }
        }
        List<MixedStrategyProfile> profiles = new ArrayList<>();
        for (BimatrixEquilibrium e : found) {
            if (profiles.size() < budget.maxEquilibria()) profiles.add(StrategicGames.toProfile(game, e, exact));
        }
        return EquilibriumResult.of(game, METHOD,
                exact ? Arithmetic.EXACT : Arithmetic.DOUBLE,
                Representation.STRATEGIC, options, profiles, exact ? Tolerance.EXACT : options.tolerance(),
                Diagnostics.of(start, counters)).withCompletion(completion);
    }
}
