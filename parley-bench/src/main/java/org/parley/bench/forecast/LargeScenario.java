package org.parley.bench.forecast;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.Stance;

/**
 * Random large scenarios for scaling measurements (never committed as files): {@code actors} actors, each with a
 * stance on each of {@code issues} issues on the 0–100 scale; capabilities U(0.1, 1) to 0.001, positions U(0, 100)
 * to 0.01, saliences U(10, 100) to 1, all from one seed (rounded so that 1,000 × 50 fits the 3 MiB file limit).
 *
 * <pre>
 *   java -cp parley-bench/target/benchmarks.jar org.parley.bench.forecast.LargeScenario 1000 50 /tmp/large.yaml
 * </pre>
 */
public final class LargeScenario {
    private LargeScenario() {
    }

    /** The scenario in memory; issues are named i0, i1, …, actors a0, a1, …. */
    public static Scenario of(int actors, int issues, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Issue> is = new ArrayList<>();
        for (int k = 0; k < issues; k++) {
            is.add(new Issue("i" + k, "issue " + k, "", Scale.DEFAULT, null, null, List.of()));
        }
        List<Actor> list = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            Map<String, Stance> stances = new LinkedHashMap<>();
            double[] pos = new double[issues], sal = new double[issues];
            for (int k = 0; k < issues; k++) {
                pos[k] = Math.round(rnd.nextDouble(0, 100) * 100) / 100.0;
                sal[k] = Math.round(rnd.nextDouble(10, 100));
            }
            double c = Math.round(rnd.nextDouble(0.1, 1) * 1000) / 1000.0;
            for (int k = 0; k < issues; k++) {
                stances.put("i" + k, new Stance("i" + k, Estimate.of(pos[k]), Estimate.of(sal[k]), null, "", List.of()));
            }
            list.add(new Actor("a" + i, null, List.of(), Estimate.of(c), "", List.of(), stances));
        }
        return new Scenario(new Metadata("large generated scenario", null, "", List.of()), is, list);
    }

    /** Writes the same scenario as YAML: {@code LargeScenario ACTORS ISSUES FILE [SEED]}. */
    public static void main(String[] args) throws IOException {
        int actors = Integer.parseInt(args[0]), issues = Integer.parseInt(args[1]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20_111_004L;
        Scenario s = of(actors, issues, seed);
        try (Writer w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            w.write("metadata:\n  title: \"Generated: " + actors + " actors x " + issues + " issues, seed " + seed
                    + "\"\nissues:\n");
            for (Issue i : s.issues()) {
                w.write("  - {id: " + i.id() + ", label: \"" + i.label() + "\", scale: {min: 0, max: 100}}\n");
            }
            w.write("actors:\n");
            for (Actor a : s.actors()) {
                w.write("  - id: " + a.id() + "\n    name: " + a.id() + "\n    capability: "
                        + num(a.capability().value()) + "\n    positions: {");
                String sep = "";
                for (Map.Entry<String, Stance> e : a.stances().entrySet()) {
                    w.write(sep + e.getKey() + ": {position: " + num(e.getValue().position().value())
                            + ", salience: " + num(e.getValue().salience().value()) + "}");
                    sep = ", ";
                }
                w.write("}\n");
            }
        }
    }

    private static String num(double v) {
        return Double.toString(v); // shortest text that reads back to the same double
    }
}
