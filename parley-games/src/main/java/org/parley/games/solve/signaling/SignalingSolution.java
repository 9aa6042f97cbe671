package org.parley.games.solve.signaling;

import java.util.List;
import java.util.Objects;
import org.parley.games.solve.EquilibriumResult;

/**
 * Every perfect Bayesian equilibrium found by {@link PerfectBayesianEquilibriumSolver}, with beliefs and checks, and
 * the verified envelope of their profiles. Invariant (checked): every entry of {@link #equilibria()} is verified and
 * every entry of {@link #rejected()} is not; {@code result} lists the profiles of {@code equilibria} in the same order.
 *
 * @param form           the game read as a sender–receiver game
 * @param result         the envelope (method {@code pbe}, exact, regret-checked)
 * @param equilibria     verified equilibria, in enumeration order (one per support pattern)
 * @param rejected       candidates that failed a check (normally empty)
 * @param supportPatterns number of support patterns examined
 */
public record SignalingSolution(SignalingForm form, EquilibriumResult result, List<PerfectBayesianEquilibrium> equilibria,
                                List<PerfectBayesianEquilibrium> rejected, long supportPatterns) {
    public SignalingSolution {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(result, "result");
        equilibria = List.copyOf(equilibria);
        rejected = List.copyOf(rejected);
        for (PerfectBayesianEquilibrium e : equilibria) {
            if (!e.isVerified()) {
                throw new org.parley.games.UnverifiedEquilibriumException(
                        "pbe: an assessment failing its checks listed as an equilibrium: " + e);
            }
        }
        for (PerfectBayesianEquilibrium e : rejected) {
            if (e.isVerified()) {
                throw new IllegalArgumentException("a verified assessment listed as rejected");
            }
        }
        if (result.equilibria().size() != equilibria.size()) {
            throw new IllegalArgumentException("the envelope must list the profiles of the equilibria");
        }
        for (int k = 0; k < equilibria.size(); k++) {
            if (!result.equilibria().get(k).profile().equals(equilibria.get(k).profile())) {
                throw new IllegalArgumentException("the envelope must list the profiles of the equilibria in order");
            }
        }
    }

    /** Whether nothing was rejected. */
    public boolean isVerified() {
        return rejected.isEmpty() && result.isVerified();
    }
}
