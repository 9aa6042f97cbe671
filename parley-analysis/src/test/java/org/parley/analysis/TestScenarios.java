package org.parley.analysis;

import java.util.ArrayList;
import org.parley.provenance.RunContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.ModelInfo;
import org.parley.forecast.ModelOptions;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.IssueSlice;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.Stance;

/** Small scenarios and tiny reference models written for the tests (independent of parley-forecast's models). */
public final class TestScenarios {
    private TestScenarios() {
    }

    /** One issue "x" on [0,100]; actors a0, a1, ... with the given positions, capabilities and saliences. */
    public static Scenario oneIssue(double[] pos, double[] cap, double[] sal) {
        Issue issue = new Issue("x", "x", "", Scale.DEFAULT, null, null, List.of());
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < pos.length; i++) {
            Map<String, Stance> st = new LinkedHashMap<>();
            st.put("x", new Stance("x", Estimate.of(pos[i]), Estimate.of(sal[i]), null, "", List.of()));
            actors.add(new Actor("a" + i, "a" + i, List.of(), Estimate.of(cap[i]), "", List.of(), st));
        }
        return new Scenario(new Metadata("test", null, "", List.of()), List.of(issue), actors);
    }

    /** A model whose forecast of every issue is {@code f(slice)}. */
    public static BargainingModel model(String id, ToDoubleFunction<IssueSlice> f) {
        ModelOptions opts = TreeMap::new;
        ModelInfo info = new ModelInfo(id, id, "test", "test model");
        return new BargainingModel() {
            @Override
            public ModelInfo info() {
                return info;
            }

            @Override
            public ModelOptions options() {
                return opts;
            }

            @Override
            public Forecast forecast(Scenario s, RunContext context) {
                List<IssueForecast> out = new ArrayList<>();
                for (Issue i : s.issues()) {
                    IssueSlice sl = s.slice(i.id());
                    out.add(new IssueForecast(i.id(), f.applyAsDouble(sl), null, sl.actorIds(), List.of(), List.of(),
                            List.of(), IssueForecast.Convergence.CLOSED_FORM));
                }
                return new Forecast(info, out, context.provenance(id, "test", new TreeMap<>()));
            }
        };
    }

    /** Compromise model (§1.1): weighted mean with w = c·s/100. */
    public static BargainingModel compromise() {
        return model("t-compromise", sl -> {
            double num = 0, den = 0;
            for (int i = 0; i < sl.size(); i++) {
                double w = sl.capability(i) * sl.salience(i) / 100;
                num += w * sl.position(i);
                den += w;
            }
            return num / den;
        });
    }

    /** Weighted median (§1.2), w = c·s/100, midpoint of the tie interval. */
    public static BargainingModel median() {
        return model("t-median", sl -> {
            int n = sl.size();
            Integer[] idx = new Integer[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                idx[i] = i;
                total += sl.capability(i) * sl.salience(i) / 100;
            }
            java.util.Arrays.sort(idx, (a, b) -> Double.compare(sl.position(a), sl.position(b)));
            double cum = 0;
            for (int k = 0; k < n; k++) {
                int i = idx[k];
                cum += sl.capability(i) * sl.salience(i) / 100;
                if (cum > total / 2) {
                    return sl.position(i);
                }
                if (cum == total / 2) {
                    return 0.5 * (sl.position(i) + sl.position(idx[k + 1]));
                }
            }
            return sl.position(idx[n - 1]);
        });
    }
}
