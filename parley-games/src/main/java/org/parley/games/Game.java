package org.parley.games;

import java.util.List;

/**
 * A finite game, in Gambit's vocabulary: either a {@link StrategicGame} (table) or an {@link ExtensiveGame}
 * (tree). Immutable and thread-safe; built through the builders of the two implementations. Objects
 * obtained from a game (players, strategies, nodes, profiles) remember their game, and passing them to
 * another game throws {@link ForeignObjectException}.
 */
public sealed interface Game permits StrategicGame, ExtensiveGame {

    /** Title (Gambit's game name); may be empty, never null. */
    String title();

    /** Free-text comment; may be empty, never null. */
    String comment();

    /** The players, excluding chance, in order (index 0 is Gambit's player 1). */
    List<Player> players();

    default int numPlayers() {
        return players().size();
    }

    default Player player(int index) {
        return players().get(index);
    }

    /** Capability descriptor (players, form, constant sum, recall, information, chance). */
    GameType type();

    /**
     * Lower-case hex SHA-256 of a canonical encoding of the game (structure, labels and exact payoffs;
     * independent of file formatting). Two equal games have equal hashes. Computed once, on first use.
     */
    String hash();

    /** Smallest and largest payoff appearing anywhere in the game: {min, max}, as doubles. */
    double[] payoffRange();
}
