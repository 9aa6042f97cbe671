package org.parley.analysis.crisis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.scenario.Actor;
import org.parley.scenario.CrisisTemplate;
import org.parley.scenario.Estimate;
import org.parley.scenario.GameSpec;
import org.parley.scenario.Issue;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.Stance;

/** A small Korea-like scenario for mapping tests (numbers chosen for hand computation, not a judgment). */
public final class CrisisFixtures {
    private CrisisFixtures() {
    }

    /** Issue "sequencing" on [0, 100], status quo 5; actors: dprk, usa, china, hawks. */
    public static Scenario korea() {
        Issue issue = new Issue("sequencing", "Sequencing", "", Scale.DEFAULT, Estimate.of(5), null, List.of());
        List<Actor> actors = new ArrayList<>();
        actors.add(actor("dprk", 70, 100, 90));
        actors.add(actor("usa", 100, 10, 60));
        actors.add(actor("china", 80, 80, 50));
        actors.add(actor("hawks", 35, 0, 70));
        return new Scenario(new Metadata("test", null, "", List.of()), List.of(issue), actors);
    }

    static Actor actor(String id, double cap, double pos, double sal) {
        Map<String, Stance> st = new LinkedHashMap<>();
        st.put("sequencing", new Stance("sequencing", Estimate.of(pos), Estimate.of(sal), null, "", List.of()));
        return new Actor(id, id, List.of(), Estimate.of(cap), "", List.of(), st);
    }

    /**
     * The game of a {@code games:} entry written as plain data ({@link #entry}) for a scenario: what the scenario
     * reader gives for it (defaults filled in: lambda 1 for {@code iig-logit}, the defender's position as the stance
     * {@code hold}).
     */
    public static GameSpec spec(Map<String, Object> entry, Scenario scenario) {
        CrisisTemplate t = CrisisTemplate.parse((String) entry.get("template"));
        Map<String, Double> stances = new LinkedHashMap<>();
        if (entry.get("stances") instanceof Map<?, ?> st) {
            st.forEach((k, v) -> stances.put((String) k, ((Number) v).doubleValue()));
        } else {
            stances.put("hold", scenario.actor((String) entry.get("defender")).orElseThrow()
                    .stance((String) entry.get("issue")).orElseThrow().position().value());
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        if (entry.get("parameters") instanceof Map<?, ?> ps) {
            ps.forEach((k, v) -> parameters.put((String) k, ((Number) v).doubleValue()));
        }
        double lambda = entry.get("lambda") instanceof Number l ? l.doubleValue()
                : t.takesLambda() ? GameSpec.DEFAULT_LAMBDA : Double.NaN;
        @SuppressWarnings("unchecked")
        List<String> backers = (List<String>) entry.get("backers");
        return new GameSpec((String) entry.get("id"), t, (String) entry.get("challenger"),
                (String) entry.get("defender"), (String) entry.get("issue"), stances, lambda, backers, parameters);
    }

    /** A games: entry as written in a file, as plain data. */
    public static Map<String, Object> entry(String id, String template) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("template", template);
        m.put("challenger", "dprk");
        m.put("defender", "usa");
        m.put("issue", "sequencing");
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("hold", 10);
        st.put("shift", 45.0);
        m.put("stances", st);
        return m;
    }
}
