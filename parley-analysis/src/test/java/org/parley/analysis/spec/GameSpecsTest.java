package org.parley.analysis.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.analysis.InvalidAnalysisInputException;
import org.parley.analysis.crisis.CrisisFixtures;
import org.parley.analysis.crisis.CrisisTemplate;
import org.parley.scenario.Scenario;
import org.junit.jupiter.api.Test;

class GameSpecsTest {
    private final Scenario sc = CrisisFixtures.korea();

    @Test
    void parsesAValidSection() {
        Map<String, Object> a = CrisisFixtures.entry("us-dprk", "coercion");
        a.put("parameters", Map.of("prior_resolve", 0.4));
        a.put("backers", List.of("china"));
        Map<String, Object> b = CrisisFixtures.entry("iig", "iig-logit");
        b.put("lambda", 2);
        b.remove("stances");
        List<GameSpec> gs = GameSpecs.parseDocument(Map.of("games", List.of(a, b)), sc);
        assertEquals(2, gs.size());
        GameSpec g = gs.get(0);
        assertEquals(CrisisTemplate.COERCION, g.template());
        assertEquals(Map.of("hold", 10.0, "shift", 45.0), g.stances());
        assertEquals(List.of("hold", "shift"), List.copyOf(g.stances().keySet()), "file order kept");
        assertEquals(0.4, g.parameters().get("prior_resolve"));
        assertEquals(List.of("china"), g.backers());
        assertTrue(Double.isNaN(g.lambda()));
        GameSpec l = gs.get(1);
        assertEquals(2.0, l.lambda());
        assertEquals(Map.of("hold", 10.0), l.stances(), "stances default to the defender's position");
        assertNull(l.backers());
        assertEquals(List.of(), GameSpecs.parseDocument(Map.of(), sc));
    }

    @Test
    void reportsEveryProblemWithItsPath() {
        Map<String, Object> a = CrisisFixtures.entry("g", "bargain");
        a.put("challenger", "pyongyang");
        @SuppressWarnings("unchecked")
        Map<String, Object> st = (Map<String, Object>) a.get("stances");
        st.put("shift", 145);
        a.put("colour", "red");
        Map<String, Object> b = CrisisFixtures.entry("g", "coercion");
        b.put("lambda", 1);
        b.put("parameters", Map.of("prior_resolve", 1.5, "foo", 1));
        Map<String, Object> c = CrisisFixtures.entry("h", "iig");
        c.put("issue", "exercises");
        List<Object> games = new ArrayList<>(List.of(a, b, c, "oops"));
        InvalidAnalysisInputException e = assertThrows(InvalidAnalysisInputException.class,
                () -> GameSpecs.parse(games, sc));
        List<String> paths = e.problems().stream().map(InvalidAnalysisInputException.Problem::path).toList();
        assertTrue(paths.containsAll(List.of("/games/0/template", "/games/0/challenger", "/games/0/stances/shift",
                "/games/0/colour", "/games/1/lambda", "/games/1/parameters/prior_resolve", "/games/1/parameters/foo",
                "/games/2/issue", "/games/3")), paths.toString());
        assertTrue(e.getMessage().contains("/games/0/stances/shift: 145.0 is outside the scale"), e.getMessage());
        var notAList = assertThrows(InvalidAnalysisInputException.class, () -> GameSpecs.parse(Map.of(), sc));
        assertEquals("/games", notAList.problems().get(0).path());
    }

    @Test
    void duplicateIdsAreRejected() {
        var e = assertThrows(InvalidAnalysisInputException.class, () -> GameSpecs.parse(
                List.of(CrisisFixtures.entry("x", "iig"), CrisisFixtures.entry("x", "coercion")), sc));
        assertEquals("/games/1/id", e.problems().get(0).path());
    }
}
