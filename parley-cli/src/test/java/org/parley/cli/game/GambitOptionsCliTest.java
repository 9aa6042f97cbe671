package org.parley.cli.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gambit's method options on {@code parley game solve} (issue 11, item 4): each changes what it should. */
class GambitOptionsCliTest {
    /** 3x3 coordination game (3,2,1 on the diagonal): 7 equilibria, 3 pure, all reachable by Lemke–Howson. */
    static final String COORD3 = """
            NFG 1 R "coordination" { "P1" "P2" } { 3 3 }
            3 3 0 0 0 0 0 0 2 2 0 0 0 0 0 0 1 1
            """;

    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** JSON output without whitespace, for looking up fields. */
    static String compact(GameCommandTest.Run r) {
        return r.out().replaceAll("\\s", "");
    }

    static List<String> lines(GameCommandTest.Run r) {
        return r.out().lines().toList();
    }

    @Test
    void lcpEquilibriaAndStartLabel() throws IOException {
        String f = file("coord3.nfg", COORD3).toString();
        GameCommandTest.Run all = GameCommandTest.run("solve", f, "-m", "lcp");
        assertEquals(0, all.code(), all.err());
        assertEquals(7, lines(all).size(), all.out());
        GameCommandTest.Run one = GameCommandTest.run("solve", f, "-m", "lcp", "-e", "1");
        assertEquals(0, one.code());
        assertEquals(List.of("NE,1,0,0,1,0,0"), lines(one));
        Set<String> ends = new HashSet<>();
        for (int k = 1; k <= 6; k++) {
            GameCommandTest.Run r = GameCommandTest.run("solve", f, "-m", "lcp", "--equilibria", "1", "--start-label", Integer.toString(k));
            assertEquals(0, r.code(), r.err());
            assertEquals(1, lines(r).size());
            ends.add(r.out());
        }
        assertTrue(ends.size() >= 2, "different start labels reach different equilibria: " + ends);
        GameCommandTest.Run two = GameCommandTest.run("solve", f, "-m", "lcp", "-e", "2");
        assertEquals(lines(all).subList(0, 2), lines(two));
        GameCommandTest.Run bad = GameCommandTest.run("solve", f, "-m", "lcp", "-e", "1", "--start-label", "7");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--start-label 7 exceeds"), bad.err());
        GameCommandTest.Run negative = GameCommandTest.run("solve", f, "-m", "lcp", "-e", "-1");
        assertEquals(2, negative.code());
        assertTrue(negative.err().contains("equilibria must be >= 0"), negative.err());
    }

    @Test
    void decimals() throws IOException {
        String f = file("coord3.nfg", COORD3).toString();
        GameCommandTest.Run r = GameCommandTest.run("solve", f, "-m", "lcp", "-d", "3");
        assertEquals(0, r.code());
        assertTrue(lines(r).contains("NE,0.400,0.600,0.000,0.400,0.600,0.000"), r.out());
        GameCommandTest.Run exact = GameCommandTest.run("solve", f, "-m", "lcp", "--exact");
        assertTrue(lines(GameCommandTest.run("solve", f, "-m", "lcp", "--exact", "-d", "1")).contains("NE,0.4,0.6,0.0,0.4,0.6,0.0"));
        assertTrue(lines(exact).contains("NE,2/5,3/5,0,2/5,3/5,0"), exact.out());
        assertEquals(2, GameCommandTest.run("solve", f, "-d", "-1").code());
    }

    @Test
    void logitLambdaBranchStepAndMaxLambda() throws IOException {
        String f = file("coord3.nfg", COORD3).toString();
        GameCommandTest.Run at0 = GameCommandTest.run("solve", f, "-m", "logit", "--lambda", "0", "-d", "4");
        assertEquals(0, at0.code(), at0.err());
        assertEquals(List.of("0.0000,0.3333,0.3333,0.3333,0.3333,0.3333,0.3333"), lines(at0));
        GameCommandTest.Run at2 = GameCommandTest.run("solve", f, "-m", "logit", "--lambda", "2");
        double[] p = Arrays.stream(at2.out().trim().split(",")).mapToDouble(Double::parseDouble).toArray();
        assertEquals(2.0, p[0], 0.0);
        assertTrue(p[1] > p[2] && p[2] > p[3], "QRE favours the better coordination: " + at2.out());
        GameCommandTest.Run branch = GameCommandTest.run("solve", f, "-m", "logit", "--branch");
        assertEquals(0, branch.code(), branch.err());
        List<String> b = lines(branch);
        assertTrue(b.size() > 5 && b.get(0).startsWith("0,") && b.get(b.size() - 1).startsWith("NE,"), branch.out());
        GameCommandTest.Run end = GameCommandTest.run("solve", f, "-m", "logit");
        assertEquals(b.get(b.size() - 1), end.out().trim(), "the branch ends at the end point");
        GameCommandTest.Run bigStep = GameCommandTest.run("solve", f, "-m", "logit", "--branch", "--step", "0.5");
        assertNotEquals(b.get(1), lines(bigStep).get(1), "the first step is the given one");
        GameCommandTest.Run capped = GameCommandTest.run("solve", f, "-m", "logit", "--branch", "--max-lambda", "1");
        List<String> c = lines(capped);
        double lastLambda = Double.parseDouble(c.get(c.size() - 1).split(",")[0]);
        assertTrue(lastLambda >= 1 && lastLambda < 2, "tracing stops once lambda reaches 1: " + capped.out());
        assertEquals(1, capped.code(), "at lambda 1 the point is no equilibrium, so the end point fails verification");
        assertEquals(2, GameCommandTest.run("solve", f, "-m", "logit", "--lambda", "-1").code());
        assertEquals(2, GameCommandTest.run("solve", f, "-m", "logit", "--step", "0").code());
        assertEquals(2, GameCommandTest.run("solve", f, "-m", "logit", "--branch", "-f", "json").code());
    }

    @Test
    void perturbationsAndSeedAreRecorded() throws IOException {
        String f = file("coord3.nfg", COORD3).toString();
        GameCommandTest.Run one = GameCommandTest.run("solve", f, "-m", "gnm");
        GameCommandTest.Run four = GameCommandTest.run("solve", f, "-m", "gnm", "-n", "4", "--seed", "3");
        assertEquals(0, four.code(), four.err());
        assertTrue(lines(four).size() >= lines(one).size());
        assertTrue(lines(four).containsAll(lines(GameCommandTest.run("solve", f, "-m", "gnm", "--seed", "3"))));
        GameCommandTest.Run json = GameCommandTest.run("solve", f, "-m", "gnm", "-n", "4", "--seed", "3", "-f", "json");
        assertTrue(compact(json).contains("\"perturbations\":4") && compact(json).contains("\"seed\":3"), json.out());
        assertEquals(2, GameCommandTest.run("solve", f, "-m", "gnm", "-n", "0").code());
        GameCommandTest.Run liap = GameCommandTest.run("solve", f, "-m", "liap", "-n", "3", "--seed", "5", "-f", "json");
        assertEquals(0, liap.code(), liap.err());
        assertTrue(compact(liap).contains("\"starts\":3") && compact(liap).contains("\"seed\":5"), liap.out());
        
        GameCommandTest.Run ipa = GameCommandTest.run("solve", f, "-m", "ipa", "-n", "2", "--seed", "9", "-f", "json");
        assertEquals(0, ipa.code(), ipa.err());
        assertTrue(compact(ipa).contains("\"perturbations\":2") && compact(ipa).contains("\"seed\":9"), ipa.out());
        GameCommandTest.Run misplaced = GameCommandTest.run("solve", f, "-m", "lcp", "--seed", "3");
        assertEquals(2, misplaced.code());
        assertTrue(misplaced.err().contains("option --seed applies to gnm, ipa, liap only, not to lcp"), misplaced.err());
    }

    @Test
    void simpdivRefinement() throws IOException {
        String f = file("coord3.nfg", COORD3).toString();
        GameCommandTest.Run r = GameCommandTest.run("solve", f, "-m", "simpdiv", "-g", "4", "-f", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(compact(r).contains("\"refinement\":4.0"), r.out());
        GameCommandTest.Run bad = GameCommandTest.run("solve", f, "-m", "simpdiv", "-g", "1");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("refinement must be in [1.5, 64], was 1.0"), bad.err());
    }

    @Test
    void strategicFormForTrees() throws IOException {
        String f = file("e04.efg", GameCommandTest.E04).toString();
        GameCommandTest.Run tree = GameCommandTest.run("solve", f, "-m", "lcp");
        GameCommandTest.Run strategic = GameCommandTest.run("solve", f, "-m", "lcp", "-S");
        assertEquals(0, tree.code(), tree.err());
        assertEquals(0, strategic.code(), strategic.err());
        assertEquals(1, lines(tree).size(), "sequence form: one equilibrium");
        assertEquals(3, lines(strategic).size(), "reduced strategic form: all reachable: " + strategic.out());
        GameCommandTest.Run json = GameCommandTest.run("solve", f, "-m", "logit", "-S", "-f", "json");
        assertTrue(compact(json).contains("\"representation\":\"STRATEGIC\""), json.out());
    }
}
