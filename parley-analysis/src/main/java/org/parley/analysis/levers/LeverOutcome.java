package org.parley.analysis.levers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.provenance.Provenance;

/**
 * The lever search's answer for one black box (one model).
 *
 * @param responderId      model id (or crisis game id)
 * @param current          the response at the attribute's current value
 * @param currentSatisfied whether the target already holds now
 * @param status           {@link Status#ALREADY_MET}, {@link Status#REACHABLE} or {@link Status#UNREACHABLE}
 * @param nearest          the crossing whose target-side end is nearest to the current value (null when none)
 * @param crossings        every crossing found, in increasing attribute order
 * @param reachable        whether some scanned value meets the target (false: no value in the domain reaches it,
 *                         to the grid's resolution)
 * @param scan             the grid evaluations in increasing attribute order (for a chart)
 * @param evaluations      black-box evaluations made (grid and bisection)
 * @param invalidPoints    grid points the black box rejected
 * @param provenance       where this came from: component {@code levers}, the query and search options, and the
 *                         responder's id, version and options (see {@link LeverSearch#RESPONDER_PREFIX})
 */
public record LeverOutcome(String responderId, Reading current, boolean currentSatisfied, Status status,
                           Crossing nearest, List<Crossing> crossings, boolean reachable, List<ScanPoint> scan,
                           int evaluations, int invalidPoints, Provenance provenance) {

    /** Summary of the answer. */
    public enum Status {
        /** The target already holds at the current value (required change 0). */
        ALREADY_MET,
        /** A change within the domain reaches the target; see {@link #nearest()}. */
        REACHABLE,
        /** No scanned value in the domain meets the target. */
        UNREACHABLE
    }

    public LeverOutcome {
        Objects.requireNonNull(responderId, "responderId");
        Objects.requireNonNull(status, "status");
        crossings = List.copyOf(crossings);
        scan = List.copyOf(scan);
        Objects.requireNonNull(provenance, "provenance");
    }

    public Optional<Crossing> nearestCrossing() {
        return Optional.ofNullable(nearest);
    }

    /** The change of the attribute needed to reach the target: 0 if already met, NaN if unreachable. */
    public double requiredChange() {
        return switch (status) {
            case ALREADY_MET -> 0.0;
            case REACHABLE -> nearest.change();
            case UNREACHABLE -> Double.NaN;
        };
    }
}
