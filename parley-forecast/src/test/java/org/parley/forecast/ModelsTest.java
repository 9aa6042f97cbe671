package org.parley.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.parley.provenance.InputKind;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.forecast.ensemble.EnsembleSummary;
import org.parley.forecast.eu.ExpectedUtilityModel;
import org.parley.scenario.Scale;
import org.parley.scenario.ScenarioDigest;
import org.parley.scenario.Scenario;

class ModelsTest {
    @Test
    void registryGivesEveryDefaultModelById() {
        List<BargainingModel> all = Models.defaults();
        assertEquals(Models.DEFAULT_IDS, all.stream().map(m -> m.info().id()).toList());
        assertTrue(Models.IDS.containsAll(Models.DEFAULT_IDS));
        assertEquals("procedural", Models.byId("procedural").info().id());
        for (BargainingModel m : all) {
            BargainingModel again = Models.byId(m.info().id());
            assertEquals(m.getClass(), again.getClass());
            assertEquals(m.options(), again.options());
            // provenance parameters rebuild the same model
            assertEquals(m.options(), Models.byId(m.info().id(), m.options().asParameters()).options());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Models.byId("exchange"));
        assertTrue(e.getMessage().contains("compromise"), e.getMessage());
    }

    @Test
    void registryReadsOptions() {
        BargainingModel eu = Models.byId("eu", Map.of("variant", "bdm-clean", "maxRounds", "20"));
        ExpectedUtilityModel.Options o = assertInstanceOf(ExpectedUtilityModel.Options.class, eu.options());
        assertEquals(ExpectedUtilityModel.Variant.BDM_CLEAN, o.variant());
        assertEquals(20, o.maxRounds());
        assertTrue(o.earlyStop().enabled(), "bdm-clean defaults to Parley's early stop");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Models.byId("eu", Map.of("q", "1.5")));
        assertTrue(e.getMessage().startsWith("q must be in [0, 1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Models.byId("eu", Map.of("maxRounds", "ten")));
        assertTrue(e.getMessage().startsWith("maxRounds: cannot read 'ten'"), e.getMessage());
    }

    @Test
    void ensembleSummaryShowsModelDisagreement() {
        Scenario sc = TestScenarios.ecEmissions();
        List<Forecast> fs = Models.defaults().stream().map(m -> m.forecast(sc)).toList();
        EnsembleSummary sum = EnsembleSummary.of(fs);
        EnsembleSummary.IssueSummary i = sum.issue(TestScenarios.ISSUE).orElseThrow();
        assertEquals(4, i.models().size());
        // compromise 7.389955686853767; median 7; nash (no status quo: worst outcome) and eu (7) in between or not
        double min = fs.stream().mapToDouble(f -> f.issues().get(0).outcome()).min().orElseThrow();
        double max = fs.stream().mapToDouble(f -> f.issues().get(0).outcome()).max().orElseThrow();
        assertEquals(min, i.min(), 0);
        assertEquals(max, i.max(), 0);
        assertEquals(max - min, i.spread(), 0);
        assertEquals(7.389955686853767, i.models().get(0).outcome(), 1e-13);
        assertEquals("compromise", i.models().get(0).modelId());
        Scenario other = TestScenarios.oneIssue(new double[] {1, 1}, new double[] {0, 100}, new double[] {50, 50});
        assertThrows(IllegalArgumentException.class,
                () -> EnsembleSummary.of(List.of(fs.get(0), Models.byId("median").forecast(other))));
        assertThrows(IllegalArgumentException.class, () -> EnsembleSummary.of(List.of()));
    }

    @Test
    void provenanceRecordsScenarioHashAndVersions() {
        Scenario sc = TestScenarios.ecEmissions();
        Forecast f = Models.byId("eu").forecast(sc);
        assertEquals(ScenarioDigest.sha256(sc), f.provenance().inputSha256());
        assertEquals(InputKind.SCENARIO, f.provenance().inputKind());
        assertEquals(System.getProperty("java.version"), f.provenance().javaVersion());
        assertNotEquals("unknown", f.provenance().parleyVersion());
        assertEquals("eu", f.provenance().component());
        assertEquals("2.1", f.provenance().componentVersion()); // 2.0: cycle rule period-mean (issue 8); 2.1: O(n²) votes
        Scenario changed = TestScenarios.oneIssue(new Scale(4, 10, "", ""), 7, new String[] {"a"}, new double[] {1},
                new double[] {5}, new double[] {50});
        assertNotEquals(f.provenance().inputSha256(), ScenarioDigest.sha256(changed));
    }

    @Test
    void issueWithoutActorsIsRejectedWithItsName() {
        Scenario sc = TestScenarios.oneIssue(new double[] {}, new double[] {}, new double[] {});
        for (BargainingModel m : Models.defaults()) {
            ScenarioNotAnalysableException e = assertThrows(ScenarioNotAnalysableException.class, () -> m.forecast(sc));
            assertTrue(e.getMessage().startsWith("issue " + TestScenarios.ISSUE), e.getMessage());
        }
    }

    @Test
    void everyForecastExplainsItself() {
        for (BargainingModel m : Models.defaults()) {
            IssueForecast f = m.forecast(TestScenarios.ecEmissions()).issues().get(0);
            assertTrue(f.explanation().size() >= 2, m.info().id());
            assertEquals(10, f.actors().size());
        }
    }
}
