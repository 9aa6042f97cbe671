package org.parley.games.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.parley.games.Arithmetic;
import org.parley.games.ExtensiveGame;
import org.parley.games.StrategicGame;
import org.parley.games.TestGames;
import org.parley.games.solve.seqform.TreeFixtures;
import org.parley.games.verify.Tolerance;
import org.parley.provenance.InputKind;
import org.parley.provenance.Provenance;
import org.parley.provenance.RunContext;

/** Every equilibrium result says where it came from: the game's hash, the method, its options, the transformations. */
class EquilibriumResultProvenanceTest {

    @Test
    void aTreeSolvedThroughItsReducedFormRecordsTheTransformation() {
        ExtensiveGame g = TestGames.e04();
        EquilibriumResult r = Solvers.byName("enumpure").orElseThrow().solve(g, Arithmetic.EXACT);
        Provenance p = r.provenance();
        assertEquals(InputKind.GAME, p.inputKind());
        assertEquals(g.hash(), p.inputSha256());
        assertEquals("enumpure", p.component());
        assertEquals(EquilibriumResult.DEFAULT_SOLVER_VERSION, p.componentVersion());
        assertEquals(Map.of(), p.parameters());
        assertEquals(List.of(EquilibriumResult.REDUCED_STRATEGIC_FORM), p.transformations());
        assertEquals(Provenance.SCHEMA_VERSION, p.schemaVersion());
    }

    @Test
    void everyOptionIsRecordedAsText() {
        StrategicGame table = TestGames.matchingPennies();
        EquilibriumResult lcp = Solvers.byName("lcp").orElseThrow().solve(table, Arithmetic.EXACT);
        assertEquals(lcp.options().asParameters(), lcp.provenance().parameters());
        assertTrue(lcp.provenance().parameters().keySet().containsAll(List.of("lemkeHowson", "tolerance")),
                lcp.provenance().parameters().toString());
        assertEquals(List.of(), lcp.provenance().transformations());
        ExtensiveGame tree = TreeFixtures.randomPerfectInformation(3, 2, 4, false);
        EquilibriumResult spe = Solvers.byName("spe").orElseThrow().solve(tree, Arithmetic.EXACT);
        assertEquals(Map.of("maxEquilibria", "10000", "mode", "ONE"), spe.provenance().parameters());
        assertEquals("spe", spe.provenance().component());
    }

    @Test
    void theEnvelopeRefusesProvenanceOfAnotherGameOrMethod() {
        StrategicGame g = TestGames.matchingPennies();
        EquilibriumResult r = EquilibriumResult.of(g, "test", Arithmetic.EXACT, Representation.STRATEGIC,
                NoOptions.INSTANCE, List.of(), Tolerance.EXACT, new Diagnostics(0, Map.of()));
        Provenance otherGame = RunContext.of(InputKind.GAME, TestGames.e04().hash()).provenance("test", "1", new java.util.TreeMap<>());
        assertThrows(IllegalArgumentException.class, () -> new EquilibriumResult(g, g.hash(), "test", Arithmetic.EXACT,
                Representation.STRATEGIC, NoOptions.INSTANCE, List.of(), List.of(), Tolerance.EXACT, r.diagnostics(), otherGame));
        Provenance otherMethod = RunContext.of(InputKind.GAME, g.hash()).provenance("lcp", "1", new java.util.TreeMap<>());
        assertThrows(IllegalArgumentException.class, () -> new EquilibriumResult(g, g.hash(), "test", Arithmetic.EXACT,
                Representation.STRATEGIC, NoOptions.INSTANCE, List.of(), List.of(), Tolerance.EXACT, r.diagnostics(), otherMethod));
    }

    @Test
    void optionsThatAreNotRecordsMustListTheirParameters() {
        SolverOptions notARecord = new SolverOptions() {
        };
        assertThrows(IllegalStateException.class, notARecord::asParameters);
        SolverOptions listed = new SolverOptions() {
            @Override
            public SortedMap<String, String> asParameters() {
                return new java.util.TreeMap<>(Map.of("k", "v"));
            }
        };
        assertEquals(Map.of("k", "v"), listed.asParameters());
    }
}
