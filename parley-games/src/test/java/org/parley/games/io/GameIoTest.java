package org.parley.games.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.games.ExtensiveGame;
import org.parley.games.Game;
import org.parley.games.StrategicGame;
import org.parley.games.TestGames;
import org.parley.games.numeric.Rational;

class GameIoTest {

    static Stream<Path> corpus() {
        String shared = System.getProperty("parley.shared.dir");
        Path dir = shared == null ? null : Path.of(shared, "games", "gambit");
        if (dir == null || !Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try {
            return Files.list(dir).filter(p -> p.toString().endsWith(".nfg") || p.toString().endsWith(".efg")).sorted().toList().stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void corpusIsPresent() {
        Assumptions.assumeTrue(corpus().findAny().isPresent(), "Gambit corpus not found under parley.shared.dir; corpus tests skipped");
        assertEquals(130, corpus().count());
    }

    /** Every catalogue game loads (including those Gambit 17 refuses for duplicate labels) and round-trips. */
    @ParameterizedTest
    @MethodSource("corpus")
    void loadsAndRoundTrips(Path file) {
        Game g = GameReader.read(file);
        String text = GameWriter.write(g);
        Game back = GameReader.read(text, "written");
        assertEquals(g, back);
        assertEquals(text, GameWriter.write(back), "writing is a fixpoint");
        assertEquals(file.toString().endsWith(".nfg") ? StrategicGame.class : ExtensiveGame.class, g.getClass());
        assertTrue(GameJsonWriter.write(g).startsWith("{\"schema\":\"parley-game\""));
    }

    @Test
    void readsBothNfgVersions() {
        String payoffs = "NFG 1 R \"t\" { \"A\" \"B\" } { 2 1 }\n\"c\"\n1 2 3/4 -0.5\n";
        StrategicGame g = (StrategicGame) GameReader.read(payoffs, "p.nfg");
        assertEquals(Rational.of(3, 4), g.exactPayoff(0, 1));
        assertEquals(Rational.of(-1, 2), g.exactPayoff(1, 1));
        assertEquals("c", g.comment());
        String outcomes = "NFG 1 R \"t\" { \"A\" \"B\" }\n{ { \"x\" \"y\" } { \"z\" } }\n\"\"\n{\n{ \"o1\" 1, 2 }\n{ \"o2\" 3 4 }\n}\n2 0\n";
        StrategicGame h = (StrategicGame) GameReader.read(outcomes, "o.nfg");
        assertTrue(h.hasOutcomes());
        assertEquals(Rational.of(4), h.exactPayoff(1, 0));
        assertEquals(Rational.ZERO, h.exactPayoff(0, 1));
        assertEquals(h, GameReader.read(GameWriter.write(h), "w"));
    }

    @Test
    void escapesAndDuplicateLabels() {
        String efg = "EFG 2 R \"say \\\"hi\\\" \\\\ bye\" { \"P\" }\n\"\"\n"
                + "c \"same\" 1 \"\" { \"a\" 1/3 \"b\" 2/3 } 0\n"
                + "t \"same\" 1 \"o\" { 1 }\n"
                + "p \"same\" 1 1 \"i\" { \"x\" \"x\" } 0\n"
                + "t \"\" 1\n"
                + "t \"\" 2 \"p\" { .5 }\n";
        ExtensiveGame g = (ExtensiveGame) GameReader.read(efg, "dup.efg");
        assertEquals("say \"hi\" \\ bye", g.title());
        assertEquals(5, g.nodes().size());
        assertEquals(Rational.of(1), g.exactPayoff(g.terminals().get(1), 0), "outcome 1 reused without payoffs");
        assertEquals(Rational.of(1, 2), g.exactPayoff(g.terminals().get(2), 0));
        assertEquals(g, GameReader.read(GameWriter.write(g), "w"));
    }

    @Test
    void errorsCarryLocation() {
        GameFormatException e = assertThrows(GameFormatException.class,
                () -> GameReader.read("NFG 1 R \"t\" { \"A\" } { 2 }\n1 x\n", "bad.nfg"));
        assertEquals("bad.nfg", e.file());
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().startsWith("bad.nfg:2:3: "), e.getMessage());
        GameFormatException f = assertThrows(GameFormatException.class,
                () -> GameReader.read("EFG 2 R \"t\" { \"A\" }\np \"\" 2 1 \"\" { \"a\" } 0\nt \"\" 0\n", "bad.efg"));
        assertEquals(2, f.line());
        assertEquals(6, f.column());
        assertThrows(GameFormatException.class, () -> GameReader.read("EFG 2 R \"t\" { \"A\" }\np \"\" 1 1 \"\" { \"a\" \"b\" } 0\nt \"\" 0\n", "short.efg"));
        assertThrows(GameFormatException.class, () -> GameReader.read("NFG 1 R \"t\" { \"A\" } { 2 }\n1\n", "few.nfg"));
        assertThrows(GameFormatException.class, () -> GameReader.read("hello", "x"));
        assertThrows(GameFormatException.class, () -> GameReader.read("NFG 1 R \"unterminated", "x"));
    }

    @Test
    void hashIsFormattingIndependent() {
        ExtensiveGame e = TestGames.e04();
        Game spaced = GameReader.read(GameWriter.write(e).replace("\n", "\n  \n").replace(", ", " ,"), "spaced");
        assertEquals(e.hash(), spaced.hash());
        assertEquals(List.of("Player 1", "Player 2"), spaced.players().stream().map(p -> p.label()).toList());
    }
}
