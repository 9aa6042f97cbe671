package org.parley.games.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parley.games.Arithmetic;
import org.parley.games.Game;
import org.parley.games.Profile;
import org.parley.games.UnsupportedGameException;
import org.parley.games.io.GameReader;
import org.parley.games.solve.Coverage;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.Solvers;

/**
 * Data-driven conformance of every registered method with Gambit: for every method registered in {@link Solvers}
 * that Gambit also ran on the catalogue, and every catalogue game Gambit ran it on (a status in
 * {@code corpus-results.tsv} or an {@code expected} file), solve and compare with {@code expected/<game>.<method>.txt}:
 * <ul>
 *   <li>{@link Coverage#ALL}, {@link Coverage#ALL_EXTREME}: the same set (exactly for exact output, 1e-6 otherwise);</li>
 *   <li>{@link Coverage#SOME}, {@link Coverage#ONE}: every profile verified (the envelope guarantees it) and a
 *       member of the reference set (enummixed for two players; for more, every equilibrium Gambit printed with
 *       enumpoly, enumpure, gnm, liap, ipa or simpdiv, because Gambit's enumpoly alone misses some) unless Gambit's own run
 *       of the method also left that set (then the set is not finite and membership is not checked).</li>
 * </ul>
 * Gambit runs with status "not-constant-sum" must be refused with {@link UnsupportedGameException}; runs Gambit
 * could not complete (timeout, refused files) are solved and checked by verification only. Budgets (system
 * properties, seconds): {@code parley.conformance.budgetSeconds} per case (default 5),
 * {@code parley.conformance.unfinishedBudgetSeconds} per case Gambit itself did not finish or refused (default 1), and
 * {@code parley.conformance.methodSeconds} per method (default 20); over budget a case is skipped with a
 * printed reason. Pairs with nothing to compare are not generated at all: Parley's own methods Gambit does not have
 * ({@code spe}, {@code pbe}, ...), Gambit's methods Parley does not register (listed in the summary), and games on
 * which Gambit did not run a method. Adding a Gambit method needs no change here: register it in {@link Solvers}.
 *
 * <p>Membership for one-equilibrium methods is checked only when the reference set is finite. For two players
 * that is decided exactly from the extreme equilibria: the set is infinite iff two of them share one
 * player's strategy (then every mixture of the other player's two strategies is an equilibrium too).
 */
class RegisteredMethodsGambitConformanceTest {
    private static final double TOL = 1e-6;
    /** Methods for which Gambit prints mixed profiles of the reduced strategic form on .efg files. */
    private static final Set<String> STRATEGIC_OUTPUT_ON_TREES = Set.of("enummixed");
    private static final java.util.Map<Path, Game> GAMES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final long CASE_BUDGET_MS = Long.getLong("parley.conformance.budgetSeconds", 5) * 1000;
    private static final long UNFINISHED_BUDGET_MS = Long.getLong("parley.conformance.unfinishedBudgetSeconds", 1) * 1000;
    private static final long METHOD_BUDGET_MS = Long.getLong("parley.conformance.methodSeconds", 20) * 1000;
    private static final java.util.Map<String, Long> METHOD_START = new java.util.concurrent.ConcurrentHashMap<>();
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger COMPARED = new AtomicInteger();
    private static final AtomicInteger VERIFIED_ONLY = new AtomicInteger();
    private static final AtomicInteger REFUSED_LIKE_GAMBIT = new AtomicInteger();
    private static final AtomicInteger SKIPPED = new AtomicInteger();
    /** Per method: compared, verified only, refused as Gambit did, skipped. */
    private static final java.util.Map<String, AtomicInteger[]> BY_METHOD = new java.util.concurrent.ConcurrentSkipListMap<>();
    private static final List<String> SKIPS = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Gambit methods of the corpus that Parley does not register (no cases generated). */
    private static final List<String> NOT_REGISTERED = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "conformance");
        t.setDaemon(true);
        return t;
    });

    @AfterAll
    static void summary() {
        System.out.println("[conformance] passed " + PASSED.get() + " (compared with Gambit " + COMPARED.get()
                + ", verified only where Gambit had no answer " + VERIFIED_ONLY.get() + ", refused as Gambit did "
                + REFUSED_LIKE_GAMBIT.get() + "), skipped " + SKIPPED.get()
                + (NOT_REGISTERED.isEmpty() ? "" : "; Gambit methods not registered in Parley: " + NOT_REGISTERED));
        BY_METHOD.forEach((m, c) -> System.out.println("[conformance] " + m + ": compared " + c[0] + ", verified only " + c[1]
                + ", refused as Gambit did " + c[2] + ", skipped " + c[3]));
        synchronized (SKIPS) {
            SKIPS.forEach(s -> System.out.println("[conformance] skipped " + s));
        }
    }

    private static void count(String what, int k) {
        String m = what.contains(" ") ? what.substring(0, what.indexOf(' ')) : what;
        BY_METHOD.computeIfAbsent(m, x -> new AtomicInteger[] {new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger()})[k]
                .incrementAndGet();
    }

    private static void skip(String what, String why) {
        SKIPPED.incrementAndGet();
        count(what, 3);
        SKIPS.add(what + ": " + why);
        Assumptions.abort(what + ": " + why);
    }

    @TestFactory
    Stream<DynamicNode> corpus() {
        GambitCorpus corpus = GambitCorpus.locate();
        Assumptions.assumeTrue(corpus != null, "Gambit corpus not found: set parley.shared.dir to the shared material");
        List<DynamicNode> nodes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        // -Dparley.conformance.methods=liap,ipa runs only those methods (for working on one method)
        String only = System.getProperty("parley.conformance.methods", "");
        java.util.Set<String> selected = only.isBlank() ? null : java.util.Set.of(only.split(","));
        for (String m : corpus.methods()) {
            if (selected != null && !selected.contains(m)) {
                continue;
            }
            SolverEntry entry = Solvers.byName(m).orElse(null);
            if (entry == null) {
                missing.add(m);
                continue;
            }
            List<DynamicNode> cases = new ArrayList<>();
            for (Path file : corpus.games()) {
                String name = file.getFileName().toString();
                if (corpus.run(name, m) != null || corpus.expected(name, m) != null) {
                    cases.add(DynamicTest.dynamicTest(name, () -> runCase(corpus, entry, file, name)));
                }
            }
            nodes.add(DynamicContainer.dynamicContainer(m, cases));
        }
        NOT_REGISTERED.addAll(missing);
        return nodes.stream();
    }

    private static void runCase(GambitCorpus corpus, SolverEntry entry, Path file, String name) throws Exception {
        String what = entry.name() + " " + name;
        Game g = GAMES.computeIfAbsent(file, GameReader::read);
        GambitCorpus.Run run = corpus.run(name, entry.name());
        List<List<String>> expected = corpus.expected(name, entry.name());
        if (!entry.supports(g)) {
            skip(what, "method does not handle " + (g.type().form() == org.parley.games.GameType.Form.TABLE ? "strategic" : "extensive") + " games");
        }
        String status = run == null ? "ok" : run.status();
        long methodStart = METHOD_START.computeIfAbsent(entry.name(), k -> System.currentTimeMillis());
        if (System.currentTimeMillis() - methodStart > METHOD_BUDGET_MS) {
            skip(what, "the " + METHOD_BUDGET_MS / 1000 + " s budget of method " + entry.name() + " is used up");
        }
        // Gambit gave no answer (timed out, crashed, or refused the file): nothing to compare, so spend little time.
        boolean unfinished = status.equals("timeout") || status.startsWith("signal") || status.equals("error");
        long budget = unfinished ? UNFINISHED_BUDGET_MS : CASE_BUDGET_MS;
        Arithmetic arithmetic = entry.arithmetics(g).contains(Arithmetic.EXACT) ? Arithmetic.EXACT : Arithmetic.DOUBLE;
        Future<EquilibriumResult> f = POOL.submit(() -> entry.solve(g, arithmetic));
        EquilibriumResult r;
        try {
            r = f.get(budget, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            skip(what, "over the " + budget / 1000 + " s case budget (Gambit status: " + status + ")");
            return;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnsupportedGameException u) {
                if (status.equals("not-constant-sum") || status.equals("error")) {
                    PASSED.incrementAndGet();
                    REFUSED_LIKE_GAMBIT.incrementAndGet();
                    count(what, 2);
                    return; // refused, as Gambit did
                }
                skip(what, "refused by Parley (" + u.getMessage() + "); Gambit status: " + status);
            }
            throw e;
        }
        if (status.equals("not-constant-sum")) {
            fail(what + ": Gambit refuses non-constant-sum games for this method, Parley returned " + r.equilibria().size());
        }
        assertTrue(r.isVerified(), what + ": rejected candidates " + r.rejected());
        assertEquals(g.hash(), r.gameHash());
        if (!status.equals("ok") || expected == null) {
            PASSED.incrementAndGet(); // nothing to compare with: verification is the check
            VERIFIED_ONLY.incrementAndGet();
            count(what, 1);
            return;
        }
        List<Profile> theirs;
        try {
            theirs = expected.stream().map(t -> ProfileMatch.parse(g, t, STRATEGIC_OUTPUT_ON_TREES.contains(entry.name()))).toList();
        } catch (UnsupportedGameException e) {
            skip(what, "cannot map Gambit's strategic-form output to behaviour: " + e.getMessage());
            return;
        }
        List<Profile> ours = r.profiles();
        Coverage cov = entry.coverage();
        if (cov == Coverage.ALL || cov == Coverage.ALL_EXTREME) {
            for (Profile p : ours) {
                assertTrue(ProfileMatch.contains(theirs, p, TOL), what + ": Parley found " + p + " which Gambit did not");
            }
            for (Profile p : theirs) {
                assertTrue(ProfileMatch.contains(ours, p, TOL), what + ": Gambit found " + p + " which Parley did not");
            }
        } else {
            assertTrue(!ours.isEmpty() || theirs.isEmpty(), what + ": no equilibrium found, Gambit found " + theirs.size());
            List<Profile> listed = referenceSet(corpus, g, name);
            // a continuum: extreme points do not list every equilibrium
            // Parley's enumpoly solves trees in the reduced strategic form, Gambit's in behaviour strategies: where
            // equilibria form continua off the path (2s2x2x2) the isolated solutions of the two support systems
            // differ in the off-path behaviour; there verification is the check
            boolean behaviourSupports = entry.name().equals("enumpoly") && g instanceof org.parley.games.ExtensiveGame
                    && g.numPlayers() > 2;
            List<Profile> reference = listed != null && finiteReference(corpus, g, name) && !behaviourSupports ? listed : null;
            if (reference == null) {
                VERIFIED_ONLY.incrementAndGet();
                count(what, 1);
                PASSED.incrementAndGet();
                return;
            }
            {
                boolean gambitInside = theirs.stream().allMatch(p -> ProfileMatch.contains(reference, p, TOL));
                for (Profile p : ours) {
                    if (gambitInside) {
                        assertTrue(ProfileMatch.contains(reference, p, TOL), what + ": " + p + " is verified but not among the enumerated equilibria");
                    }
                }
            }
        }
        PASSED.incrementAndGet();
        COMPARED.incrementAndGet();
        count(what, 0);
    }

    /**
     * Whether the two-player reference set (Gambit's enummixed: all extreme equilibria, in the strategic form)
     * is finite: no two extreme equilibria share a player's strategy. For more players (enumpoly lists
     * isolated equilibria) the set is taken as given.
     */
    private static boolean finiteReference(GambitCorpus corpus, Game g, String name) {
        if (g.numPlayers() != 2) {
            return true;
        }
        List<List<String>> lines = corpus.expected(name, "enummixed");
        int n1 = g instanceof org.parley.games.StrategicGame s ? s.numStrategies(0)
                : ((org.parley.games.ExtensiveGame) g).reducedStrategicForm().strategicGame().numStrategies(0);
        Set<List<String>> first = new java.util.HashSet<>();
        Set<List<String>> second = new java.util.HashSet<>();
        for (List<String> l : new LinkedHashSet<>(lines)) {
            if (!first.add(l.subList(0, n1)) || !second.add(l.subList(n1, l.size()))) {
                return false;
            }
        }
        return true;
    }

    private static List<Profile> referenceSet(GambitCorpus corpus, Game g, String name) {
        String m = g.numPlayers() == 2 ? "enummixed" : "enumpoly";
        GambitCorpus.Run run = corpus.run(name, m);
        List<List<String>> lines = corpus.expected(name, m);
        if (run == null || !run.status().equals("ok") || lines == null) {
            return null;
        }
        try {
            List<Profile> ref = new ArrayList<>(lines.stream().map(t -> ProfileMatch.parse(g, t, STRATEGIC_OUTPUT_ON_TREES.contains(m))).toList());
            if (g.numPlayers() > 2) {
                // Gambit's enumpoly misses equilibria that its other methods print (3x3x3: liap's and gnm's
                // (0.349663, 0.650337, 0; 0, 0.847063, 0.152937; 0, 0.042958, 0.957042); 8x2x2: gnm's
                // (0.181381 on 3, 0.818619 on 7; ...); 2x2x2x2x2: liap's; 2s2x2x2: a pure one): the reference is everything Gambit printed
                for (String other : N_PLAYER_REFERENCE_EXTRAS) {
                    GambitCorpus.Run r = corpus.run(name, other);
                    List<List<String>> extra = corpus.expected(name, other);
                    if (r != null && r.status().equals("ok") && extra != null) {
                        extra.forEach(t -> ref.add(ProfileMatch.parse(g, t, false)));
                    }
                }
            }
            return ref;
        } catch (UnsupportedGameException e) {
            return null;
        }
    }

    /** Gambit's other n-player methods whose printed equilibria join enumpoly's in the reference set. */
    private static final List<String> N_PLAYER_REFERENCE_EXTRAS = List.of("enumpure", "gnm", "liap", "ipa", "simpdiv");
}
