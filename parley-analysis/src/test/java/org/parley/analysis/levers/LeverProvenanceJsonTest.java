package org.parley.analysis.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.parley.analysis.TestScenarios;
import org.junit.jupiter.api.Test;

class LeverProvenanceJsonTest {
    @Test
    void roundTripsThroughJsonAndToleratesUnknownFields() throws Exception {
        LeverOutcome o = Levers.find(TestScenarios.oneIssue(new double[] {10, 40, 90}, new double[] {1, 1, 1},
                new double[] {100, 100, 100}), LeverQuery.of("a2", "x", "capability", ">= 90"),
                List.of(TestScenarios.median())).outcomes().get(0);
        ObjectMapper m = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        String json = m.writeValueAsString(o.provenance());
        assertEquals(o.provenance(), m.readValue(json, LeverProvenance.class));
        String newer = json.replaceFirst("\\{", "{\"addedLater\":42,");
        assertEquals(o.provenance(), m.readValue(newer, LeverProvenance.class));
    }
}
