package org.parley.views.json;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.games.Game;

/**
 * The games a JSON reader may refer to. The JSON form never holds a game, only its SHA-256 ({@link Game#hash()}):
 * results (equilibria, crisis games) are read back against games the caller supplies, and every profile is checked
 * on them again. Immutable.
 *
 * @param byHash games by their hash
 */
public record KnownGames(Map<String, Game> byHash) {
    /** No games: reading a result that refers to a game fails with a message naming its hash. */
    public static final KnownGames NONE = new KnownGames(Map.of());

    public KnownGames {
        byHash = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byHash));
    }

    /** The given games, keyed by their hash. */
    public static KnownGames of(Game... games) {
        return of(List.of(games));
    }

    /** The given games, keyed by their hash. */
    public static KnownGames of(Collection<? extends Game> games) {
        Map<String, Game> m = new LinkedHashMap<>();
        for (Game g : games) {
            m.put(g.hash(), g);
        }
        return new KnownGames(m);
    }

    /** The game with this hash, if known. */
    public Optional<Game> find(String hash) {
        return Optional.ofNullable(byHash.get(hash));
    }
}
