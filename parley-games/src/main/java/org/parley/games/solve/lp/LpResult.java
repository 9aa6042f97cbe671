package org.parley.games.solve.lp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.games.numeric.Rational;

/**
 * The outcome of {@link SimplexSolver}: status, and for an optimum the primal solution, the dual
 * solution (shadow prices ∂value/∂b_i, one per constraint) and the exact optimality certificate.
 * Immutable.
 *
 * @param status optimal, infeasible or unbounded
 * @param value the optimal objective value (present iff optimal)
 * @param primal x (empty unless optimal)
 * @param duals y, shadow prices of the constraints (empty unless optimal)
 * @param certificate the exact checks of the optimum (present iff optimal)
 * @param pivots simplex pivots over both phases
 */
public record LpResult(Status status, Optional<Rational> value, List<Rational> primal, List<Rational> duals,
        Optional<Certificate> certificate, long pivots) {

    /** Outcome of the simplex method. */
    public enum Status { OPTIMAL, INFEASIBLE, UNBOUNDED }

    /**
     * Optimality certificate, each part checked exactly against the original problem.
     *
     * @param primalFeasible every constraint and sign restriction holds at x
     * @param dualFeasible y has the right signs (maximise: y_i ≥ 0 on ≤ rows, ≤ 0 on ≥ rows; reversed
     *     when minimising) and Aᵀy ≥ c on non-negative variables (≤ when minimising), = c on free ones
     * @param primalObjective c·x
     * @param dualObjective b·y
     */
    public record Certificate(boolean primalFeasible, boolean dualFeasible, Rational primalObjective,
            Rational dualObjective) {
        public Certificate {
            Objects.requireNonNull(primalObjective, "primalObjective");
            Objects.requireNonNull(dualObjective, "dualObjective");
        }

        /** Zero duality gap and both feasibilities: x and y are optimal. */
        public boolean isOptimal() {
            return primalFeasible && dualFeasible && primalObjective.equals(dualObjective);
        }

        /** c·x − b·y (zero at an optimum). */
        public Rational dualityGap() {
            return primalObjective.subtract(dualObjective);
        }
    }

    public LpResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(value, "value");
        primal = List.copyOf(primal);
        duals = List.copyOf(duals);
        Objects.requireNonNull(certificate, "certificate");
    }

    /** True iff the status is optimal and the certificate checks out. */
    public boolean isCertifiedOptimal() {
        return status == Status.OPTIMAL && certificate.map(Certificate::isOptimal).orElse(false);
    }
}
