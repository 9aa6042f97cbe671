package org.parley.bench.forecast;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.backtest.BacktestCase;
import org.parley.backtest.deu.CapabilityMeasure;
import org.parley.backtest.deu.DeuImporter;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.RoundState;
import org.parley.forecast.eu.ExpectedUtilityModel;
import org.parley.scenario.Issue;
import org.parley.scenario.Scenario;
import org.parley.scenario.io.ScenarioReader;

/**
 * Every expected-utility forecast, round, position, risk exponent and move, both variants and both cycle rules, one
 * line each, for comparing two builds of the model (docs/PERFORMANCE.md): scenario files, or DEU-style CSV files
 * (read with the GDP table beside them, as {@code parley backtest} does), then the output file.
 *
 * <pre>
 *   java -cp parley-bench/target/benchmarks.jar org.parley.bench.forecast.EuTrace examples/*.yaml \
 *       ../shared/data/cases/deu3/deu3-issues.csv /tmp/eu-trace.txt
 * </pre>
 */
public final class EuTrace {
    private EuTrace() {
    }

    public static void main(String[] args) throws IOException {
        List<Map.Entry<String, Scenario>> work = new ArrayList<>();
        for (int k = 0; k < args.length - 1; k++) {
            Path f = Path.of(args[k]);
            if (f.toString().endsWith(".csv")) {
                var gdp = DeuImporter.readGdp(f.toAbsolutePath().resolveSibling("deu3-capability-gdp.csv"));
                for (BacktestCase c : DeuImporter.read(f, new DeuImporter.Options(CapabilityMeasure.GDP, gdp))) {
                    work.add(Map.entry(c.id(), c.scenario()));
                }
            } else {
                work.add(Map.entry(f.getFileName().toString(), new ScenarioReader().read(f)));
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[args.length - 1])))) {
            for (Map.Entry<String, Scenario> w : work) {
                for (var variant : ExpectedUtilityModel.Variant.values()) {
                    for (var cycle : ExpectedUtilityModel.CycleRule.values()) {
                        var model = new ExpectedUtilityModel(ExpectedUtilityModel.Options.defaults(variant)
                                .withCycle(cycle));
                        for (Issue issue : w.getValue().issues()) {
                            String key = w.getKey() + " " + issue.id() + " " + variant.id() + " " + cycle;
                            IssueForecast f;
                            try {
                                f = model.forecastIssue(w.getValue().slice(issue.id()));
                            } catch (RuntimeException e) {
                                out.println(key + " ERR " + e.getMessage());
                                continue;
                            }
                            out.println(key + " F " + f.outcome() + " rounds " + f.convergence().rounds() + " stop "
                                    + f.convergence().stopReason());
                            for (RoundState st : f.path()) {
                                out.println(key + " R" + st.round() + " med " + st.forecast() + " mean "
                                        + st.weightedMean() + " x " + st.positions() + " r " + st.riskExponents());
                                for (RoundState.Move m : st.moves()) {
                                    out.println(key + " R" + st.round() + " M " + m.actorId() + " "
                                            + m.counterpartId() + " " + m.kind() + " to " + m.to() + " eu "
                                            + m.ownExpectedUtility() + " " + m.counterpartExpectedUtility());
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
