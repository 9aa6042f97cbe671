package org.parley.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.Stance;

/** Builds small one-issue scenarios in code (salience on the data scale 0–100). */
public final class TestScenarios {
    private TestScenarios() {
    }

    public static final String ISSUE = "issue";

    /**
     * @param statusQuo NaN for none
     */
    public static Scenario oneIssue(Scale scale, double statusQuo, String[] ids, double[] c, double[] x, double[] s) {
        Issue issue = new Issue(ISSUE, "Test issue", "", scale,
                Double.isNaN(statusQuo) ? null : Estimate.of(statusQuo), null, List.of());
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            Stance st = new Stance(ISSUE, Estimate.of(x[i]), Estimate.of(s[i]), null, "", List.of());
            actors.add(new Actor(ids[i], ids[i], List.of(), Estimate.of(c[i]), "", List.of(), Map.of(ISSUE, st)));
        }
        return new Scenario(new Metadata("test", null, "", List.of()), List.of(issue), actors);
    }

    public static Scenario oneIssue(double[] c, double[] x, double[] s) {
        String[] ids = new String[c.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "a" + i;
        }
        return oneIssue(Scale.DEFAULT, Double.NaN, ids, c, x, s);
    }

    /** BDM (1994) EC car-emission standards, Scholz et al. (2011) Table 1; scale 4–10, salience 0–100. */
    public static Scenario ecEmissions() {
        String[] ids = {"Netherlands", "Belgium", "Luxembourg", "Germany", "France", "Italy", "UK", "Ireland",
            "Denmark", "Greece"};
        double[] c = {0.08, 0.08, 0.03, 0.16, 0.16, 0.16, 0.16, 0.05, 0.05, 0.08};
        double[] x = {4, 7, 4, 4, 10, 10, 10, 7, 4, 7};
        double[] s = {80, 40, 20, 80, 60, 60, 90, 10, 100, 70};
        return oneIssue(new Scale(4, 10, "early standards", "late standards"), Double.NaN, ids, c, x, s);
    }
}
