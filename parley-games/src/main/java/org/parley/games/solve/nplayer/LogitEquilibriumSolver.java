package org.parley.games.solve.nplayer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.Game;
import org.parley.games.Profile;
import org.parley.games.StrategicGame;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.ExtensiveEquilibriumSolver;
import org.parley.games.solve.StrategicEquilibriumSolver;

/**
 * Gambit's {@code logit} method ({@code gambit-logit -e}): the Nash equilibrium at the end of the principal
 * branch of the logit QRE correspondence. Traces the branch with {@link LogitQreTracer} until the agent
 * regret is at most {@link LogitQreTracer.Options#endRegret()}, then polishes the end point with the
 * indifference equations on its support ({@link SupportPolisher}) and verifies it with max regret within
 * {@link LogitQreTracer.Options#tolerance()}. If polishing fails, the traced end point is returned as a
 * rejected (unverified) candidate, never as an equilibrium.
 *
 * <p>Tables are traced in the strategic form (profiles per strategy); trees in the agent form (behaviour
 * profiles, one probability per action, as Gambit prints them; the limit is a sequential equilibrium).
 * Generic games have a unique principal branch whose end is a unique equilibrium (McKelvey and Palfrey 1995,
 * Theorem 3 and its proof), so the result is comparable with Gambit's. Counters: {@code steps},
 * {@code rejectedSteps}, {@code jacobians}, {@code polished} (1 if the polish verified), {@code branchPoints}.
 * Stateless and thread-safe.
 */
public final class LogitEquilibriumSolver implements StrategicEquilibriumSolver, ExtensiveEquilibriumSolver {
    public static final String METHOD = "logit";
    /** Largest move (max norm) from the traced end point that the polish may make. */
    public static final double MAX_POLISH_DISTANCE = 1e-2;

    private final LogitQreTracer.Options options;

    /** The equilibrium result together with the traced branch (for charts). */
    public record Solution(EquilibriumResult result, LogitBranch branch) {
        public Solution {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(branch, "branch");
        }
    }

    public LogitEquilibriumSolver(LogitQreTracer.Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public LogitEquilibriumSolver() {
        this(LogitQreTracer.Options.defaults());
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public EquilibriumResult solve(StrategicGame game) {
        return solveWithBranch(game).result();
    }

    /** Solves a tree in the agent form. */
    @Override
    public EquilibriumResult solve(ExtensiveGame game) {
        return solveWithBranch(game).result();
    }

    /**
     * Traces, polishes and verifies; returns the result envelope and the branch.
     *
     * @throws org.parley.games.UnsupportedGameException for a tree without perfect recall
     * @throws org.parley.games.SolverInterruptedException if interrupted
     */
    public Solution solveWithBranch(Game game) {
        long start = System.nanoTime();
        ResponseSystem sys = LogitQreTracer.system(game);
        LogitBranch branch = new LogitQreTracer(options).trace(sys, Double.POSITIVE_INFINITY, true);
        double[] end = branch.last().profile().toFlatArray();
        SupportPolisher.Polished p = SupportPolisher.polish(sys, end, options.tolerance(), MAX_POLISH_DISTANCE);
        Profile candidate = p != null ? p.profile() : branch.last().profile();
        Map<String, Long> counters = new HashMap<>(branch.diagnostics().counters());
        counters.put("polished", p != null ? 1L : 0L);
        counters.put("branchPoints", (long) branch.points().size());
        EquilibriumResult r = EquilibriumResult.of(game, METHOD, Arithmetic.DOUBLE, LogitQreTracer.representation(game), options,
                List.of(candidate), options.tolerance(), Diagnostics.of(start, counters));
        return new Solution(r, branch);
    }
}
