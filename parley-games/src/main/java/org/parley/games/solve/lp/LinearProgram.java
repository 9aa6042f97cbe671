package org.parley.games.solve.lp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.parley.games.numeric.Rational;

/**
 * An immutable linear program in exact rationals: optimise c·x subject to constraints
 * a_i·x (≤ | = | ≥) b_i, with each variable either non-negative or free. Build with
 * {@link #builder(int)}.
 *
 * @param sense maximise or minimise
 * @param objective c, one coefficient per variable
 * @param constraints the rows
 * @param free for each variable, true if it is unrestricted in sign (otherwise x_j ≥ 0)
 */
public record LinearProgram(Sense sense, List<Rational> objective, List<Constraint> constraints, List<Boolean> free) {

    /** Direction of optimisation. */
    public enum Sense { MAXIMIZE, MINIMIZE }

    /** Relation of a constraint row. */
    public enum Relation { LE, EQ, GE }

    /**
     * One row a·x (relation) b.
     *
     * @param coefficients a, one per variable
     * @param relation ≤, = or ≥
     * @param rhs b
     */
    public record Constraint(List<Rational> coefficients, Relation relation, Rational rhs) {
        public Constraint {
            coefficients = List.copyOf(Objects.requireNonNull(coefficients, "coefficients"));
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(rhs, "rhs");
        }
    }

    public LinearProgram {
        Objects.requireNonNull(sense, "sense");
        objective = List.copyOf(Objects.requireNonNull(objective, "objective"));
        constraints = List.copyOf(Objects.requireNonNull(constraints, "constraints"));
        free = List.copyOf(Objects.requireNonNull(free, "free"));
        if (objective.isEmpty()) throw new IllegalArgumentException("objective must have at least one variable");
        if (free.size() != objective.size()) {
            throw new IllegalArgumentException("free has " + free.size() + " entries, objective " + objective.size());
        }
        for (int i = 0; i < constraints.size(); i++) {
            if (constraints.get(i).coefficients().size() != objective.size()) {
                throw new IllegalArgumentException("constraints[" + i + "] has " + constraints.get(i).coefficients().size()
                        + " coefficients, expected " + objective.size());
            }
        }
    }

    public int variables() {
        return objective.size();
    }

    public static Builder builder(int variables) {
        return new Builder(variables);
    }

    /** Mutable builder; variables default to non-negative, objective to zero, sense to maximise. */
    public static final class Builder {
        private final int n;
        private Sense sense = Sense.MAXIMIZE;
        private Rational[] c;
        private final boolean[] free;
        private final List<Constraint> rows = new ArrayList<>();

        private Builder(int n) {
            if (n < 1) throw new IllegalArgumentException("variables must be positive, was " + n);
            this.n = n;
            c = new Rational[n];
            Arrays.fill(c, Rational.ZERO);
            free = new boolean[n];
        }

        public Builder maximize(Rational... objective) {
            sense = Sense.MAXIMIZE;
            return objective(objective);
        }

        public Builder minimize(Rational... objective) {
            sense = Sense.MINIMIZE;
            return objective(objective);
        }

        private Builder objective(Rational[] objective) {
            if (objective.length != n) {
                throw new IllegalArgumentException("objective has " + objective.length + " coefficients, expected " + n);
            }
            c = objective.clone();
            return this;
        }

        public Builder free(int variable) {
            free[variable] = true;
            return this;
        }

        public Builder constraint(Rational[] a, Relation relation, Rational b) {
            rows.add(new Constraint(Arrays.asList(a.clone()), relation, b));
            return this;
        }

        public Builder lessOrEqual(Rational[] a, Rational b) {
            return constraint(a, Relation.LE, b);
        }

        public Builder equal(Rational[] a, Rational b) {
            return constraint(a, Relation.EQ, b);
        }

        public Builder greaterOrEqual(Rational[] a, Rational b) {
            return constraint(a, Relation.GE, b);
        }

        public LinearProgram build() {
            List<Boolean> f = new ArrayList<>(n);
            for (boolean b : free) f.add(b);
            return new LinearProgram(sense, Arrays.asList(c.clone()), rows, f);
        }
    }
}
