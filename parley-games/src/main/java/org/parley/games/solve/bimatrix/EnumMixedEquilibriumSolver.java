package org.parley.games.solve.bimatrix;

import java.util.ArrayList;
import java.util.HashMap;
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
 * Gambit's {@code enummixed} as a {@link StrategicEquilibriumSolver}: all extreme equilibria of a
 * two-player game, exact. By default by lexicographic reverse search
 * ({@link ReverseSearchEquilibriumEnumerator}: memory bounded by the search depth, faster than
 * vertex enumeration at every size measured, see docs/performance-games.md); when the maximal Nash
 * subsets are requested, by {@link ExtremeEquilibriumEnumerator}, which keeps the vertex lists
 * they are built from. Diagnostics counters: {@code pivots}, {@code bases}, {@code vertices},
 * {@code exactRebuilds}, {@code faceSearches} (reverse search); {@code pivots}, {@code rowBases},
 * {@code columnBases}, {@code maximalSubsets} (vertex enumeration). Stateless and thread-safe.
 */
public final class EnumMixedEquilibriumSolver implements StrategicEquilibriumSolver {
    public static final String METHOD = "enummixed";

    /** @param enumeration options of the vertex enumeration */
    public record Options(ExtremeEquilibriumEnumerator.Options enumeration) implements SolverOptions {
        public Options {
            if (enumeration == null) throw new IllegalArgumentException("enumeration must not be null");
        }

        public static Options defaults() {
            return new Options(ExtremeEquilibriumEnumerator.Options.defaults());
        }
    }

    private final Options options;

    public EnumMixedEquilibriumSolver(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public EnumMixedEquilibriumSolver() {
        this(Options.defaults());
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
     * Streams the equilibria of the reverse search: a budget that ends the run leaves those found so far
     * (verified) and the completion status. With maximal subsets requested the vertex enumeration runs to
     * its end under the budget ({@link SolveBudget#runToCompletion}).
     *
     * @throws org.parley.games.UnsupportedGameException unless the game has two players
     */
    @Override
    public EquilibriumResult solve(StrategicGame game, SolveBudget budget) {
        long start = System.nanoTime();
        Bimatrix b = StrategicGames.toBimatrix(game, METHOD);
        if (!options.enumeration().computeMaximalSubsets()) {
            List<MixedStrategyProfile> profiles = new ArrayList<>();
            Map<String, Long> counters = new HashMap<>();
            Completion completion = Completion.COMPLETE;
            try (SolveBudget.Deadline deadline = budget.start()) {
                try {
                    ReverseSearchEquilibriumEnumerator.Stats s = new ReverseSearchEquilibriumEnumerator().enumerate(b,
                            new ReverseSearchEquilibriumEnumerator.Options(options.enumeration().maxBases(), false),
                            e -> {
                                profiles.add(StrategicGames.toProfile(game, e, true));
                                return profiles.size() < budget.maxEquilibria();
                            });
                    counters.putAll(Map.of("pivots", s.pivots(), "bases", s.bases(), "vertices", s.vertices(),
                            "exactRebuilds", s.exactRebuilds(), "faceSearches", s.faceSearches()));
                    if (s.stopped()) completion = Completion.EQUILIBRIUM_LIMIT;
                } catch (SolverInterruptedException e) {
                    if (!deadline.expired()) throw e;
                    completion = Completion.TIME_LIMIT;
                }
            }
            return EquilibriumResult.of(game, METHOD, Arithmetic.EXACT, Representation.STRATEGIC, options, profiles,
                    Tolerance.EXACT, Diagnostics.of(start, counters)).withCompletion(completion);
        }
        return budget.runToCompletion(METHOD, () -> vertexEnumeration(game, b, start));
    }

    private EquilibriumResult vertexEnumeration(StrategicGame game, Bimatrix b, long start) {
        ExtremeEquilibriumEnumerator.EnumerationResult r = new ExtremeEquilibriumEnumerator().enumerate(b,
                options.enumeration());
        List<MixedStrategyProfile> profiles = new ArrayList<>();
        for (BimatrixEquilibrium e : r.result().equilibria()) profiles.add(StrategicGames.toProfile(game, e, true));
        return EquilibriumResult.of(game, METHOD, Arithmetic.EXACT, Representation.STRATEGIC, options, profiles,
                Tolerance.EXACT, Diagnostics.of(start, Map.of("pivots", r.result().pivots(), "rowBases", r.rowBases(),
                        "columnBases", r.columnBases(), "maximalSubsets", (long) r.maximalSubsets().size())));
    }
}
