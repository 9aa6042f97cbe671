package org.parley.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test inputs: a small scenario, the bundled examples, a small game. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Three actors, one issue: fast to analyse. */
    public static String small() {
        try (InputStream in = Fixtures.class.getResourceAsStream("small.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The small scenario with South's position on the tariff changed. */
    public static String smallWithSouthAt(int position) {
        return small().replace("tariff: {position: 70, salience: 60}", "tariff: {position: " + position
                + ", salience: 60}");
    }

    /** A bundled example scenario ({@code examples/NAME}). */
    public static String example(String name) {
        Path dir = Path.of(System.getProperty("parley.examples.dir", "../examples"));
        try {
            return Files.readString(dir.resolve(name));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read example " + name + " in " + dir.toAbsolutePath(), e);
        }
    }

    /** Matching pennies-like 2x2 game with one mixed equilibrium (1/2, 1/2). */
    public static final String PENNIES_NFG = """
            NFG 1 R "Matching pennies" { "Row" "Column" } { 2 2 }
            1 -1 -1 1 -1 1 1 -1
            """;
}
