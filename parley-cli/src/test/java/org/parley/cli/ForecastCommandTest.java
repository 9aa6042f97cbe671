package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.forecast.Forecast;
import org.parley.forecast.Models;
import org.parley.forecast.Sentence;
import org.parley.views.format.Numbers;
import org.parley.views.format.Phrases;
import org.parley.scenario.io.ScenarioReader;

class ForecastCommandTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void setUp() {
        file = Cli.write(dir, "harbour.yaml", Cli.HARBOUR);
    }

    private Forecast expected(String model) {
        return Models.byId(model).forecast(new ScenarioReader().read(file));
    }

    @Test
    void textShowsOutcomeConvergenceActorsAndReasons() {
        Cli.Result r = Cli.run("forecast", file.toString(), "--model", "eu");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        Forecast f = expected("eu");
        assertTrue(r.out().contains("model: " + f.model().name() + " (eu " + f.model().version() + ")"), r::toString);
        assertTrue(r.out().contains("parameters: "), r::toString);
        for (var fi : f.issues()) {
            assertTrue(r.out().contains("forecast " + Numbers.fixed(fi.outcome())), r::toString);
            assertTrue(r.out().contains("stopped: " + Phrases.sentence(fi.convergence().stopReason())), r::toString);
            for (Sentence why : fi.explanation()) {
                assertTrue(r.out().contains("- " + Phrases.sentence(why)), r::toString);
            }
        }
        assertTrue(r.out().contains("Dockers' union"), r::toString);
    }

    @Test
    void issueOptionRestrictsTheOutput() throws Exception {
        Cli.Result r = Cli.run("forecast", file.toString(), "-m", "median", "--issue", "jobs", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(1, root.at("/forecast/issues").size());
        assertEquals("jobs", root.at("/forecast/issues/0/issueId").asText());
        assertEquals(expected("median").issue("jobs").orElseThrow().outcome(),
                root.at("/forecast/issues/0/outcome").asDouble(), 0.0);
        assertEquals("median", root.at("/forecast/provenance/component").asText());

        Cli.Result text = Cli.run("forecast", file.toString(), "-m", "median", "--issue", "jobs");
        assertTrue(text.out().contains("(jobs)") && !text.out().contains("(fee)"), text::toString);

        Cli.Result csv = Cli.run("forecast", file.toString(), "-m", "nash", "--issue", "fee", "--format", "csv");
        assertEquals(2, csv.out().lines().count(), csv::toString);
        assertTrue(csv.out().lines().skip(1).findFirst().orElseThrow().contains(",fee,nash,"), csv::toString);
    }

    @Test
    void unknownIssueIsBadInputListingTheIssues() {
        Cli.Result r = Cli.run("forecast", file.toString(), "--model", "eu", "--issue", "wages");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("unknown issue 'wages'") && r.err().contains("issues: fee, jobs"), r::toString);
    }

    @Test
    void paramsConfigureTheModelAndAreRecordedInProvenance() throws Exception {
        Cli.Result r = Cli.run("forecast", file.toString(), "-m", "eu", "-P", "maxRounds=2", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("2", root.at("/forecast/provenance/parameters/maxRounds").asText());
        for (JsonNode issue : root.at("/forecast/issues")) {
            assertTrue(issue.at("/convergence/rounds").asInt() <= 2, issue.toString());
        }
        Cli.Result bad = Cli.run("forecast", file.toString(), "-m", "eu", "-P", "maxRoundz=2");
        assertEquals(ExitCodes.BAD_INPUT, bad.code(), bad::toString);
        assertTrue(bad.err().contains("model 'eu': ") && bad.err().contains("maxRoundz"), bad::toString);
        Cli.Result value = Cli.run("forecast", file.toString(), "-m", "eu", "-P", "maxRounds=many");
        assertEquals(ExitCodes.BAD_INPUT, value.code(), value::toString);
    }

    @Test
    void unknownModelIsBadInput() {
        Cli.Result r = Cli.run("forecast", file.toString(), "--model", "oracle");
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("unknown model 'oracle'"), r::toString);
    }
}
