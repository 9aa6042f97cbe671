package org.parley.games.solve.pure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.games.Arithmetic;
import org.parley.games.MixedStrategyProfile;
import org.parley.games.SolverInterruptedException;
import org.parley.games.StrategicGame;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.Diagnostics;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.NoOptions;
import org.parley.games.solve.Representation;
import org.parley.games.solve.StrategicEquilibriumSolver;
import org.parley.games.verify.Tolerance;

/**
 * All pure-strategy Nash equilibria of an n-player strategic game (Gambit's {@code enumpure}), exact.
 *
 * <p>A cell s is an equilibrium iff {@code u_i(s) = max_{t_i} u_i(t_i, s_-i)} for every player i. For each
 * player the column maxima {@code max_{t_i} u_i(t_i, s_-i)} are computed once, so the whole search costs
 * O(n * cells) exact comparisons. Equilibria are listed in cell order (player 1's strategy varying fastest).
 * Extensive games are solved through the reduced strategic form (see the registry entry), giving pure
 * behaviour strategies as Gambit prints them. Stateless and thread-safe.
 */
public final class EnumPureEquilibriumSolver implements StrategicEquilibriumSolver {
    public static final String METHOD = "enumpure";

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public EquilibriumResult solve(StrategicGame g) {
        long start = System.nanoTime();
        int n = g.numPlayers();
        int cells = g.numCells();
        boolean[] candidate = new boolean[cells];
        java.util.Arrays.fill(candidate, true);
        for (int i = 0; i < n; i++) {
            int stride = g.stride(i);
            int m = g.numStrategies(i);
            int block = stride * m;
            for (int base = 0; base < cells; base += block) {
                SolverInterruptedException.checkInterrupt(METHOD);
                for (int off = 0; off < stride; off++) {
                    int c0 = base + off;
                    Rational best = g.exactPayoff(i, c0);
                    for (int s = 1; s < m; s++) {
                        best = best.max(g.exactPayoff(i, c0 + s * stride));
                    }
                    for (int s = 0; s < m; s++) {
                        int c = c0 + s * stride;
                        if (candidate[c] && g.exactPayoff(i, c).compareTo(best) < 0) {
                            candidate[c] = false;
                        }
                    }
                }
            }
        }
        List<MixedStrategyProfile> found = new ArrayList<>();
        for (int c = 0; c < cells; c++) {
            if (candidate[c]) {
                found.add(MixedStrategyProfile.pure(g, g.profileOf(c)));
            }
        }
        return EquilibriumResult.of(g, METHOD, Arithmetic.EXACT, Representation.STRATEGIC, NoOptions.INSTANCE, found,
                Tolerance.EXACT, Diagnostics.of(start, Map.of("cells", (long) cells, "equilibria", (long) found.size())));
    }
}
