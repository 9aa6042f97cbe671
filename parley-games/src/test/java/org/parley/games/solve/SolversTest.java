package org.parley.games.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
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
        assertEquals(Set.of("enumpure", "enummixed", "lcp", "lp", "logit", "simpdiv", "gnm"), Solvers.KNOWN_METHODS.keySet());
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
