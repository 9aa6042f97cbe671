package org.parley.games;

import java.util.List;
import org.parley.games.numeric.Rational;

/**
 * A mixed profile of some representation: {@link MixedStrategyProfile} (strategic form) or
 * {@link MixedBehaviorProfile} (behaviour strategies of a tree). Either exact or double; the flat vector is
 * in Gambit's order (player by player; strategies, or information sets then actions).
 */
public sealed interface Profile permits MixedStrategyProfile, MixedBehaviorProfile {

    Game game();

    Arithmetic arithmetic();

    /** All probabilities in Gambit's order, as doubles (exact values rounded). */
    double[] toFlatArray();

    /** All probabilities in Gambit's order. @throws IllegalStateException if {@link #arithmetic()} is DOUBLE */
    List<Rational> toFlatExact();

    /** The same profile in double arithmetic (itself if already double). */
    Profile toDouble();
}
