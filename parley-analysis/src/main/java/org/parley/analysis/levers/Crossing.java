package org.parley.analysis.levers;

/**
 * A place where the target's truth value changes as the attribute increases, bracketed to [low, high].
 *
 * @param low          lower end of the final bracket
 * @param high         upper end of the final bracket
 * @param reaching     the bracket end at which the target holds: setting the attribute to it reaches the target
 * @param readingLow   the response at {@code low} (just below the threshold)
 * @param readingHigh  the response at {@code high} (just above)
 * @param direction    {@link Direction#ENTERS} if the target holds above the threshold, {@link Direction#LEAVES} if below
 * @param change       {@code reaching − current value}: the required change of the attribute
 * @param bisections   bisection steps used
 * @param converged    whether the bracket reached the tolerance within the step budget
 */
public record Crossing(double low, double high, double reaching, Reading readingLow, Reading readingHigh,
                       Direction direction, double change, int bisections, boolean converged) {

    /** How the target's truth value changes as the attribute increases through the crossing. */
    public enum Direction { ENTERS, LEAVES }

    /** Midpoint of the bracket: the threshold value to within the tolerance. */
    public double threshold() {
        return 0.5 * (low + high);
    }
}
