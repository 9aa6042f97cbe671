package org.parley.games.solve.seqform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parley.games.ExtensiveGame;
import org.parley.games.Game;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.UnsupportedGameException;
import org.parley.games.io.GameReader;
import org.parley.games.numeric.Rational;
import org.parley.games.solve.Equilibrium;
import org.parley.games.verify.Regret;
import org.parley.games.verify.Tolerance;

/**
 * Conformance of the sequence-form methods with Gambit's {@code gambit-lcp} and {@code gambit-lp} on every
 * two-player .efg file of the catalogue ({@code ${parley.shared.dir}/games/gambit}). For each game and method:
 * the result must be verified (zero regret, exactly); when Gambit printed one equilibrium, ours must equal it
 * entry by entry ("exact"), or agree up to realization equivalence ("equivalent": the same realization plans,
 * different but irrelevant numbers at information sets the player's own plan never reaches), or be another
 * equilibrium ("other"), which is accepted only when Gambit's own profile also has zero regret, i.e. the game
 * has several equilibria and the two Lemke paths (different start and covering vector) end at different ones.
 * Imperfect-recall games must be refused, and lp must refuse non-constant-sum games as Gambit does. Each case
 * has a time budget (property {@code parley.seqform.budgetSeconds}, default 20); over budget it is skipped
 * with a printed reason. A summary table is printed at the end.
 */
class SequenceFormConformanceTest {
    private static final long BUDGET_MS = Long.getLong("parley.seqform.budgetSeconds", 20) * 1000;
    private static final List<String> SUMMARY = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "seqform-conformance");
        t.setDaemon(true);
        return t;
    });

    @AfterAll
    static void summary() {
        synchronized (SUMMARY) {
            long exact = SUMMARY.stream().filter(s -> s.contains(" exact")).count();
            long equiv = SUMMARY.stream().filter(s -> s.contains(" equivalent")).count();
            long other = SUMMARY.stream().filter(s -> s.contains(" other")).count();
            long skipped = SUMMARY.stream().filter(s -> s.contains(" skipped")).count();
            System.out.println("[seqform-conformance] exact " + exact + ", equivalent " + equiv + ", other equilibrium "
                    + other + ", skipped " + skipped + ", total " + SUMMARY.size());
            SUMMARY.stream().sorted().forEach(s -> System.out.println("[seqform-conformance] " + s));
        }
    }

    private static Path corpus() {
        String shared = System.getProperty("parley.shared.dir");
        if (shared == null) {
            return null;
        }
        Path d = Path.of(shared, "games", "gambit");
        return Files.isDirectory(d) ? d : null;
    }

    @TestFactory
    Stream<DynamicTest> catalogue() throws IOException {
        Path dir = corpus();
        Assumptions.assumeTrue(dir != null, "Gambit corpus not found: set parley.shared.dir to the shared material");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".efg")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            tests.add(DynamicTest.dynamicTest("lcp " + name, () -> lcpCase(dir, f, name)));
            tests.add(DynamicTest.dynamicTest("lp " + name, () -> lpCase(dir, f, name)));
        }
        return tests.stream();
    }

    private static ExtensiveGame twoPlayer(Path f, String what) {
        Game g = GameReader.read(f);
        if (!(g instanceof ExtensiveGame e) || g.numPlayers() != 2) {
            SUMMARY.add(what + " skipped: " + g.numPlayers() + " players (the sequence form is for two)");
            Assumptions.abort(what + ": not a two-player tree");
            return null;
        }
        return e;
    }

    private static <T> T withBudget(String what, Supplier<T> task) throws Exception {
        Future<T> fut = POOL.submit(task::get);
        try {
            return fut.get(BUDGET_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            fut.cancel(true);
            SUMMARY.add(what + " skipped: over the " + BUDGET_MS / 1000 + " s budget");
            Assumptions.abort(what + ": over the " + BUDGET_MS / 1000 + " s budget");
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static void lcpCase(Path dir, Path f, String name) throws Exception {
        String what = "lcp " + name;
        ExtensiveGame g = twoPlayer(f, what);
        if (!g.perfectRecall()) {
            assertThrows(UnsupportedGameException.class, () -> new SequenceFormLcpSolver().solve(g));
            SUMMARY.add(what + " refused: imperfect recall (as Gambit)");
            return;
        }
        SequenceFormLcpSolver.Solution s = withBudget(what, () -> new SequenceFormLcpSolver().solveSequenceForm(g));
        assertTrue(s.isVerified(), what + ": not verified: " + s.result().rejected());
        MixedBehaviorProfile ours = (MixedBehaviorProfile) s.result().profiles().get(0);
        String path = s.start() == SequenceFormLcpSolver.Start.ORIGIN ? "" : " [fell back to the first-actions start]";
        compare(dir, g, name, "lcp", ours, what + path);
    }

    private static void lpCase(Path dir, Path f, String name) throws Exception {
        String what = "lp " + name;
        ExtensiveGame g = twoPlayer(f, what);
        if (!g.perfectRecall()) {
            assertThrows(UnsupportedGameException.class, () -> new SequenceFormLpSolver().solve(g));
            SUMMARY.add(what + " refused: imperfect recall (as Gambit)");
            return;
        }
        if (!g.type().constantSum()) {
            assertThrows(UnsupportedGameException.class, () -> new SequenceFormLpSolver().solve(g));
            SUMMARY.add(what + " refused: not constant-sum (as Gambit)");
            return;
        }
        SequenceFormLpSolver.Solution s = withBudget(what, () -> new SequenceFormLpSolver().solveSequenceForm(g));
        assertTrue(s.isVerified(), what + ": not verified: " + s.result().rejected());
        MixedBehaviorProfile ours = (MixedBehaviorProfile) s.result().profiles().get(0);
        assertEquals(s.value(), Regret.exactExpectedPayoffs(ours).get(0), what + ": LP value is not player 1's payoff");
        compare(dir, g, name, "lp", ours, what);
    }

    private static void compare(Path dir, ExtensiveGame g, String name, String method, MixedBehaviorProfile ours, String what) {
        List<MixedBehaviorProfile> theirs = expected(dir, g, name + "." + method + ".txt");
        if (theirs.size() != 1) {
            SUMMARY.add(what + " verified; no single Gambit equilibrium to compare (Gambit printed " + theirs.size() + ")");
            return;
        }
        MixedBehaviorProfile t = theirs.get(0);
        if (t.toFlatExact().equals(ours.toFlatExact())) {
            SUMMARY.add(what + " exact");
        } else if (Realization.equivalent(t, ours)) {
            SUMMARY.add(what + " equivalent (differs only at information sets its player's plan never reaches)");
        } else {
            Equilibrium e = Equilibrium.check(t, Tolerance.EXACT);
            if (!e.verified()) {
                fail(what + ": differs from Gambit's " + t + ", which is not an equilibrium by our check (regret "
                        + e.exactMaxRegret() + ")");
            }
            if (method.equals("lp")) {
                // minimax: all optimal strategy pairs of a constant-sum game give the same payoffs
                assertEquals(Realization.payoffs(t), Realization.payoffs(ours), what + ": value differs from Gambit's");
                SUMMARY.add(what + " other equilibrium: same value " + Realization.payoffs(ours) + "; the LP has several optimal"
                        + " solutions and G2's Bland-rule simplex stops at a different optimal vertex than Gambit's");
            } else {
                SUMMARY.add(what + " other equilibrium: Gambit " + Realization.payoffs(t) + " vs Parley " + Realization.payoffs(ours)
                        + " (both zero regret; the game has several equilibria and the Lemke paths end at different ones)");
            }
        }
    }

    private static List<MixedBehaviorProfile> expected(Path dir, ExtensiveGame g, String file) {
        Path p = dir.resolve("expected").resolve(file);
        if (!Files.exists(p)) {
            return List.of();
        }
        try {
            List<MixedBehaviorProfile> out = new ArrayList<>();
            for (String l : Files.readAllLines(p)) {
                if (l.startsWith("NE,")) {
                    List<Rational> r = Stream.of(l.substring(3).split(",")).map(Rational::parse).toList();
                    out.add(MixedBehaviorProfile.ofExactFlat(g, r));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
