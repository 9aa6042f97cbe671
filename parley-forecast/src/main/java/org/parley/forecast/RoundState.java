package org.parley.forecast;

import java.util.List;
import java.util.Objects;

/**
 * The state after one round of a dynamic model (round 0 = the initial positions).
 *
 * @param positions      each actor's position, in the forecast's actor order
 * @param riskExponents  each actor's risk exponent used in this round, or an empty list when the model has none
 * @param forecast       the model's forecast at this round (e.g. the weighted median of positions)
 * @param weightedMean   capability × salience weighted mean of positions at this round
 * @param moves          the moves made in this round
 */
public record RoundState(int round, List<Double> positions, List<Double> riskExponents, double forecast,
                         double weightedMean, List<Move> moves) {
    public RoundState {
        positions = List.copyOf(positions);
        riskExponents = List.copyOf(riskExponents);
        moves = List.copyOf(moves);
    }

    /**
     * One actor's move in a round, and why.
     *
     * @param actorId         the actor that moved
     * @param counterpartId   the actor whose offer or challenge caused the move
     * @param kind            conflict, compromise or capitulation (BDM's categories), or OTHER
     * @param from            position before
     * @param to              position after
     * @param ownExpectedUtility        mover's expected utility of challenging the counterpart
     * @param counterpartExpectedUtility counterpart's expected utility of challenging the mover
     */
    public record Move(String actorId, String counterpartId, Kind kind, double from, double to,
                       double ownExpectedUtility, double counterpartExpectedUtility) {
        public Move {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(kind, "kind");
        }

        public enum Kind { CONFLICT, COMPROMISE, CAPITULATION, OTHER }
    }
}
