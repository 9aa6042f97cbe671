package org.parley.games.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Gambit catalogue games and Gambit's own answers under {@code ${parley.shared.dir}/games/gambit}: game
 * files, {@code expected/<game>.<method>.txt} ({@code NE,...} lines) and {@code corpus-results.tsv} (status
 * of each run). Read-only test data, never copied into the repository.
 */
public final class GambitCorpus {
    /** Status of one Gambit run. */
    public record Run(String game, String method, String status, int distinct, String note) {
    }

    private final Path dir;
    private final Map<String, Run> runs = new HashMap<>();

    private GambitCorpus(Path dir) {
        this.dir = dir;
        Path tsv = dir.resolve("expected/corpus-results.tsv");
        if (Files.exists(tsv)) {
            try {
                List<String> lines = Files.readAllLines(tsv);
                String[] head = lines.get(0).split("\t", -1);
                Map<String, Integer> col = new HashMap<>();
                for (int i = 0; i < head.length; i++) {
                    col.put(head[i], i);
                }
                for (String l : lines.subList(1, lines.size())) {
                    String[] f = l.split("\t", -1);
                    Run r = new Run(f[col.get("game")], f[col.get("solver")], f[col.get("status")],
                            parse(f[col.get("n_distinct")]), f[col.get("note")].trim());
                    runs.put(r.game + "|" + r.method, r);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The corpus directory, or null when {@code parley.shared.dir} is unset or lacks the games. */
    public static GambitCorpus locate() {
        String shared = System.getProperty("parley.shared.dir");
        if (shared == null) {
            return null;
        }
        Path d = Path.of(shared, "games", "gambit");
        return Files.isDirectory(d) ? new GambitCorpus(d) : null;
    }

    public Path dir() {
        return dir;
    }

    /** All .nfg and .efg files, sorted by name. */
    public List<Path> games() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".nfg") || p.toString().endsWith(".efg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The methods Gambit ran on the catalogue (named in {@code corpus-results.tsv} or in an {@code expected} file
     * name), sorted.
     */
    public java.util.SortedSet<String> methods() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        for (Run r : runs.values()) {
            out.add(r.method());
        }
        try (Stream<Path> s = Files.list(dir.resolve("expected"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).forEach(n -> {
                String base = n.substring(0, n.length() - 4);
                int dot = base.lastIndexOf('.');
                if (dot > 0 && (base.substring(0, dot).endsWith(".nfg") || base.substring(0, dot).endsWith(".efg"))) {
                    out.add(base.substring(dot + 1));
                }
            });
        } catch (java.nio.file.NoSuchFileException e) {
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public Run run(String game, String method) {
        return runs.get(game + "|" + method);
    }

    /** Gambit's NE lines for (game file name, method), as token lists, or null if the file is absent. */
    public List<List<String>> expected(String game, String method) {
        Path p = dir.resolve("expected").resolve(game + "." + method + ".txt");
        if (!Files.exists(p)) {
            return null;
        }
        try {
            List<List<String>> out = new ArrayList<>();
            for (String l : Files.readAllLines(p)) {
                if (l.startsWith("NE,")) {
                    out.add(List.of(l.substring(3).split(",")));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
