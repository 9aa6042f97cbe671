package org.parley.server.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs: created queued, moved through their states by the job runner. Every state change is a conditional update
 * ({@code WHERE status = ...}), so a cancel that races with the end of a run leaves exactly one final state.
 * Thread-safe.
 */
public final class RunStore {
    private static final String COLUMNS = "id, kind, status, scenario_id, scenario_version, game_id, request, "
            + "input_sha256, progress, created_by, created_at, started_at, finished_at, error";

    private final Database db;

    public RunStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Records a new queued run. */
    public Run create(RunKind kind, Long scenarioId, Integer scenarioVersion, Long gameId, String request,
                      String inputSha256, String createdBy) {
        Instant now = Jdbc.now();
        long id = Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO run (kind, status, scenario_id, "
                    + "scenario_version, game_id, request, input_sha256, progress, created_by, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", new String[] {"id"})) {
                ps.setString(1, kind.name());
                ps.setString(2, RunStatus.QUEUED.name());
                setLong(ps, 3, scenarioId);
                if (scenarioVersion == null) {
                    ps.setNull(4, Types.INTEGER);
                } else {
                    ps.setInt(4, scenarioVersion);
                }
                setLong(ps, 5, gameId);
                ps.setString(6, request);
                ps.setString(7, inputSha256);
                ps.setString(8, createdBy);
                ps.setObject(9, Jdbc.time(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new Run(id, kind, RunStatus.QUEUED, scenarioId, scenarioVersion, gameId, request, inputSha256, 0,
                createdBy, now, null, null, null);
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    /** Queued → running; false if the run is no longer queued (cancelled meanwhile). */
    public boolean start(long id) {
        return update("UPDATE run SET status = 'RUNNING', started_at = ? WHERE id = ? AND status = 'QUEUED'",
                Jdbc.time(Jdbc.now()), id) == 1;
    }

    /** Records progress of a running run. */
    public void progress(long id, double fraction) {
        update("UPDATE run SET progress = ? WHERE id = ? AND status = 'RUNNING'", Math.max(0, Math.min(1, fraction)),
                id);
    }

    /** Running → succeeded with its output; false if the run was cancelled meanwhile (nothing is written). */
    public boolean succeed(long id, RunOutput output) {
        return update("UPDATE run SET status = 'SUCCEEDED', progress = 1, finished_at = ?, result = ?, provenance = ?,"
                + " report_html = ? WHERE id = ? AND status = 'RUNNING'", Jdbc.time(Jdbc.now()), output.result(),
                output.provenance(), output.reportHtml(), id) == 1;
    }

    /** Queued or running → failed with a message for the user. */
    public boolean fail(long id, String error) {
        return update("UPDATE run SET status = 'FAILED', finished_at = ?, error = ? WHERE id = ? AND status IN "
                + "('QUEUED', 'RUNNING')", Jdbc.time(Jdbc.now()), error, id) == 1;
    }

    /** Queued or running → cancelled; false if the run had already finished. */
    public boolean cancel(long id) {
        return update("UPDATE run SET status = 'CANCELLED', finished_at = ? WHERE id = ? AND status IN "
                + "('QUEUED', 'RUNNING')", Jdbc.time(Jdbc.now()), id) == 1;
    }

    /**
     * After a restart: runs that were running when the process stopped are failed (their work is lost); returns
     * the ids of the queued ones, oldest first, to be run again.
     */
    public List<Long> recover() {
        update("UPDATE run SET status = 'FAILED', finished_at = ?, error = ? WHERE status = 'RUNNING'",
                Jdbc.time(Jdbc.now()), "interrupted: the server stopped while the run was in progress");
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM run WHERE status = 'QUEUED' ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                List<Long> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
                return out;
            }
        });
    }

    private int update(String sql, Object... args) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    public Optional<Run> get(long id) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM run WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(run(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Runs, newest first.
     *
     * @param scenarioId only the runs of this scenario, or null for all
     */
    public List<Run> list(Long scenarioId, int limit, int offset) {
        return Jdbc.query(db, c -> {
            String where = scenarioId == null ? "" : " WHERE scenario_id = ?";
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM run" + where
                    + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
                int i = 1;
                if (scenarioId != null) {
                    ps.setLong(i++, scenarioId);
                }
                ps.setInt(i++, limit);
                ps.setInt(i, offset);
                List<Run> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(run(rs));
                    }
                }
                return out;
            }
        });
    }

    /** The output of a succeeded run. */
    public Optional<RunOutput> output(long id) {
        return Jdbc.query(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT result, provenance, report_html FROM run WHERE id = ? AND status = 'SUCCEEDED'")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new RunOutput(rs.getString(1), rs.getString(2), rs.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    private static Run run(ResultSet rs) throws SQLException {
        return new Run(rs.getLong("id"), RunKind.valueOf(rs.getString("kind")),
                RunStatus.valueOf(rs.getString("status")), Jdbc.longOrNull(rs, "scenario_id"),
                Jdbc.intOrNull(rs, "scenario_version"), Jdbc.longOrNull(rs, "game_id"), rs.getString("request"),
                rs.getString("input_sha256"), rs.getDouble("progress"), rs.getString("created_by"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "started_at"), Jdbc.instant(rs, "finished_at"),
                rs.getString("error"));
    }
}
