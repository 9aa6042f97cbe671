package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.ModelInfo;
import org.parley.forecast.Sentence;
import org.parley.provenance.RunContext;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;

/**
 * The exact terminal layout of {@code analyze}, with two fixed fake models so that the expected text depends only
 * on the command line's formatting (the real models have their own known-answer tests).
 */
class GoldenTextTest {

    /** Forecasts each issue at a fixed value per issue id. */
    record FixedModel(String id, Map<String, Double> outcomes) implements BargainingModel {
        @Override
        public ModelInfo info() {
            return new ModelInfo(id, "Fixed " + id, "9.9", "");
        }

        @Override
        public org.parley.forecast.ModelOptions options() {
            return TreeMap::new;
        }

        @Override
        public Forecast forecast(Scenario s, RunContext context) {
            List<IssueForecast> list = new ArrayList<>();
            for (var issue : s.issues()) {
                var slice = s.slice(issue.id());
                list.add(new IssueForecast(issue.id(), outcomes.get(issue.id()), null, slice.actorIds(), List.of(),
                        List.of(), List.of(Sentence.of("fixed")), IssueForecast.Convergence.CLOSED_FORM));
            }
            return new Forecast(info(), list, context.provenance(id, "9.9", new TreeMap<>()));
        }
    }

    static ModelCatalog catalog() {
        List<BargainingModel> ms = List.of(new FixedModel("alpha", Map.of("fee", 10.0, "jobs", 50.0)),
                new FixedModel("beta", Map.of("fee", 30.0, "jobs", 70.25)));
        return new ModelCatalog() {
            @Override
            public List<BargainingModel> defaults() {
                return ms;
            }

            @Override
            public Optional<BargainingModel> byId(String id) {
                return ms.stream().filter(m -> m.info().id().equals(id)).findFirst();
            }

            @Override
            public List<String> ids() {
                return List.of("alpha", "beta");
            }
        };
    }

    @Test
    void analyzeTextLayout(@TempDir Path dir) {
        Path file = Cli.write(dir, "h.yaml", Cli.HARBOUR);
        Cli.Result r = Cli.run(catalog(), "analyze", file.toString(), "--no-report");
        assertEquals(ExitCodes.OK, r.code(), r::toString);
        String sha = ScenarioDigest.sha256(new org.parley.scenario.io.ScenarioReader().read(file));
        // fee: status quo 20, forecasts 10 and 30, median 20: city (35) and union (25) gain 0 -> unchanged
        // jobs: status quo 10, median 60.125: city at 60 gains 50 - 0.125; firm at 20 loses 30.125; union gains 50.125
        String expected = """
                Harbour concession talks - as of 2024-05-01
                %s: 3 actors, 2 issues; scenario sha256 %s
                models: alpha 9.9 (Fixed alpha), beta 9.9 (Fixed beta)

                [1] Concession fee (fee)
                    scale 0 (no fee) .. 50 (50 million)
                                forecast   interval  vs status quo  rounds  stop reason
                    status quo  20
                    alpha       10                   -10            0       closed form
                    beta        30                   +10            0       closed form
                    ensemble    median 20  10 .. 30  0                      (spread min .. max)
                    unchanged:  City of Port, Shipping firm, Dockers' union

                [2] Guaranteed jobs (jobs)
                    scale 0 .. 100
                                forecast      interval     vs status quo  rounds  stop reason
                    status quo  10
                    alpha       50                         +40            0       closed form
                    beta        70.25                      +60.25         0       closed form
                    ensemble    median 60.13  50 .. 70.25  +50.13                 (spread min .. max)
                    gains:  City of Port +49.88, Dockers' union +50.13
                    loses:  Shipping firm -30.13

                Note: %s
                """.formatted(file, sha, org.parley.views.format.Phrases.GAIN_DEFINITION);
        assertEquals(expected, r.out().replace("\r\n", "\n"));
    }
}
