package org.parley.server.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Uploaded games (Gambit .nfg/.efg text), stored as given. Thread-safe. */
public final class GameStore {
    private final Database db;

    public GameStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * A stored game.
     *
     * @param format {@code NFG} or {@code EFG}
     * @param sha256 the game's hash ({@code Game.hash()})
     */
    public record StoredGame(long id, String name, String format, String sha256, String title, String createdBy,
                             Instant createdAt) {
    }

    public StoredGame create(String name, String format, String source, String sha256, String title, String author) {
        Instant now = Jdbc.now();
        long id = Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO game (name, game_format, source, sha256, title,"
                    + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                ps.setString(1, name);
                ps.setString(2, format);
                ps.setString(3, source);
                ps.setString(4, sha256);
                ps.setString(5, title);
                ps.setString(6, author);
                ps.setObject(7, Jdbc.time(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new StoredGame(id, name, format, sha256, title, author, now);
    }

    public Optional<StoredGame> get(long id) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM game WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(game(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The game's text as uploaded. */
    public Optional<String> source(long id) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT source FROM game WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Games, newest first. */
    public List<StoredGame> list(int limit, int offset) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM game ORDER BY id DESC LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                List<StoredGame> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(game(rs));
                    }
                }
                return out;
            }
        });
    }

    private static StoredGame game(ResultSet rs) throws SQLException {
        return new StoredGame(rs.getLong("id"), rs.getString("name"), rs.getString("game_format"),
                rs.getString("sha256"), rs.getString("title"), rs.getString("created_by"),
                Jdbc.instant(rs, "created_at"));
    }
}
