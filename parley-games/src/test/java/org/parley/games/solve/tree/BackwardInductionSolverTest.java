package org.parley.games.solve.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.Game;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.Node;
import org.parley.games.Profile;
import org.parley.games.UnsupportedGameException;
import org.parley.games.io.GameReader;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.ExtensiveEquilibriumSolver;
import org.parley.games.solve.Representation;
import org.parley.games.solve.Solvers;
import org.parley.games.solve.seqform.ExtensiveSolverContractTest;
import org.parley.games.solve.seqform.Realization;
import org.parley.games.solve.seqform.TreeFixtures;

class BackwardInductionSolverTest extends ExtensiveSolverContractTest {
    private static Rational r(long p) {
        return Rational.of(p);
    }

    @Override
    protected ExtensiveEquilibriumSolver solver() {
        return new BackwardInductionSolver();
    }

    @Override
    protected List<ExtensiveGame> supportedGames() {
        return List.of(twoStage(), withChance(), ties(), TreeFixtures.randomPerfectInformation(3, 3, 5, false));
    }

    @Override
    protected List<ExtensiveGame> unsupportedGames() {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("hidden").players(List.of("1", "2"));
        var k = b.root().personal(0, 1, "", List.of("H", "T"));
        var a = k.get(0).personal(1, 1, "", List.of("H", "T"));
        var c = k.get(1).personal(1, 1, null, null);
        for (var d : List.of(a.get(0), a.get(1), c.get(0), c.get(1))) {
            d.outcome(b.addOutcome("", r(0), r(0)));
        }
        return List.of(b.build());
    }

    /**
     * Two stages: player 1 chooses L or R; after L player 2 chooses l (3,1) or r (0,0); after R she chooses
     * l (1,2) or r (2,1). By hand: player 2 plays l after L (1 &gt; 0) and l after R (2 &gt; 1); player 1 then
     * compares 3 with 1 and plays L. Path: root, L, the (3,1) leaf.
     */
    static ExtensiveGame twoStage() {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("two stages").players(List.of("1", "2"));
        var k = b.root().personal(0, 1, "", List.of("L", "R"));
        var afterL = k.get(0).personal(1, 1, "", List.of("l", "r"));
        var afterR = k.get(1).personal(1, 2, "", List.of("l", "r"));
        afterL.get(0).outcome(b.addOutcome("", r(3), r(1)));
        afterL.get(1).outcome(b.addOutcome("", r(0), r(0)));
        afterR.get(0).outcome(b.addOutcome("", r(1), r(2)));
        afterR.get(1).outcome(b.addOutcome("", r(2), r(1)));
        return b.build();
    }

    /** Chance 1/2–1/2: then player 1 picks x (2,0) or y (1,5), or player 2 picks u (0,1) or v (4,0). SPE: x, u; value (1, 1/2). */
    static ExtensiveGame withChance() {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("chance").players(List.of("1", "2"));
        var c = b.root().chance(1, "", List.of("A", "B"), List.of(Rational.of(1, 2), Rational.of(1, 2)));
        var p1 = c.get(0).personal(0, 1, "", List.of("x", "y"));
        var p2 = c.get(1).personal(1, 1, "", List.of("u", "v"));
        p1.get(0).outcome(b.addOutcome("", r(2), r(0)));
        p1.get(1).outcome(b.addOutcome("", r(1), r(5)));
        p2.get(0).outcome(b.addOutcome("", r(0), r(1)));
        p2.get(1).outcome(b.addOutcome("", r(4), r(0)));
        return b.build();
    }

    /**
     * Ties: player 1 chooses A (1,1) or B; after B player 2 chooses c (1,0) or d (0,0), indifferent. Pure SPE: (A,c),
     * (B,c) (player 1 indifferent when c follows) and (A,d): three. Lowest-action rule: (A,c).
     */
    static ExtensiveGame ties() {
        ExtensiveGame.Builder b = ExtensiveGame.builder().title("ties").players(List.of("1", "2"));
        var k = b.root().personal(0, 1, "", List.of("A", "B"));
        k.get(0).outcome(b.addOutcome("", r(1), r(1)));
        var p2 = k.get(1).personal(1, 1, "", List.of("c", "d"));
        p2.get(0).outcome(b.addOutcome("", r(1), r(0)));
        p2.get(1).outcome(b.addOutcome("", r(0), r(0)));
        return b.build();
    }

    private static List<Rational> flat(long... v) {
        List<Rational> l = new ArrayList<>();
        for (long x : v) {
            l.add(r(x));
        }
        return l;
    }

    @Test
    void twoStageByHand() {
        BackwardInductionSolver.Solution s = new BackwardInductionSolver().solveTree(twoStage());
        assertTrue(s.isVerified());
        BackwardInductionSolver.Equilibrium e = s.equilibria().get(0);
        assertEquals(flat(1, 0, 1, 0, 1, 0), e.profile().toFlatExact());
        assertEquals(List.of(r(3), r(1)), e.values());
        List<Integer> path = e.path().stream().map(p -> p.node().index()).toList();
        assertEquals(List.of(0, 1, 2), path);
        assertEquals(1, e.outcomes().size());
        assertEquals(Representation.TREE, s.result().representation());
    }

    @Test
    void chanceNodesAverageAndBothBranchesAreOnThePath() {
        BackwardInductionSolver.Equilibrium e = new BackwardInductionSolver().solveTree(withChance()).equilibria().get(0);
        assertEquals(flat(1, 0, 1, 0), e.profile().toFlatExact());
        assertEquals(List.of(r(1), Rational.of(1, 2)), e.values());
        List<BackwardInductionSolver.PathNode> leaves = e.outcomes();
        assertEquals(2, leaves.size());
        assertTrue(leaves.stream().allMatch(p -> p.probability().equals(Rational.of(1, 2))));
    }

    @Test
    void tiesLowestActionAndAllPure() {
        BackwardInductionSolver.Solution one = new BackwardInductionSolver().solveTree(ties());
        assertEquals(1, one.equilibria().size());
        assertEquals(flat(1, 0, 1, 0), one.equilibria().get(0).profile().toFlatExact());
        BackwardInductionSolver.Solution all = new BackwardInductionSolver(BackwardInductionSolver.Options.all(100)).solveTree(ties());
        assertTrue(all.complete());
        assertTrue(all.isVerified());
        HashSet<List<Rational>> got = new HashSet<>();
        for (Profile p : all.result().profiles()) {
            got.add(p.toFlatExact());
        }
        assertEquals(java.util.Set.of(flat(1, 0, 1, 0), flat(0, 1, 1, 0), flat(1, 0, 0, 1)), got);
        BackwardInductionSolver.Solution capped = new BackwardInductionSolver(BackwardInductionSolver.Options.all(2)).solveTree(ties());
        assertFalse(capped.complete());
        assertTrue(capped.equilibria().size() <= 2);
    }

    /** The ties fixture: player 2 is indifferent between c and d; with c below, player 1 between A and B. */
    @Test
    void indifferencesAreReported() {
        ExtensiveGame g = ties();
        BackwardInductionSolver.Equilibrium e = new BackwardInductionSolver().solveTree(g).equilibria().get(0);
        List<BackwardInductionSolver.Indifference> ind = e.indifferences();
        assertEquals(2, ind.size());
        assertEquals(g.root(), ind.get(0).node());
        assertEquals("A", ind.get(0).chosen().label());
        assertEquals(List.of("B"), ind.get(0).alsoOptimal().stream().map(a -> a.label()).toList());
        assertEquals("c", ind.get(1).chosen().label());
        assertTrue(new BackwardInductionSolver().solveTree(twoStage()).equilibria().get(0).indifferences().isEmpty());
    }

    @Test
    void oneSubgameAlone() {
        ExtensiveGame g = twoStage();
        BackwardInductionSolver.SubgameSolution afterR = BackwardInductionSolver.solveSubgame(g.root().children().get(1));
        assertEquals(List.of(r(1), r(2)), afterR.values());
        assertEquals("l", afterR.choiceAt(g.root().children().get(1)).label());
        assertEquals(1, afterR.choices().size());
        BackwardInductionSolver.SubgameSolution leaf = BackwardInductionSolver.solveSubgame(
                g.root().children().get(0).children().get(1));
        assertEquals(List.of(r(0), r(0)), leaf.values());
        assertTrue(leaf.choices().isEmpty());
        assertEquals(List.of(r(3), r(1)), BackwardInductionSolver.solveSubgame(g.root()).values());
        ExtensiveGame hidden = unsupportedGames().get(0);
        assertThrows(UnsupportedGameException.class, () -> BackwardInductionSolver.solveSubgame(hidden.root()));
    }

    @Test
    void optionsAndRegistration() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BackwardInductionSolver.Options(BackwardInductionSolver.Mode.ONE, 0));
        assertTrue(e.getMessage().contains("maxEquilibria"));
        var entry = Solvers.byName("spe").orElseThrow();
        assertTrue(entry.description().contains("no Gambit equivalent"));
        assertInstanceOf(BackwardInductionSolver.class, entry.extensiveSolver(Arithmetic.EXACT).orElseThrow());
        UnsupportedGameException u = assertThrows(UnsupportedGameException.class, () -> entry.solve(unsupportedGames().get(0), Arithmetic.EXACT));
        assertTrue(u.getMessage().contains("perfect information"));
    }

    /** Seeded random perfect-information trees with chance and 2–3 players, with and without many ties. */
    @Test
    void randomTrees() {
        for (long seed = 1; seed <= 60; seed++) {
            boolean manyTies = seed % 2 == 0;
            ExtensiveGame g = TreeFixtures.randomPerfectInformation(seed, 2 + (int) (seed % 2), 5, manyTies);
            BackwardInductionSolver.Solution one = new BackwardInductionSolver().solveTree(g);
            assertTrue(one.isVerified(), "seed " + seed);
            BackwardInductionSolver.Solution all = new BackwardInductionSolver(BackwardInductionSolver.Options.all(200)).solveTree(g);
            assertTrue(all.isVerified(), "seed " + seed);
            List<Profile> profiles = all.result().profiles();
            assertEquals(profiles.size(), new HashSet<>(profiles).size(), "seed " + seed + ": duplicates");
            if (all.complete()) {
                assertTrue(profiles.contains(one.result().profiles().get(0)), "seed " + seed);
            }
            // the path's terminal probabilities sum to 1 and the root value is their weighted payoff
            BackwardInductionSolver.Equilibrium e = one.equilibria().get(0);
            Rational total = Rational.ZERO;
            Rational u0 = Rational.ZERO;
            for (BackwardInductionSolver.PathNode p : e.outcomes()) {
                total = total.add(p.probability());
                u0 = u0.add(p.probability().multiply(g.exactPayoff(p.node(), 0)));
            }
            assertEquals(Rational.ONE, total);
            assertEquals(e.values().get(0), u0);
        }
    }

    /**
     * Perfect-information games of the Gambit catalogue: every pure subgame-perfect equilibrium is a pure Nash
     * equilibrium, so it must appear (up to realization equivalence) among Gambit's enumpure answers.
     */
    @Test
    void catalogueSpeAreAmongGambitsPureEquilibria() throws IOException {
        String shared = System.getProperty("parley.shared.dir");
        Path dir = shared == null ? null : Path.of(shared, "games", "gambit");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir), "Gambit corpus not found: set parley.shared.dir");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".efg")).sorted().toList();
        }
        int compared = 0;
        for (Path f : files) {
            Game g0 = GameReader.read(f);
            if (!(g0 instanceof ExtensiveGame g) || !g.type().perfectInformation()) {
                continue;
            }
            BackwardInductionSolver.Solution all = new BackwardInductionSolver(BackwardInductionSolver.Options.all(1000)).solveTree(g);
            assertTrue(all.isVerified(), f.toString());
            Path exp = dir.resolve("expected").resolve(f.getFileName() + ".enumpure.txt");
            if (!Files.exists(exp) || g.numPlayers() != 2) {
                continue;
            }
            List<MixedBehaviorProfile> theirs = new ArrayList<>();
            for (String l : Files.readAllLines(exp)) {
                if (l.startsWith("NE,")) {
                    theirs.add(MixedBehaviorProfile.ofExactFlat(g, Stream.of(l.substring(3).split(",")).map(Rational::parse).toList()));
                }
            }
            if (theirs.isEmpty()) {
                System.out.println("[spe] " + f.getFileName() + ": verified; Gambit's enumpure gave no answer to compare");
                continue;
            }
            for (Profile p : all.result().profiles()) {
                assertTrue(theirs.stream().anyMatch(t -> Realization.equivalent(t, (MixedBehaviorProfile) p)),
                        f.getFileName() + ": SPE " + p + " not among Gambit's pure equilibria");
            }
            compared++;
            System.out.println("[spe] " + f.getFileName() + ": " + all.equilibria().size() + " pure SPE, all among Gambit's "
                    + theirs.size() + " pure equilibria");
        }
        assertTrue(compared > 0);
    }

    @Test
    void pathStartsAtTheRoot() {
        BackwardInductionSolver.Equilibrium e = new BackwardInductionSolver().solveTree(twoStage()).equilibria().get(0);
        Node root = e.path().get(0).node();
        assertEquals(null, root.parent());
        assertEquals(Rational.ONE, e.path().get(0).probability());
    }
}
