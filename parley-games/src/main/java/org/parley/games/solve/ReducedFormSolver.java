package org.parley.games.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.games.ExtensiveGame;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.MixedStrategyProfile;
import org.parley.games.Profile;
import org.parley.games.ReducedStrategicForm;
import org.parley.games.UnsupportedGameException;

/**
 * Solves an extensive game with a strategic-form method: builds the {@link ReducedStrategicForm}, solves it,
 * maps each equilibrium to behaviour strategies ({@link ReducedStrategicForm#toBehavior}) and verifies the
 * behaviour profiles on the tree. This is what Gambit's command-line tools do for .efg files when the method
 * works on the strategic form. Profiles that map to the same behaviour profile are reported once.
 *
 * <p>Without perfect recall the mapping is not realization-equivalent in general; such games are refused
 * unless {@code pureOnly} is set (pure strategies are always realizable in behaviour strategies).
 */
public final class ReducedFormSolver implements ExtensiveEquilibriumSolver {
    private final StrategicEquilibriumSolver inner;
    private final boolean pureOnly;

    /**
     * @param inner the strategic-form method
     * @param pureOnly whether {@code inner} only returns pure profiles (then imperfect recall is accepted)
     */
    public ReducedFormSolver(StrategicEquilibriumSolver inner, boolean pureOnly) {
        this.inner = inner;
        this.pureOnly = pureOnly;
    }

    @Override
    public String method() {
        return inner.method();
    }

    @Override
    public EquilibriumResult solve(ExtensiveGame game) {
        return solve(game, SolveBudget.UNLIMITED);
    }

    /** Builds the reduced strategic form, then gives the inner method what is left of the budget. */
    @Override
    public EquilibriumResult solve(ExtensiveGame game, SolveBudget budget) {
        long start = System.nanoTime();
        if (!game.perfectRecall() && !pureOnly) {
            throw new UnsupportedGameException(inner.method() + " on an extensive game needs perfect recall");
        }
        ReducedStrategicForm rsf = game.reducedStrategicForm();
        EquilibriumResult r = budget == SolveBudget.UNLIMITED ? inner.solve(rsf.strategicGame())
                : inner.solve(rsf.strategicGame(), budget.remainingAfter(start));
        List<Profile> behav = new ArrayList<>();
        java.util.Set<MixedBehaviorProfile> seen = new java.util.HashSet<>();
        for (Profile p : r.profiles()) {
            MixedBehaviorProfile b = rsf.toBehavior((MixedStrategyProfile) p);
            if (seen.add(b)) {
                behav.add(b);
            }
        }
        Map<String, Long> counters = new HashMap<>(r.diagnostics().counters());
        counters.put("reducedStrategies", (long) rsf.strategicGame().totalStrategies());
        counters.put("rejectedOnReducedForm", (long) r.rejected().size());
        return EquilibriumResult.of(game, inner.method(), r.provenance().componentVersion(), r.arithmetic(),
                Representation.STRATEGIC, r.options(), behav, r.tolerance(), Diagnostics.of(start, counters))
                .withTransformation(EquilibriumResult.REDUCED_STRATEGIC_FORM).withCompletion(r.completion());
    }
}
