package org.parley.bench.games;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parley.games.Game;
import org.parley.games.io.GameReader;
import org.parley.games.io.GameWriter;

/**
 * Time to parse Gambit game files: the shared catalogue files named in {@code file} (read from
 * {@code <parley.shared.dir>/games/gambit}; the system property defaults to {@code ../shared}), and
 * {@code random-SHAPE.nfg}, the text {@link GameWriter} writes for a random game of that shape
 * ({@link RandomGames#strategic}). The file is read into a string in setup, so the measured operation is
 * lexing, parsing and building the immutable game (for trees: nodes, information sets, perfect-recall
 * check), not disk IO.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReaderBenchmark {
    @Param({"2x2.nfg", "8x8.nfg", "5x4x3.nfg", "random-80x80.nfg", "random-10x10x10.nfg",
            "cent2.efg", "bayes2a.efg", "artist2.efg", "condjury.efg", "jury_un.efg", "ttt.efg"})
    public String file;

    private String text;

    @Setup
    public void setUp() {
        if (file.startsWith("random-") && file.endsWith(".nfg")) {
            String shape = file.substring("random-".length(), file.length() - ".nfg".length());
            text = GameWriter.write(RandomGames.strategic(RandomGames.parseShape(shape), RandomGames.SEED));
        } else {
            Path p = gambitDir().resolve(file);
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p + " (set -Dparley.shared.dir)", e);
            }
        }
    }

    @Benchmark
    public Game parse() {
        return GameReader.read(text, file);
    }

    /** The Gambit catalogue folder under the shared reference directory. */
    static Path gambitDir() {
        return Path.of(System.getProperty("parley.shared.dir", "../shared"), "games", "gambit");
    }
}
