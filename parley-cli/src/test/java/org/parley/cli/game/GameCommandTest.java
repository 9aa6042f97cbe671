package org.parley.cli.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.games.Game;
import org.parley.games.StrategicGame;
import org.parley.games.io.GameReader;
import picocli.CommandLine;

class GameCommandTest {
    /** Kreps–Wilson (Gambit catalogue e04.efg): Gambit's enumpure prints NE,1,0,0,1,0 and NE,0,0,1,0,1. */
    static final String E04 = """
            EFG 2 R "Kreps-Wilson" { "Player 1" "Player 2" }
            ""

            p "" 1 1 "(1,1)" { "A" "R" "L" } 0
            t "" 1 "Outcome 1" { 0, 0 }
            p "" 2 1 "(2,1)" { "R" "L" } 0
            t "" 2 "Outcome 2" { -1, 2 }
            t "" 3 "Outcome 3" { -1, 0 }
            p "" 2 1 "(2,1)" { "R" "L" } 0
            t "" 4 "Outcome 4" { -2, -2 }
            t "" 5 "Outcome 5" { 3, -1 }
            """;

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = GameCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void solvePrintsGambitLines() throws IOException {
        Path f = file("e04.efg", E04);
        Run r = run("solve", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("NE,1,0,0,1,0\nNE,0,0,1,0,1\n", r.out().replace("\r\n", "\n"));
        assertEquals("", r.err());
    }

    @Test
    void solveJsonAndCsv() throws IOException {
        Path f = file("e04.efg", E04);
        Run j = run("solve", f.toString(), "--method", "enumpure", "--exact", "--format", "json");
        assertEquals(0, j.code(), j.err());
        var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(j.out());
        assertEquals("equilibria", doc.get("kind").asText(), j.out());
        assertEquals("enumpure", doc.at("/result/method").asText(), j.out());
        assertTrue(doc.at("/result/verified").asBoolean(), j.out());
        Run c = run("solve", f.toString(), "--format", "csv");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().startsWith("equilibrium,player,infoset,action,probability,max_regret"), c.out());
        assertEquals(1 + 2 * 5, c.out().lines().count());
    }

    @Test
    void badFileGivesLocatedErrorAndExit2() throws IOException {
        Path f = file("bad.nfg", "NFG 1 R \"t\" { \"A\" } { 2 }\n1 oops\n");
        Run r = run("solve", f.toString());
        assertEquals(2, r.code());
        assertEquals(f + ":2:3: expected payoff (a number), found 'oops'", r.err().trim());
        assertFalse(r.err().contains("at org."), "no stack trace");
        Run missing = run("info", dir.resolve("nope.efg").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("cannot read"), missing.err());
    }

    @Test
    void unknownOrUnavailableMethodIsUsageError() throws IOException {
        Path f = file("e04.efg", E04);
        Run r = run("solve", f.toString(), "--method", "nosuch");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown method 'nosuch'") && r.err().contains("enumpure"), r.err());
    }

    @Test
    void helpListsAllMethods() {
        Run r = run("solve", "--help");
        assertEquals(0, r.code());
        for (String m : new String[] {"enumpure", "enummixed", "lcp", "lp", "logit", "simpdiv", "gnm"}) {
            assertTrue(r.out().contains(m), m + " missing from help:\n" + r.out());
        }
    }

    @Test
    void infoDescribesTree() throws IOException {
        Path f = file("e04.efg", E04);
        Run r = run("info", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("nodes: 8 (5 terminal)"), r.out());
        assertTrue(r.out().contains("player 2 \"Player 2\": 1 information sets, 2 actions, 2 decision nodes, 2 reduced strategies"), r.out());
        assertTrue(r.out().contains("perfect recall: yes"), r.out());
    }

    @Test
    void convertBetweenForms() throws IOException {
        Path f = file("e04.efg", E04);
        Run nfg = run("convert", f.toString(), "--to", "nfg");
        assertEquals(0, nfg.code(), nfg.err());
        StrategicGame s = (StrategicGame) GameReader.read(nfg.out(), "converted");
        assertEquals(6, s.numCells());
        Path nf = file("e04.nfg", nfg.out());
        Run efg = run("convert", nf.toString(), "--to", "efg");
        assertEquals(0, efg.code(), efg.err());
        Game tree = GameReader.read(efg.out(), "tree");
        assertEquals(2, tree.numPlayers());
        // the tree of the table has the table as its reduced strategic form (same payoffs)
        Run again = run("solve", file("t.efg", efg.out()).toString());
        assertEquals("NE,1,0,0,1,0\nNE,0,0,1,0,1\n", again.out().replace("\r\n", "\n"));
        Run json = run("convert", f.toString(), "--to", "json");
        assertTrue(json.out().contains("\"form\":\"extensive\""), json.out());
    }

    @Test
    void jsonOutputsParse() throws IOException {
        Path f = file("e04.efg", E04);
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        var game = m.readTree(run("convert", f.toString(), "--to", "json").out());
        assertEquals(8, game.get("nodes").size());
        assertEquals("3", game.get("outcomes").get(4).get("payoffs").get(0).asText());
        String json = run("solve", f.toString(), "--format", "json").out();
        var result = m.readTree(json).get("result");
        assertEquals(2, result.get("equilibria").size());
        assertEquals("0", result.get("equilibria").get(0).get("exactMaxRegret").asText());
        assertEquals(game.get("hash").asText(), result.get("gameHash").asText());
        // read back against the game, every profile verified again
        Game g = GameReader.read(f);
        var back = org.parley.views.json.ParleyJson.read(json, org.parley.views.json.Documents.Equilibria.class,
                org.parley.views.json.KnownGames.of(g));
        assertEquals(2, back.result().equilibria().size());
        assertEquals(json.strip(), org.parley.views.json.ParleyJson.write(back));
    }

    /** Regression: simpdiv on nim7.efg (Gambit catalogue) used to end with no equilibrium, exit 0, nothing printed. */
    @Test
    void methodThatFindsNothingFailsLoudly() {
        Path nim7 = Path.of(System.getProperty("parley.shared.dir", "../../shared"), "games", "gambit", "nim7.efg");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(nim7), "shared Gambit catalogue absent: " + nim7);
        Run r = run("solve", nim7.toString(), "--method", "simpdiv");
        // simpdiv's reduced-form run on nim7 exhausts its pivot budget (Gambit itself refuses this file).
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().isBlank(), r.out());
        assertTrue(r.err().contains("simpdiv found no equilibrium"), r.err());
    }

    /** Issue 3: equilibria of extensive games come as behaviour strategies and as mixed strategies of the reduced form. */
    @Test
    void jsonGivesBehaviourAndReducedMixedForTrees() throws IOException {
        // Player 1 moves twice (L/R, then a/b after L): 4 actions but 3 reduced strategies (La, Lb, R*).
        Path f = file("two-moves.efg", """
                EFG 2 R "two moves" { "P1" "P2" }
                ""

                p "" 1 1 "root" { "L" "R" } 0
                p "" 1 2 "second" { "a" "b" } 0
                t "" 1 "La" { 3, 0 }
                t "" 2 "Lb" { 0, 0 }
                p "" 2 1 "p2" { "x" "y" } 0
                t "" 3 "Rx" { 1, 1 }
                t "" 4 "Ry" { 2, 0 }
                """);
        var m = new com.fasterxml.jackson.databind.ObjectMapper();
        Run r = run("solve", f.toString(), "--method", "enumpure", "--format", "json");
        assertEquals(0, r.code(), r.err());
        var eqs = m.readTree(r.out()).at("/result/equilibria");
        assertEquals(2, eqs.size(), r.out()); // (La, x) and (La, y): P2 is never reached
        for (var e : eqs) {
            assertEquals("behavior", e.at("/profile/kind").asText());
            assertEquals(6, e.at("/profile/values").size());
            assertEquals("mixed", e.at("/mixed/kind").asText());
            var mixed = e.at("/mixed/values");
            // P1 plays the reduced strategy "L then a" for sure
            assertEquals("1,0,0", mixed.get(0).asText() + "," + mixed.get(1).asText() + "," + mixed.get(2).asText(), e.toString());
            assertEquals(5, mixed.size());
        }
    }

    /** Beer-quiche (Cho & Kreps 1987), the engine's known answer: four pooling PBE (see PerfectBayesianEquilibriumSolverTest). */
    static final String BEER_QUICHE = """
            EFG 2 R "Beer-quiche" { "sender" "receiver" }
            ""

            c "" 1 "type" { "strong" 9/10 "weak" 1/10 } 0
            p "" 1 1 "strong" { "beer" "quiche" } 0
            p "" 2 1 "after beer" { "duel" "no duel" } 0
            t "" 1 "" { 1, 0 }
            t "" 2 "" { 3, 1 }
            p "" 2 2 "after quiche" { "duel" "no duel" } 0
            t "" 3 "" { 0, 0 }
            t "" 4 "" { 2, 1 }
            p "" 1 2 "weak" { "beer" "quiche" } 0
            p "" 2 1 "after beer" { "duel" "no duel" } 0
            t "" 5 "" { 0, 1 }
            t "" 6 "" { 2, 0 }
            p "" 2 2 "after quiche" { "duel" "no duel" } 0
            t "" 7 "" { 1, 1 }
            t "" 8 "" { 3, 0 }
            """;

    @Test
    void pbeSolvesASignallingGameFile() throws IOException {
        Path f = file("beer-quiche.efg", BEER_QUICHE);
        Run r = run("solve", f.toString(), "--method", "pbe");
        assertEquals(0, r.code(), r.err());
        assertEquals(java.util.List.of("NE,0,1,0,1,1,0,0,1", "NE,0,1,0,1,3/4,1/4,0,1", "NE,1,0,1,0,0,1,1,0",
                "NE,1,0,1,0,0,1,3/4,1/4"), r.out().lines().toList());
        Run wrongShape = run("solve", file("e04.efg", E04).toString(), "--method", "pbe");
        assertEquals(2, wrongShape.code());
        assertTrue(wrongShape.err().contains("a sender-receiver game needs"), wrongShape.err());
    }

    @Test
    void qreAtAGivenLambda() throws IOException {
        Path f = file("one.efg", """
                EFG 2 R "one decision" { "P1" "P2" }
                ""

                p "" 1 1 "root" { "L" "R" } 0
                t "" 1 "L" { 0, 0 }
                t "" 2 "R" { 1, 0 }
                """);
        Run zero = run("solve", f.toString(), "--method", "qre", "--lambda", "0");
        assertEquals(0, zero.code(), zero.err());
        assertEquals("0,0.5,0.5", zero.out().trim());
        // P(R) = e^λ / (1 + e^λ) = 3/4 at λ = ln 3
        Run json = run("solve", f.toString(), "--method", "qre", "--lambda", Double.toString(Math.log(3)), "--format", "json");
        assertEquals(0, json.code(), json.err());
        var t = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertEquals("qre", t.get("kind").asText());
        assertEquals(0.75, t.at("/result/profile/values/1").asDouble(), 1e-15);
        assertTrue(t.at("/result/residual").asDouble() <= t.at("/result/tolerance").asDouble());
        assertEquals("qre", t.at("/result/method").asText());
        // read back against the game: the logit residual is recomputed
        var back = org.parley.views.json.ParleyJson.read(json.out(), org.parley.views.json.Documents.Qre.class,
                org.parley.views.json.KnownGames.of(GameReader.read(f)));
        assertEquals(json.out().strip(), org.parley.views.json.ParleyJson.write(back));
        assertEquals(2, run("solve", f.toString(), "--method", "qre", "--lambda", "-1").code());
        Run imperfect = run("solve", file("e04.efg", E04).toString(), "--method", "qre");
        assertEquals(2, imperfect.code());
        assertTrue(imperfect.err().contains("perfect information"), imperfect.err());
    }
}
