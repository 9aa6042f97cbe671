package org.parley.bench.games;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.parley.games.Arithmetic;
import org.parley.games.Game;
import org.parley.games.UnsupportedGameException;
import org.parley.games.io.GameReader;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.Solvers;

/**
 * Times every registered Parley method on every game of the shared Gambit corpus and sets the times
 * beside Gambit's own ({@code expected/corpus-results.tsv}: wall and CPU seconds of one run of the native
 * command-line tool, process start-up included, 20-second limit).
 *
 * <p>What one Parley measurement is: parse the file ({@link GameReader#read(Path)}) and solve it with the
 * registry entry ({@link SolverEntry#solve}) on a fresh thread, so that nothing cached on a game object
 * (e.g. the reduced strategic form) carries over. One warm-up run, then the best of {@code --runs} runs
 * (only one more run when the warm-up took longer than {@code --repeat-below} seconds). Wall time and the
 * worker thread's CPU time are reported; JVM start-up, class loading and JIT warm-up are excluded (see
 * {@code --cli} for end-to-end times of the command line, which include them). Arithmetic: exact where
 * the method offers it (Gambit's enumpure, enummixed, lcp and lp print exact fractions by default), else
 * the method's default; {@code --also-double} adds a row in double arithmetic for methods offering both.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.parley.bench.games.CorpusTimer [--shared DIR]
 * [--methods m1,m2] [--games g1,g2] [--runs 5] [--budget 20] [--repeat-below 2] [--also-double]
 * [--tsv FILE] [--games none] [--cold] [--cli JAR] [--e2e-cases game:method,...] [--e2e-runs 3]}. {@code --cold}
 * and {@code --cli} add end-to-end times of fresh JVMs ({@link SolveOnce}, resp. the command line). DIR defaults to the system property
 * {@code parley.shared.dir}, else {@code ../shared}. Prints a Markdown table and a summary.
 */
public final class CorpusTimer {
    /** Gambit method names this timer considers (the registered subset is timed). */
    static final List<String> GAMBIT_METHODS = List.of("enumpure", "enummixed", "lcp", "lp", "logit", "simpdiv", "gnm",
            "ipa", "liap", "enumpoly");

    /** Outcome prefix of a run the method refused up front ({@link UnsupportedGameException}). */
    static final String REFUSED = "refused: ";

    private CorpusTimer() {
    }

    /** One row of Gambit's corpus-results.tsv. */
    record GambitRow(String game, String size, String solver, String status, int distinct, double wall, double cpu) {
    }

    /** One Parley measurement. */
    record Row(String game, String size, String method, String arithmetic, String outcome, int equilibria, int runs,
               double wall, double cpu, GambitRow gambit) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = parseArgs(args);
        Path shared = Path.of(opt.getOrDefault("shared", System.getProperty("parley.shared.dir", "../shared")));
        Path dir = shared.resolve("games").resolve("gambit");
        int runs = Integer.parseInt(opt.getOrDefault("runs", "5"));
        long budget = (long) (1000 * Double.parseDouble(opt.getOrDefault("budget", "20")));
        double repeatBelow = Double.parseDouble(opt.getOrDefault("repeat-below", "2"));
        boolean alsoDouble = opt.containsKey("also-double");
        Map<String, GambitRow> gambit = readGambit(dir.resolve("expected").resolve("corpus-results.tsv"));
        Map<String, String> sizes = new HashMap<>();
        for (GambitRow r : gambit.values()) sizes.put(r.game(), r.size());

        List<String> methods = new ArrayList<>();
        Set<String> wanted = opt.containsKey("methods") ? Set.of(opt.get("methods").split(",")) : null;
        for (String m : GAMBIT_METHODS) {
            if (Solvers.byName(m).isPresent() && (wanted == null || wanted.contains(m))) methods.add(m);
        }
        List<Path> games;
        try (Stream<Path> s = Files.list(dir)) {
            games = s.filter(p -> p.toString().endsWith(".nfg") || p.toString().endsWith(".efg")).sorted().toList();
        }
        if (opt.containsKey("games")) {
            Set<String> g = Set.of(opt.get("games").split(","));
            games = games.stream().filter(p -> g.contains(p.getFileName().toString())).toList();
        }
        PrintStream out = System.out;
        out.println("registered methods: " + Solvers.names() + "; timed: " + methods);
        out.printf(Locale.ROOT, "runs: warm-up + best of %d (1 if warm-up > %.1f s); budget %.0f s per run%n", runs,
                repeatBelow, budget / 1000.0);
        List<Row> rows = new ArrayList<>();
        for (Path file : games) {
            String name = file.getFileName().toString();
            Game parsed;
            try {
                parsed = GameReader.read(file);
            } catch (RuntimeException e) {
                for (String m : methods) {
                    rows.add(new Row(name, "?", m, "-", "unreadable: " + e.getMessage(), 0, 0, Double.NaN, Double.NaN,
                            gambit.get(name + "\t" + m)));
                }
                continue;
            }
            for (String m : methods) {
                SolverEntry e = Solvers.byName(m).orElseThrow();
                GambitRow gr = gambit.get(name + "\t" + m);
                String size = sizes.getOrDefault(name, "?");
                if (!e.supports(parsed)) {
                    rows.add(new Row(name, size, m, "-", "unsupported", 0, 0, Double.NaN, Double.NaN, gr));
                    continue;
                }
                List<Arithmetic> ars = new ArrayList<>();
                ars.add(e.arithmetics().contains(Arithmetic.EXACT) ? Arithmetic.EXACT : e.defaultArithmetic());
                if (alsoDouble && e.arithmetics().contains(Arithmetic.DOUBLE) && !ars.contains(Arithmetic.DOUBLE)) {
                    ars.add(Arithmetic.DOUBLE);
                }
                for (Arithmetic a : ars) {
                    Row r = measure(file, name, size, e, a, runs, budget, repeatBelow, gr);
                    rows.add(r);
                    System.err.printf(Locale.ROOT, "%s %s %s: %s %.4f s%n", name, m, a, r.outcome(), r.wall());
                }
            }
        }
        if (!rows.isEmpty()) {
            printTable(out, rows);
        }
        if (opt.containsKey("tsv")) {
            writeTsv(Path.of(opt.get("tsv")), rows);
        }
        int e2eRuns = Integer.parseInt(opt.getOrDefault("e2e-runs", "3"));
        if (opt.containsKey("cold")) {
            endToEnd(out, null, dir, opt.getOrDefault("e2e-cases", ""), gambit, e2eRuns);
        }
        if (opt.containsKey("cli")) {
            endToEnd(out, Path.of(opt.get("cli")), dir, opt.getOrDefault("e2e-cases", ""), gambit, e2eRuns);
        }
    }

    static Row measure(Path file, String name, String size, SolverEntry e, Arithmetic a, int runs, long budget,
                       double repeatBelow, GambitRow gr) {
        Timed<EquilibriumResult> warm = Timed.run(() -> e.solve(GameReader.read(file), a), budget);
        if (warm.outcome() != Timed.Outcome.OK) {
            return new Row(name, size, e.name(), a.name().toLowerCase(Locale.ROOT), describe(warm), 0, 1,
                    warm.wallNanos() / 1e9, warm.cpuNanos() / 1e9, gr);
        }
        int n = warm.wallNanos() / 1e9 > repeatBelow ? 1 : runs;
        Timed<EquilibriumResult> best = null;
        for (int k = 0; k < n; k++) {
            Timed<EquilibriumResult> t = Timed.run(() -> e.solve(GameReader.read(file), a), budget);
            if (t.outcome() != Timed.Outcome.OK) {
                return new Row(name, size, e.name(), a.name().toLowerCase(Locale.ROOT), describe(t) + " (after an ok warm-up)",
                        0, k + 1, t.wallNanos() / 1e9, t.cpuNanos() / 1e9, gr);
            }
            if (best == null || t.wallNanos() < best.wallNanos()) best = t;
        }
        EquilibriumResult r = best.value();
        String outcome = r.isVerified() ? "ok" : "ok, " + r.rejected().size() + " rejected";
        return new Row(name, size, e.name(), a.name().toLowerCase(Locale.ROOT), outcome, r.equilibria().size(), n,
                best.wallNanos() / 1e9, best.cpuNanos() / 1e9, gr);
    }

    private static String describe(Timed<?> t) {
        return switch (t.outcome()) {
            case OK -> "ok";
            case TIMEOUT -> "timeout";
            case STUCK -> "timeout (ignored interrupt)";
            case FAILED -> {
                String msg = String.valueOf(t.error().getMessage());
                if (msg.length() > 60) msg = msg.substring(0, 60) + "…";
                msg = msg.replace('|', '/').replace('\n', ' ');
                yield t.error() instanceof UnsupportedGameException ? REFUSED + msg
                        : t.error().getClass().getSimpleName() + ": " + msg;
            }
        };
    }

    static Map<String, GambitRow> readGambit(Path tsv) {
        Map<String, GambitRow> m = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Gambit's timings " + tsv, e);
        }
        List<String> head = List.of(lines.get(0).split("\t", -1));
        int game = head.indexOf("game");
        int size = head.indexOf("size");
        int solver = head.indexOf("solver");
        int status = head.indexOf("status");
        int distinct = head.indexOf("n_distinct");
        int wall = head.indexOf("wall_s");
        int cpu = head.indexOf("cpu_s");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            GambitRow r = new GambitRow(f[game], f[size], f[solver], f[status], parseInt(f[distinct]),
                    parseDouble(f[wall]), parseDouble(f[cpu]));
            m.put(r.game() + "\t" + r.solver(), r);
        }
        return m;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static double parseDouble(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String ms(double seconds) {
        if (Double.isNaN(seconds) || seconds < 0) return "–";
        return String.format(Locale.ROOT, seconds >= 10 ? "%.0f" : seconds >= 0.1 ? "%.1f" : "%.2f", seconds * 1000);
    }

    static void printTable(PrintStream out, List<Row> rows) {
        out.println();
        out.println("| game | size | method | arith | Parley | NE P/G | Parley wall ms | Parley CPU ms | Gambit | Gambit wall ms | Gambit CPU ms | wall P/G | CPU P/G |");
        out.println("|---|---|---|---|---|---|---:|---:|---|---:|---:|---:|---:|");
        List<Double> logWall = new ArrayList<>();
        List<Double> logWallBig = new ArrayList<>();
        List<Double> logCpuBig = new ArrayList<>();
        Map<String, List<Double>> byMethod = new TreeMap<>();
        int parleyOnly = 0;
        int gambitOnly = 0;
        int bothOk = 0;
        int bothRefused = 0;
        int agreeCount = 0;
        for (Row r : rows) {
            GambitRow g = r.gambit();
            boolean pOk = r.outcome().startsWith("ok");
            boolean gOk = g != null && g.status().equals("ok");
            boolean pRefused = r.outcome().startsWith(REFUSED) || r.outcome().equals("unsupported");
            boolean gTried = g != null && (gOk || g.status().equals("timeout") || g.status().startsWith("signal"));
            if (pRefused && !gTried) {
                bothRefused++;
                continue; // neither tool solves this (game, method): e.g. lp on a non-constant-sum game
            }
            String wallRatio = "–";
            String cpuRatio = "–";
            if (pOk && gOk && g.wall() > 0) {
                double q = r.wall() / g.wall();
                wallRatio = fmtRatio(q);
                logWall.add(Math.log(q));
                byMethod.computeIfAbsent(r.method() + "/" + r.arithmetic(), k -> new ArrayList<>()).add(Math.log(q));
                if (g.wall() >= BIG) logWallBig.add(Math.log(q));
                if (g.cpu() >= BIG && r.cpu() > 0) {
                    double c = r.cpu() / g.cpu();
                    cpuRatio = fmtRatio(c);
                    logCpuBig.add(Math.log(c));
                }
                bothOk++;
                if (g.distinct() == r.equilibria()) agreeCount++;
            } else if (pOk && !gOk) {
                parleyOnly++;
            } else if (!pOk && gOk) {
                gambitOnly++;
            }
            String ne = (pOk ? Integer.toString(r.equilibria()) : "–") + "/" + (gOk && g.distinct() >= 0 ? g.distinct() : "–");
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", r.game(), r.size(),
                    r.method(), r.arithmetic(), r.outcome(), ne, ms(r.wall()), ms(r.cpu()),
                    g == null ? "no row" : g.status(), g == null ? "–" : ms(g.wall()), g == null ? "–" : ms(g.cpu()),
                    wallRatio, cpuRatio);
        }
        out.println();
        out.printf(Locale.ROOT, "rows measured: %d; left out because neither tool solves them (Parley refused; Gambit refused, failed to load or has no row): %d%n",
                rows.size(), bothRefused);
        out.printf(Locale.ROOT, "both ok: %d (same number of distinct equilibria: %d); Parley ok where Gambit was not "
                + "(timeout/error/refused): %d; Gambit ok where Parley was not: %d%n", bothOk, agreeCount, parleyOnly, gambitOnly);
        out.printf(Locale.ROOT, "geometric mean Parley/Gambit: wall, all rows both ok (n=%d): %s; wall, Gambit wall >= %.0f ms (n=%d): %s; "
                + "CPU, Gambit CPU >= %.0f ms (n=%d): %s%n", logWall.size(), geo(logWall), BIG * 1000, logWallBig.size(),
                geo(logWallBig), BIG * 1000, logCpuBig.size(), geo(logCpuBig));
        for (Map.Entry<String, List<Double>> en : byMethod.entrySet()) {
            out.printf(Locale.ROOT, "  %s: n=%d, geometric mean wall ratio %s%n", en.getKey(), en.getValue().size(), geo(en.getValue()));
        }
    }

    /** Gambit times below this (seconds) are mostly process start-up and 10 ms CPU-clock granularity. */
    static final double BIG = 0.1;

    private static String fmtRatio(double q) {
        return String.format(Locale.ROOT, q >= 10 ? "%.0f" : q >= 0.1 ? "%.2f" : "%.3f", q);
    }

    private static String geo(List<Double> logs) {
        if (logs.isEmpty()) return "–";
        double s = 0;
        for (double d : logs) s += d;
        return String.format(Locale.ROOT, "%.3f", Math.exp(s / logs.size()));
    }

    static void writeTsv(Path file, List<Row> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("game\tsize\tmethod\tarithmetic\tparley_outcome\tparley_ne\truns\tparley_wall_s\tparley_cpu_s\tgambit_status\tgambit_distinct\tgambit_wall_s\tgambit_cpu_s");
        for (Row r : rows) {
            GambitRow g = r.gambit();
            lines.add(String.join("\t", r.game(), r.size(), r.method(), r.arithmetic(), r.outcome(),
                    Integer.toString(r.equilibria()), Integer.toString(r.runs()), Double.toString(r.wall()), Double.toString(r.cpu()),
                    g == null ? "" : g.status(), g == null ? "" : Integer.toString(g.distinct()),
                    g == null ? "" : Double.toString(g.wall()), g == null ? "" : Double.toString(g.cpu())));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /**
     * End-to-end, best of {@code runs} fresh processes per case: with {@code jar} the command line
     * {@code java -jar JAR game solve FILE --method M}; without it ({@code --cold}) {@link SolveOnce} from
     * this class's own class path. Both include JVM start-up, class loading and cold (interpreted) code.
     */
    static void endToEnd(PrintStream out, Path jar, Path dir, String cases, Map<String, GambitRow> gambit, int runs)
            throws IOException, InterruptedException {
        String what = jar != null ? "java -jar " + jar + " game solve FILE --method M [--exact where offered]"
                : "java -cp <benchmarks.jar> org.parley.bench.games.SolveOnce FILE M";
        out.println();
        out.println("End-to-end (fresh JVM per run, start-up included), best of " + runs + ": " + what);
        out.println();
        out.println("| game | method | exit | Parley wall ms | Gambit wall ms | ratio P/G | first output line |");
        out.println("|---|---|---:|---:|---:|---:|---|");
        for (String c : cases.split(",")) {
            if (c.isBlank()) continue;
            String[] gm = c.split(":");
            String game = gm[0];
            String method = gm[1];
            String file = dir.resolve(game).toString();
            List<String> cmd = new ArrayList<>(jar != null
                    ? List.of(javaBin(), "-jar", jar.toString(), "game", "solve", file, "--method", method)
                    : List.of(javaBin(), "-cp", System.getProperty("java.class.path"), SolveOnce.class.getName(), file, method));
            if (jar != null && Solvers.byName(method).map(e -> e.arithmetics().contains(Arithmetic.EXACT)).orElse(false)) {
                cmd.add("--exact"); // the command line defaults to double; Gambit's enummixed, lcp and lp to exact
            }
            long best = Long.MAX_VALUE;
            int exit = 0;
            String first = "";
            for (int k = 0; k < runs; k++) {
                Path log = Files.createTempFile("parley-e2e", ".out");
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                boolean done = p.waitFor(120, TimeUnit.SECONDS);
                long t = System.nanoTime() - t0;
                if (!done) {
                    p.destroyForcibly();
                    p.waitFor();
                }
                exit = done ? p.exitValue() : -1;
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                Files.delete(log);
                first = lines.isEmpty() ? "" : lines.get(0);
                best = Math.min(best, t);
            }
            GambitRow g = gambit.get(game + "\t" + method);
            double pw = best / 1e9;
            String ratio = g != null && g.status().equals("ok") && g.wall() > 0 ? fmtRatio(pw / g.wall()) : "–";
            if (first.length() > 60) first = first.substring(0, 60) + "…";
            out.printf(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s |%n", game, method, exit, ms(pw),
                    g == null ? "–" : ms(g.wall()), ratio, first.replace('|', '/'));
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Map<String, String> parseArgs(String[] args) {
        Set<String> flags = new LinkedHashSet<>(List.of("also-double", "cold"));
        Map<String, String> m = new HashMap<>();
        for (int k = 0; k < args.length; k++) {
            if (!args[k].startsWith("--")) throw new IllegalArgumentException("unexpected argument " + args[k]);
            String key = args[k].substring(2);
            if (flags.contains(key)) {
                m.put(key, "true");
            } else {
                if (k + 1 >= args.length) throw new IllegalArgumentException("option --" + key + " needs a value");
                m.put(key, args[++k]);
            }
        }
        return m;
    }
}
