package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.server.db.Database;
import org.parley.server.db.TokenScope;
import org.parley.server.db.TokenStore;

/**
 * The load test of docs/PERFORMANCE.md, run only on demand (not by {@code mvn verify}):
 *
 * <pre>mvn -B -pl parley-server -am test -Dtest=LoadTest -Dsurefire.failIfNoSpecifiedTests=false -Dparley.load=true</pre>
 *
 * <p>A server in its own process on a fresh embedded database (or {@code -Dparley.load.db=JDBC_URL}), 50 clients
 * on loopback for 60 s ({@code -Dparley.load.clients}, {@code -Dparley.load.seconds}), each in a closed loop over a
 * fixed mix: 75 % reads (the scenario list, one version with its text and document), 20 % saves (a new version of
 * the client's own scenario), 5 % starting an analysis run (compromise and median on a three-actor scenario), after
 * which the client polls the run until it has its result, as a user would ({@code result}: start to result).
 * Prints throughput and latency percentiles per operation and writes them to target/load-report.md; any non-2xx
 * answer or I/O error is an error, and the test fails unless there are none.
 */
@EnabledIfSystemProperty(named = "parley.load", matches = "true")
class LoadTest {
    private enum Op { READ, SAVE, RUN, RESULT }

    @Test
    void fiftyClientsForSixtySeconds() throws Exception {
        int clients = Integer.getInteger("parley.load.clients", 50);
        int seconds = Integer.getInteger("parley.load.seconds", 60);
        Path dir = TestDatabases.tempDir("parley-load");
        String url = System.getProperty("parley.load.db", Database.embeddedUrl(dir));
        String token;
        try (Database db = Database.open(url, 2)) {
            token = new TokenStore(db).create("load", TokenScope.WRITE, null).secret();
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(javaBin, "-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error", "-cp",
                System.getProperty("java.class.path"), ChildServer.class.getName(), url, dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            Http http = new Http("http://127.0.0.1:" + line.substring(5).strip(), token);
            long[][][] latencies = new long[clients][][];
            int[] errors = new int[clients];
            List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            long[] window = new long[2];
            for (int c = 0; c < clients; c++) {
                int client = c;
                Thread t = new Thread(() -> {
                    SplittableRandom rng = new SplittableRandom(client);
                    List<List<Long>> lat = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                            new ArrayList<>());
                    try {
                        Http.Response created = http.post("/api/scenarios", "application/yaml", Fixtures.small());
                        long id = created.json().at("/version/scenarioId").asLong();
                        int version = 1;
                        go.await();
                        long end = window[1];
                        while (System.nanoTime() < end) {
                            double x = rng.nextDouble();
                            Op op = x < 0.75 ? Op.READ : x < 0.95 ? Op.SAVE : Op.RUN;
                            long t0 = System.nanoTime();
                            Http.Response r;
                            try {
                                r = switch (op) {
                                    case READ -> rng.nextBoolean() ? http.get("/api/scenarios?limit=20")
                                            : http.get("/api/scenarios/" + id + "/versions/" + version);
                                    case SAVE -> http.putJson("/api/scenarios/" + id, Map.of("source",
                                            Fixtures.smallWithSouthAt(rng.nextInt(101)), "baseVersion", version));
                                    case RUN, RESULT -> http.postJson("/api/runs", Map.of("kind", "analysis",
                                            "scenarioId", id, "models", List.of("compromise", "median")));
                                };
                            } catch (RuntimeException e) {
                                errors[client]++;
                                firstErrors.add(op + ": " + e);
                                continue;
                            }
                            long dt = System.nanoTime() - t0;
                            if (r.status() / 100 != 2) {
                                errors[client]++;
                                firstErrors.add(op + ": " + r);
                                continue;
                            }
                            if (op == Op.SAVE) {
                                version++;
                            }
                            lat.get(op.ordinal()).add(dt);
                            if (op == Op.RUN) {
                                // like a user, wait for the run's result before the next request
                                long runId = r.json().get("id").asLong();
                                String status;
                                do {
                                    Thread.sleep(20);
                                    status = http.get("/api/runs/" + runId).json().get("status").asText();
                                } while (status.equals("QUEUED") || status.equals("RUNNING"));
                                if (!status.equals("SUCCEEDED")) {
                                    errors[client]++;
                                    firstErrors.add("run " + runId + " " + status);
                                } else {
                                    lat.get(Op.RESULT.ordinal()).add(System.nanoTime() - t0);
                                }
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    latencies[client] = lat.stream().map(l -> l.stream().mapToLong(Long::longValue).toArray())
                            .toArray(long[][]::new);
                }, "load-" + c);
                threads.add(t);
                t.start();
            }
            Thread.sleep(2000); // every client has created its scenario
            window[0] = System.nanoTime();
            window[1] = window[0] + TimeUnit.SECONDS.toNanos(seconds);
            go.countDown();
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(seconds + 120));
            }
            double elapsed = (System.nanoTime() - window[0]) / 1e9;
            StringBuilder report = new StringBuilder();
            report.append(String.format(Locale.ROOT, "%d clients, %.1f s, %s, %d cores%n%n", clients, elapsed,
                    url.startsWith("jdbc:h2") ? "embedded H2" : "PostgreSQL", Runtime.getRuntime().availableProcessors()));
            report.append("| operation | requests | per second | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
            long total = 0;
            for (Op op : Op.values()) {
            if (op == Op.RESULT) {
                continue;
            }
                long[] all = Arrays.stream(latencies).filter(java.util.Objects::nonNull)
                        .flatMapToLong(l -> Arrays.stream(l[op.ordinal()])).sorted().toArray();
                total += all.length;
                report.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f |%n",
                        op.name().toLowerCase(Locale.ROOT), all.length, all.length / elapsed, pct(all, 0.50),
                        pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6));
            }
            long[] results = Arrays.stream(latencies).filter(java.util.Objects::nonNull)
                    .flatMapToLong(l -> Arrays.stream(l[Op.RESULT.ordinal()])).sorted().toArray();
            report.append(String.format(Locale.ROOT, "| run, start to result (polled every 20 ms) | %d | %.0f | %.1f "
                    + "| %.1f | %.1f |%n", results.length, results.length / elapsed, pct(results, 0.5),
                    pct(results, 0.99), results.length == 0 ? 0 : results[results.length - 1] / 1e6));
            int errorCount = Arrays.stream(errors).sum();
            report.append(String.format(Locale.ROOT, "| all | %d | %.0f | | | |%n%nerrors: %d%n", total,
                    total / elapsed, errorCount));
            JsonRuns runs = JsonRuns.count(http);
            report.append("runs started: ").append(runs.total).append(", succeeded by the end: ")
                    .append(runs.succeeded).append('\n');
            System.out.println(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "load-report.md"), report.toString());
            assertEquals(0, errorCount, () -> "errors, first: " + firstErrors.subList(0,
                    Math.min(5, firstErrors.size())));
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** How many runs were started, and how many had succeeded when the load stopped. */
    private record JsonRuns(long total, long succeeded) {
        static JsonRuns count(Http http) throws InterruptedException {
            Thread.sleep(5000); // let the queue drain
            long total = 0;
            long ok = 0;
            for (int offset = 0; ; offset += 500) {
                var items = http.get("/api/runs?limit=500&offset=" + offset).json().get("items");
                if (items.isEmpty()) {
                    break;
                }
                for (var r : items) {
                    total++;
                    if (r.get("status").asText().equals("SUCCEEDED")) {
                        ok++;
                    }
                }
            }
            return new JsonRuns(total, ok);
        }
    }
}
