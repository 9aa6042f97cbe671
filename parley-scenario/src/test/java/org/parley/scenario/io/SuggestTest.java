package org.parley.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    @Test
    void levenshteinDistance() {
        assertEquals(0, Suggest.distance("salience", "salience"));
        assertEquals(1, Suggest.distance("salince", "salience"));
        assertEquals(2, Suggest.distance("rationel", "rationale"));
        assertEquals(3, Suggest.distance("kitten", "sitting"));
        assertEquals(5, Suggest.distance("", "hello"));
    }

    @Test
    void suggestsOnlyCloseCandidates() {
        List<String> keys = ScenarioSection.STANCE.keys();
        assertEquals("salience", Suggest.closest("salince", keys));
        assertEquals("salience", Suggest.closest("Salience", keys), "case differences are not edits");
        assertEquals("risk", Suggest.closest("rsk", keys));
        assertNull(Suggest.closest("weight", keys));
        assertNull(Suggest.closest("x", List.of("ab")), "short words allow one edit only");
        assertEquals("did you mean 'actors'?", Suggest.hint("actor", ScenarioSection.ROOT.keys()));
        assertEquals("expected one of: metadata, issues, actors, decision, games, levers", Suggest.hint("forecasts",
                ScenarioSection.ROOT.keys()));
        assertEquals("", Suggest.hint("x", List.of()));
    }
}
