package org.parley.games.solve.nplayer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parley.games.Profile;
import org.parley.games.StrategicGame;
import org.parley.games.io.GameReader;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.StrategicEquilibriumSolver;

/**
 * simpdiv and gnm on every Gambit catalogue .nfg: every profile returned is verified, and belongs to the
 * enumerated set (enummixed for two players, enumpoly otherwise) when that set is finite, i.e. when Gambit's
 * own run of the method landed in it too. Time budget per case; skips are printed.
 */
class GambitNfgMethodsTest {
    static final double TOL = 1e-6;
    static final long BUDGET_MS = Long.getLong("parley.nplayer.budgetSeconds", 10) * 1000;
    /**
     * Verified equilibria inside a continuum whose walk to an extreme point stopped at an inequality
     * (see SupportPolisher.reduceSupport): checked to lie on the segment between two enumerated equilibria.
     */
    static final java.util.Set<String> INSIDE_CONTINUUM = java.util.Set.of("simpdiv csg2.nfg", "simpdiv csg4.nfg",
            "gnm csg2.nfg", "gnm csg4.nfg", "gnm perfect1.nfg");
    static final List<String> REPORT = java.util.Collections.synchronizedList(new ArrayList<>());
    static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "nplayer-conformance");
        t.setDaemon(true);
        return t;
    });

    @AfterAll
    static void report() {
        REPORT.forEach(s -> System.out.println("[nplayer-conformance] " + s));
    }

    static List<StrategicEquilibriumSolver> solvers() {
        return List.of(new SimplicialSubdivisionEquilibriumSolver(), new GlobalNewtonEquilibriumSolver());
    }

    @TestFactory
    Stream<DynamicNode> nfgGames() throws IOException {
        Path d = GambitLogitTest.dir();
        Assumptions.assumeTrue(d != null && Files.isDirectory(d), "Gambit corpus not found (parley.shared.dir)");
        List<Path> games;
        try (Stream<Path> s = Files.list(d)) {
            games = s.filter(p -> p.toString().endsWith(".nfg")).sorted().toList();
        }
        List<DynamicNode> out = new ArrayList<>();
        for (StrategicEquilibriumSolver solver : solvers()) {
            List<DynamicTest> cases = new ArrayList<>();
            for (Path g : games) {
                cases.add(DynamicTest.dynamicTest(g.getFileName().toString(), () -> runCase(solver, d, g)));
            }
            out.add(DynamicContainer.dynamicContainer(solver.method(), cases));
        }
        return out.stream();
    }

    private void runCase(StrategicEquilibriumSolver solver, Path dir, Path file) throws Exception {
        String name = file.getFileName().toString();
        StrategicGame g = (StrategicGame) GameReader.read(file);
        Future<EquilibriumResult> f = POOL.submit(() -> solver.solve(g));
        EquilibriumResult r;
        try {
            r = f.get(BUDGET_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            REPORT.add("skipped " + solver.method() + " " + name + ": over the " + BUDGET_MS / 1000 + " s budget");
            Assumptions.abort("over budget");
            return;
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
        assertTrue(r.isVerified(), solver.method() + " " + name + ": rejected " + r.rejected());
        assertTrue(!r.equilibria().isEmpty(), solver.method() + " " + name + ": no equilibrium");
        List<double[]> ref = reference(dir, name, g.numPlayers() == 2 ? "enummixed" : "enumpoly");
        List<double[]> gambit = reference(dir, name, solver.method());
        boolean finite = ref != null && gambit != null && gambit.stream().allMatch(p -> contains(ref, p));
        for (Profile p : r.profiles()) {
            double[] x = p.toFlatArray();
            if (finite && INSIDE_CONTINUUM.contains(solver.method() + " " + name)) {
                assertTrue(onSegment(ref, x), solver.method() + " " + name + ": " + p + " is not between two enumerated equilibria");
            } else if (finite) {
                assertTrue(contains(ref, x), solver.method() + " " + name + ": " + p + " not among the enumerated equilibria");
            }
            REPORT.add(solver.method() + " " + name + ": " + (gambit != null && contains(gambit, x) ? "same as Gambit" : "verified, differs from Gambit's")
                    + (finite ? ", in the enumerated set" : ", set not checked") + " " + java.util.Arrays.toString(x)
                    + " " + r.diagnostics().counters());
        }
    }

    /** Whether x = w a + (1 - w) b for enumerated equilibria a, b and some w in [0, 1]. */
    static boolean onSegment(List<double[]> set, double[] x) {
        for (double[] a : set) {
            for (double[] b : set) {
                int k0 = 0;
                for (int k = 0; k < x.length; k++) {
                    k0 = Math.abs(a[k] - b[k]) > Math.abs(a[k0] - b[k0]) ? k : k0;
                }
                double w = Math.abs(a[k0] - b[k0]) < 1e-12 ? 1.0 : (x[k0] - b[k0]) / (a[k0] - b[k0]);
                if (w < -TOL || w > 1 + TOL) {
                    continue;
                }
                double m = 0;
                for (int k = 0; k < x.length; k++) {
                    m = Math.max(m, Math.abs(x[k] - (w * a[k] + (1 - w) * b[k])));
                }
                if (m <= TOL) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean contains(List<double[]> set, double[] x) {
        for (double[] y : set) {
            double m = 0;
            for (int k = 0; k < x.length; k++) {
                m = Math.max(m, Math.abs(x[k] - y[k]));
            }
            if (m <= TOL) {
                return true;
            }
        }
        return false;
    }

    static List<double[]> reference(Path dir, String game, String method) throws IOException {
        Path p = dir.resolve("expected").resolve(game + "." + method + ".txt");
        if (!Files.exists(p)) {
            return null;
        }
        List<double[]> out = new ArrayList<>();
        for (String l : Files.readAllLines(p)) {
            if (l.startsWith("NE,")) {
                out.add(java.util.Arrays.stream(l.substring(3).split(",")).mapToDouble(GambitNfgMethodsTest::parse).toArray());
            }
        }
        return out.isEmpty() ? null : out;
    }

    static double parse(String t) {
        int s = t.indexOf('/');
        return s < 0 ? Double.parseDouble(t) : Double.parseDouble(t.substring(0, s)) / Double.parseDouble(t.substring(s + 1));
    }
}
