package org.parley.games;

import org.parley.games.numeric.Rational;

/**
 * What kind of game this is (in the spirit of OpenSpiel's {@code GameType}); solvers read it to reject
 * games they do not support, up front.
 *
 * @param players number of (non-chance) players
 * @param form {@link Form#TABLE} for strategic games, {@link Form#TREE} for extensive ones
 * @param constantSum whether the payoffs sum to the same constant in every cell / at every terminal node
 * @param constantSumValue that constant when {@code constantSum}, otherwise {@code null}
 * @param perfectRecall every player remembers his own past moves and information (always true for tables)
 * @param perfectInformation every information set is a single node (false for tables with 2+ players)
 * @param hasChance the tree contains chance nodes (false for tables)
 */
public record GameType(int players, Form form, boolean constantSum, Rational constantSumValue,
                       boolean perfectRecall, boolean perfectInformation, boolean hasChance) {

    /** Table (strategic form) or tree (extensive form). */
    public enum Form {
        TABLE,
        TREE
    }

    public GameType {
        if (players < 1) {
            throw new IllegalArgumentException("players must be at least 1, was " + players);
        }
        if (form == null) {
            throw new IllegalArgumentException("form must not be null");
        }
        if (constantSum != (constantSumValue != null)) {
            throw new IllegalArgumentException("constantSumValue must be given exactly when constantSum is true");
        }
    }

    /** Constant-sum with constant zero. */
    public boolean zeroSum() {
        return constantSum && constantSumValue.isZero();
    }
}
