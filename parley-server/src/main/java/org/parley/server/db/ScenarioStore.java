package org.parley.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scenarios and their versions. Nothing is overwritten: each save is a new version row. A save names the version it
 * edits ({@code baseVersion}); it succeeds only if that is still the newest, which one conditional update of the
 * scenario's {@code latest_version} decides under the row lock, in the same transaction as the insert. So of two
 * saves on the same base exactly one wins and the other gets {@link VersionConflictException}: never a lost
 * update, on H2 and PostgreSQL alike.
 *
 * <p>Thread-safe (each call takes its own pooled connection).
 */
public final class ScenarioStore {
    private static final String VERSION_COLUMNS = "v.scenario_id, v.version, v.author, v.created_at, v.message, "
            + "v.source_format, v.sha256, v.title, v.actor_count, v.issue_count";

    private final Database db;

    public ScenarioStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Creates a scenario whose version 1 is {@code first}. */
    public ScenarioVersion create(NewVersion first) {
        Instant now = Jdbc.now();
        return Jdbc.inTransaction(db, c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO scenario (created_at, created_by, latest_version) VALUES (?, ?, 1)",
                    new String[] {"id"})) {
                ps.setObject(1, Jdbc.time(now));
                ps.setString(2, first.author());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            return insertVersion(c, id, 1, first, now);
        });
    }

    /**
     * Saves a new version of scenario {@code id} that edits {@code baseVersion}.
     *
     * @throws NotFoundException         if there is no such scenario
     * @throws VersionConflictException  if {@code baseVersion} is not the newest version (nothing is written)
     */
    public ScenarioVersion save(long id, int baseVersion, NewVersion next) {
        Instant now = Jdbc.now();
        return Jdbc.inTransaction(db, c -> {
            int updated;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE scenario SET latest_version = ? WHERE id = ? AND latest_version = ?")) {
                ps.setInt(1, baseVersion + 1);
                ps.setLong(2, id);
                ps.setInt(3, baseVersion);
                updated = ps.executeUpdate();
            }
            if (updated != 1) {
                Integer current = latestVersion(c, id);
                if (current == null) {
                    throw new NotFoundException("no scenario " + id);
                }
                throw new VersionConflictException(id, baseVersion, current);
            }
            return insertVersion(c, id, baseVersion + 1, next, now);
        });
    }

    private static Integer latestVersion(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT latest_version FROM scenario WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    private static ScenarioVersion insertVersion(Connection c, long id, int version, NewVersion v, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenario_version (scenario_id, version, author, "
                + "created_at, message, source_format, source, sha256, title, actor_count, issue_count) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setInt(2, version);
            ps.setString(3, v.author());
            ps.setObject(4, Jdbc.time(now));
            ps.setString(5, v.message());
            ps.setString(6, v.sourceFormat().name());
            ps.setString(7, v.source());
            ps.setString(8, v.sha256());
            ps.setString(9, v.title());
            ps.setInt(10, v.actorCount());
            ps.setInt(11, v.issueCount());
            ps.executeUpdate();
        }
        return new ScenarioVersion(id, version, v.author(), now, v.message(), v.sourceFormat(), v.sha256(), v.title(),
                v.actorCount(), v.issueCount());
    }

    /** Scenarios, newest first. */
    public List<ScenarioSummary> list(int limit, int offset) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.created_at AS s_created_at, s.created_by, "
                    + VERSION_COLUMNS + " FROM scenario s JOIN scenario_version v ON v.scenario_id = s.id "
                    + "AND v.version = s.latest_version ORDER BY s.id DESC LIMIT ? OFFSET ?")) {
                ps.setInt(1, limit);
                ps.setInt(2, offset);
                List<ScenarioSummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(summary(rs));
                    }
                }
                return out;
            }
        });
    }

    /** The number of scenarios. */
    public long count() {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM scenario");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** One scenario with its newest version. */
    public Optional<ScenarioSummary> get(long id) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.created_at AS s_created_at, s.created_by, "
                    + VERSION_COLUMNS + " FROM scenario s JOIN scenario_version v ON v.scenario_id = s.id "
                    + "AND v.version = s.latest_version WHERE s.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every version of a scenario, oldest first; empty when there is no such scenario. */
    public List<ScenarioVersion> history(long id) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + VERSION_COLUMNS
                    + " FROM scenario_version v WHERE v.scenario_id = ? ORDER BY v.version")) {
                ps.setLong(1, id);
                List<ScenarioVersion> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(version(rs));
                    }
                }
                return out;
            }
        });
    }

    /** One version with its text. */
    public Optional<StoredScenario> version(long id, int version) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + VERSION_COLUMNS
                    + ", v.source FROM scenario_version v WHERE v.scenario_id = ? AND v.version = ?")) {
                ps.setLong(1, id);
                ps.setInt(2, version);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredScenario(version(rs), rs.getString("source")))
                            : Optional.empty();
                }
            }
        });
    }

    private static ScenarioSummary summary(ResultSet rs) throws SQLException {
        return new ScenarioSummary(rs.getLong("scenario_id"), Jdbc.instant(rs, "s_created_at"),
                rs.getString("created_by"), version(rs));
    }

    private static ScenarioVersion version(ResultSet rs) throws SQLException {
        return new ScenarioVersion(rs.getLong("scenario_id"), rs.getInt("version"), rs.getString("author"),
                Jdbc.instant(rs, "created_at"), rs.getString("message"),
                SourceFormat.valueOf(rs.getString("source_format")), rs.getString("sha256"), rs.getString("title"),
                rs.getInt("actor_count"), rs.getInt("issue_count"));
    }
}
