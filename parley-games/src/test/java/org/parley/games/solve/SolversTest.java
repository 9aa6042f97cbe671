package org.parley.games.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.StrategicGame;
import org.parley.games.TestGames;
import org.parley.games.UnsupportedGameException;
import org.parley.games.solve.pure.EnumPureEquilibriumSolver;

class SolversTest {

    @Test
    void enumPureIsBuiltIn() {
        SolverEntry e = Solvers.byName("EnumPure").orElseThrow();
        assertEquals("enumpure", e.name());
        assertEquals(Coverage.ALL, e.coverage());
        assertTrue(e.supports(TestGames.e04()) && e.supports(TestGames.matchingPennies()));
        assertEquals(Arithmetic.EXACT, e.defaultArithmetic(TestGames.e04()));
        assertThrows(UnsupportedGameException.class, () -> e.solve(TestGames.matchingPennies(), Arithmetic.DOUBLE));
        assertTrue(Solvers.names().contains("enumpure"));
    }

    /** Every provider listed in META-INF/services is found, and every method name is listed exactly once. */
    @Test
    void serviceLoaderFindsEveryMethodOnce() {
        List<String> names = Solvers.names();
        assertEquals(new java.util.HashSet<>(names).size(), names.size(), "a name listed twice: " + names);
        assertTrue(names.containsAll(List.of("enumpure", "enummixed", "lcp", "lp", "logit", "simpdiv", "gnm", "spe",
                "pbe", "qre")), names.toString());
        List<String> providers = ServiceLoader.load(SolverProvider.class).stream().map(p -> p.type().getName()).toList();
        assertEquals(new java.util.HashSet<>(providers).size(), providers.size(), "a provider listed twice: " + providers);
        assertTrue(providers.containsAll(List.of("org.parley.games.solve.pure.Provider",
                "org.parley.games.solve.bimatrix.Provider", "org.parley.games.solve.seqform.Provider",
                "org.parley.games.solve.nplayer.Provider", "org.parley.games.solve.tree.Provider",
                "org.parley.games.solve.signaling.Provider")), providers.toString());
        for (String n : names) {
            assertTrue(Solvers.byName(n).isPresent() != Solvers.qreByName(n).isPresent(), n + " must be of one kind");
            assertFalse(Solvers.description(n).orElseThrow().isBlank(), n);
        }
        // each entry's name is its key, and lcp has both sides
        for (SolverEntry e : Solvers.all()) {
            assertEquals(e, Solvers.byName(e.name()).orElseThrow());
        }
        SolverEntry lcp = Solvers.byName("lcp").orElseThrow();
        assertTrue(lcp.strategic() != null && lcp.extensive() != null);
        assertEquals("qre", Solvers.qreByName("QRE").orElseThrow().name());
    }

    @Test
    void aNameRegisteredTwiceForTheSameSideOrForBothKindsIsRefused() {
        SolverEntry a = new SolverEntry("x", "tables", Coverage.ALL, EnumSet.of(Arithmetic.EXACT),
                g -> new EnumPureEquilibriumSolver(), null, true);
        SolverProvider twice = () -> List.of(a, a);
        assertThrows(IllegalStateException.class, () -> Solvers.build(List.of(twice)));
        SolverProvider both = new SolverProvider() {
            @Override
            public List<SolverEntry> solvers() {
                return List.of(a);
            }

            @Override
            public List<QreSolverEntry> qreSolvers() {
                return List.of(new QreSolverEntry("x", "qre", l -> null));
            }
        };
        assertThrows(IllegalStateException.class, () -> Solvers.build(List.of(both)));
    }

    @Test
    void mergeKeepsEachSidesArithmetic() {
        SolverEntry table = new SolverEntry("x", "tables", Coverage.SOME, EnumSet.of(Arithmetic.EXACT, Arithmetic.DOUBLE),
                a -> new EnumPureEquilibriumSolver(), null, true);
        ExtensiveEquilibriumSolver treeSolver = new ReducedFormSolver(new EnumPureEquilibriumSolver(), true);
        SolverEntry tree = new SolverEntry("x", "trees", Coverage.ONE, EnumSet.of(Arithmetic.DOUBLE), null, a -> treeSolver, false);
        SolverEntry m = table.merge(tree);
        assertEquals(m, tree.merge(table));
        StrategicGame s = TestGames.matchingPennies();
        ExtensiveGame t = TestGames.e04();
        assertEquals(Set.of(Arithmetic.EXACT, Arithmetic.DOUBLE), m.arithmetics(s));
        assertEquals(Set.of(Arithmetic.DOUBLE), m.arithmetics(t));
        assertSame(treeSolver, m.extensiveSolver(Arithmetic.DOUBLE).orElseThrow());
        assertThrows(UnsupportedGameException.class, () -> m.extensiveSolver(Arithmetic.EXACT));
        assertThrows(IllegalStateException.class, () -> table.merge(table));
        assertEquals(Coverage.SOME, m.coverage());
    }

    @Test
    void treesGoThroughTheReducedFormWhenAllowed() {
        SolverEntry only = new SolverEntry("y", "tables only", Coverage.ALL, EnumSet.of(Arithmetic.EXACT),
                a -> new EnumPureEquilibriumSolver(), null, false);
        assertFalse(only.supports(TestGames.e04()));
        assertThrows(UnsupportedGameException.class, () -> only.solve(TestGames.e04(), Arithmetic.EXACT));
        SolverEntry via = new SolverEntry("y", "tables", Coverage.ALL, EnumSet.of(Arithmetic.EXACT),
                a -> new EnumPureEquilibriumSolver(), null, true);
        EquilibriumResult r = via.solve(TestGames.e04(), Arithmetic.EXACT);
        assertEquals(2, r.equilibria().size());
        assertEquals(Representation.STRATEGIC, r.representation());
        assertEquals(TestGames.e04().hash(), r.gameHash());
    }
}
