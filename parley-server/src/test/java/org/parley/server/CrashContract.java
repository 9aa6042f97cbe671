package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.scenario.ScenarioDigest;
import org.parley.scenario.io.ScenarioReader;
import org.parley.server.db.Database;
import org.parley.server.db.ScenarioStore;
import org.parley.server.db.StoredScenario;
import org.parley.server.db.TokenScope;
import org.parley.server.db.TokenStore;

/**
 * Crash safety: a server in a child process is killed with SIGKILL while 100 clients save concurrently (each
 * creating its own scenario, then saving new versions of it). After a restart on the same database, every save the
 * server acknowledged (201) is there with exactly the text sent, and the database is consistent: each scenario's
 * versions are 1..latest without gaps, its latest-version pointer names its newest row, every stored text reads and
 * hashes to its recorded digest. Runs on every database ({@link H2CrashTest}, {@link PostgresCrashTest}).
 */
abstract class CrashContract {
    private static final int CLIENTS = 100;
    /** Kill after this many acknowledged saves (or after the time below), so the kill lands mid-traffic. */
    private static final int KILL_AFTER_ACKS = 250;

    abstract String databaseUrl(Path tempDir);

    private record Ack(long scenarioId, int version, String text) {
    }

    private static Process startChild(String url, Path dir, int[] port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                "-cp", System.getProperty("java.class.path"), ChildServer.class.getName(), url, dir.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("PORT ")) {
            p.destroyForcibly();
            throw new AssertionError("child server did not start: " + line);
        }
        port[0] = Integer.parseInt(line.substring(5).strip());
        return p;
    }

    @Test
    void everyAcknowledgedSaveSurvivesKillDashNine() throws Exception {
        Path dir = TestDatabases.tempDir("parley-crash");
        String url = databaseUrl(dir);
        String token;
        try (Database db = Database.open(url, 2)) {
            token = new TokenStore(db).create("crash", TokenScope.WRITE, null).secret();
        }
        int[] port = new int[1];
        Process child = startChild(url, dir, port);
        Http http = new Http("http://127.0.0.1:" + port[0], token);

        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        AtomicInteger ackCount = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    long id = -1;
                    for (int v = 1; v <= 1000; v++) {
                        String text = Fixtures.smallWithSouthAt((client + v) % 101)
                                .replace("Small test negotiation", "Crash client " + client);
                        Http.Response r = id < 0
                                ? http.post("/api/scenarios", "application/yaml", text)
                                : http.putJson("/api/scenarios/" + id, Map.of("source", text, "baseVersion", v - 1));
                        if (r.status() != 201) {
                            throw new AssertionError("save refused while the server was up: " + r);
                        }
                        id = r.json().at("/version/scenarioId").asLong();
                        acks.add(new Ack(id, r.json().at("/version/version").asInt(), text));
                        if (ackCount.incrementAndGet() >= KILL_AFTER_ACKS) {
                            enough.countDown();
                        }
                    }
                } catch (java.io.UncheckedIOException e) {
                    // the server died under this request: the save is unacknowledged, and may or may not be there
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "crash-client-" + c);
            t.setDaemon(true);
            clients.add(t);
            t.start();
        }
        go.countDown();
        enough.await(60, TimeUnit.SECONDS);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no clean close
        child.waitFor(30, TimeUnit.SECONDS);
        for (Thread t : clients) {
            t.join(30_000);
        }
        List<Ack> acknowledged = new ArrayList<>(acks);
        assertTrue(acknowledged.size() >= KILL_AFTER_ACKS, "only " + acknowledged.size() + " saves before the kill");

        // restart on the same database: it opens (H2 recovers its file), and the API works again
        Process again = startChild(url, dir, port);
        try {
            Http.Response list = new Http("http://127.0.0.1:" + port[0], token).get("/api/scenarios?limit=1");
            assertEquals(200, list.status(), list::toString);
        } finally {
            again.destroyForcibly();
            again.waitFor(30, TimeUnit.SECONDS);
        }

        try (Database db = Database.open(url, 2)) {
            ScenarioStore store = new ScenarioStore(db);
            for (Ack a : acknowledged) {
                StoredScenario s = store.version(a.scenarioId(), a.version()).orElseThrow(() -> new AssertionError(
                        "acknowledged save lost: scenario " + a.scenarioId() + " version " + a.version()));
                assertEquals(a.text(), s.source());
            }
            checkConsistency(db);
        }
    }

    private static void checkConsistency(Database db) throws Exception {
        ScenarioReader reader = new ScenarioReader();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT s.id, s.latest_version, v.version, v.source, v.sha256 "
                     + "FROM scenario s LEFT JOIN scenario_version v ON v.scenario_id = s.id ORDER BY s.id, v.version");
             ResultSet rs = ps.executeQuery()) {
            long current = -1;
            int expected = 0;
            int latest = 0;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != current) {
                    if (current >= 0) {
                        assertEquals(latest, expected, "scenario " + current + ": latest_version names no newest row");
                    }
                    current = id;
                    expected = 0;
                    latest = rs.getInt(2);
                }
                int version = rs.getInt(3);
                assertEquals(expected + 1, version, "scenario " + id + ": versions have a gap");
                expected = version;
                String sha = ScenarioDigest.sha256(reader.read(rs.getString(4), "stored"));
                assertEquals(rs.getString(5), sha, "scenario " + id + " version " + version + ": digest differs");
            }
            if (current >= 0) {
                assertEquals(latest, expected, "scenario " + current + ": latest_version names no newest row");
            }
        }
    }
}
