package org.parley.bench.games;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.games.StrategicGame;
import org.parley.games.io.GameWriter;
import org.parley.games.solve.bimatrix.Bimatrix;

/**
 * Writes the random bimatrix games of {@link RandomGames#bimatrix} as Gambit .nfg files, so that the
 * same games can be solved by the {@code parley} command line and by Gambit's tools.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.parley.bench.games.RandomGameFiles DIR SIZE[,SIZE...] SEED[,SEED...]}
 * writes {@code DIR/random-<n>x<n>-<seed>.nfg} for every size and seed: A filled row by row, then B, from
 * {@code new SplittableRandom(seed)}, payoffs 0..99 (row player's strategies are player 1's).
 */
public final class RandomGameFiles {
    private RandomGameFiles() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: RandomGameFiles DIR SIZE[,SIZE...] SEED[,SEED...]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        try {
            Files.createDirectories(dir);
            for (String size : args[1].split(",")) {
                int n = Integer.parseInt(size.trim());
                for (String seedText : args[2].split(",")) {
                    long seed = Long.parseLong(seedText.trim());
                    Path file = dir.resolve("random-" + n + "x" + n + "-" + seed + ".nfg");
                    Files.writeString(file, GameWriter.write(game(RandomGames.bimatrix(n, n, seed),
                            "random " + n + "x" + n + " seed " + seed)));
                    System.out.println(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The strategic game of a bimatrix (cells in Gambit order: player 1's strategy varies fastest). */
    static StrategicGame game(Bimatrix g, String title) {
        int m = g.rows();
        int n = g.columns();
        StrategicGame.Builder b = StrategicGame.builder().title(title).player("1", m).player("2", n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                b.cellPayoffs(i + m * j, g.a(i, j), g.b(i, j));
            }
        }
        return b.build();
    }
}
