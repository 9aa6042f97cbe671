package org.parley.views.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.forecast.Forecast;
import org.parley.forecast.IssueForecast;
import org.parley.forecast.ModelInfo;
import org.parley.provenance.InputKind;
import org.parley.provenance.Provenance;
import org.parley.provenance.RunContext;
import org.parley.forecast.RoundState;
import org.parley.forecast.Sentence;
import org.parley.scenario.Actor;
import org.parley.scenario.Estimate;
import org.parley.scenario.Issue;
import org.parley.scenario.Metadata;
import org.parley.scenario.Scale;
import org.parley.scenario.Scenario;
import org.parley.scenario.Source;
import org.parley.scenario.Stance;
import org.parley.scenario.Uncertainty;

/** A small scenario and hand-made forecasts (the numbers are arbitrary; the report only displays them). */
final class Fixtures {
    static final String HASH = "3f5a0c1e9b7d2468ace013579bdf2468ace013579bdf2468ace013579bdf2468";

    private Fixtures() {
    }

    static Stance stance(String issue, double x, double s, String why) {
        return new Stance(issue, Estimate.of(x), Estimate.of(s), null, why, List.of("s1"));
    }

    /** Three actors on two issues: "tariff" has a status quo, "talks" has none. */
    static Scenario scenario(String title) {
        Map<String, Stance> a = new LinkedHashMap<>();
        a.put("tariff", new Stance("tariff", new Estimate(20, new Uncertainty.Range(10, 30)), Estimate.of(80), 0.8,
                "Wants low tariffs", List.of("s1")));
        a.put("talks", stance("talks", 70, 50, "Open to talks"));
        Map<String, Stance> b = new LinkedHashMap<>();
        b.put("tariff", new Stance("tariff", Estimate.of(80), new Estimate(60, new Uncertainty.StdDev(10)), null,
                "Protects industry", List.of()));
        b.put("talks", stance("talks", 30, 90, "Sceptical"));
        Map<String, Stance> c = new LinkedHashMap<>();
        c.put("tariff", stance("tariff", 50, 40, "Mediator"));
        List<Actor> actors = List.of(
                new Actor("usa", "United States", List.of(), Estimate.of(100), "The largest economy", List.of("s1"), a),
                new Actor("chn", "China", List.of(), new Estimate(80, new Uncertainty.Range(70, 90)), "", List.of(), b),
                new Actor("eu", "European Union", List.of(), Estimate.of(60), "", List.of(), c));
        List<Issue> issues = List.of(
                new Issue("tariff", "Tariff level", "Average tariff in percent", new Scale(0, 100, "free trade",
                        "prohibitive"), Estimate.of(40), LocalDate.of(2019, 12, 15), List.of("s1")),
                new Issue("talks", "Talks format", "", Scale.DEFAULT, null, null, List.of()));
        List<Source> sources = List.of(
                new Source("s1", "Trade statistics", "WTO", LocalDate.of(2019, 1, 1), "https://example.org/stats"),
                new Source("s2", "Briefing", null, null, null));
        Metadata md = new Metadata(title, LocalDate.of(2019, 6, 1), "A test scenario.\n\nSecond paragraph.", sources);
        return new Scenario(md, issues, actors);
    }

    static Scenario scenario() {
        return scenario("Trade talks");
    }

    /** A provenance of the fixture scenario at a fixed time (Parley's own build and Java version). */
    static Provenance provenance(String component, String version, java.util.SortedMap<String, String> params, Long seed) {
        return new RunContext(InputKind.SCENARIO, HASH, java.time.Instant.parse("2026-01-01T00:00:00Z"), seed, null)
                .provenance(component, version, params);
    }

    static Provenance provenance(String model) {
        return provenance(model, "1.0", new TreeMap<>(Map.of("alpha", "0.5")), null);
    }

    static IssueForecast staticIssue(String issue, List<String> ids, double outcome, IssueForecast.Interval iv) {
        List<IssueForecast.ActorDetail> details = new ArrayList<>();
        for (String id : ids) {
            details.add(new IssueForecast.ActorDetail(id, 0, 0, 1));
        }
        return new IssueForecast(issue, outcome, iv, ids, List.of(), details,
                List.of(Sentence.of("Weighted mean of positions for " + issue + ".")), IssueForecast.Convergence.CLOSED_FORM);
    }

    static Forecast compromise() {
        return new Forecast(new ModelInfo("compromise", "Compromise model", "1.0", "Achen 2006"),
                List.of(staticIssue("tariff", List.of("usa", "chn", "eu"), 45.25, null),
                        staticIssue("talks", List.of("usa", "chn"), 44.4, null)),
                provenance("compromise"));
    }

    static Forecast median() {
        return new Forecast(new ModelInfo("median", "Weighted median", "1.0", "Black 1948"),
                List.of(staticIssue("tariff", List.of("usa", "chn", "eu"), 50, new IssueForecast.Interval(50, 50)),
                        staticIssue("talks", List.of("usa", "chn"), 30, null)),
                provenance("median"));
    }

    /** A model with rounds on "tariff" (three rounds, a few moves). */
    static Forecast eu() {
        List<String> ids = List.of("usa", "chn", "eu");
        List<RoundState> path = List.of(
                new RoundState(0, List.of(20.0, 80.0, 50.0), List.of(1.0, 1.0, 1.0), 50, 47, List.of()),
                new RoundState(1, List.of(30.0, 70.0, 50.0), List.of(0.9, 1.1, 1.0), 50, 49, List.of(
                        new RoundState.Move("usa", "chn", RoundState.Move.Kind.COMPROMISE, 20, 30, 0.25, 0.125),
                        new RoundState.Move("chn", "usa", RoundState.Move.Kind.COMPROMISE, 80, 70, 0.2, 0.1))),
                new RoundState(2, List.of(45.0, 60.0, 50.0), List.of(0.9, 1.1, 1.0), 52.5, 51, List.of(
                        new RoundState.Move("usa", "eu", RoundState.Move.Kind.CAPITULATION, 30, 45, -0.1, 0.3))));
        IssueForecast tariff = new IssueForecast("tariff", 52.5, null, ids, path,
                List.of(new IssueForecast.ActorDetail("usa", 20, 45, 8000),
                        new IssueForecast.ActorDetail("chn", 80, 60, 4800),
                        new IssueForecast.ActorDetail("eu", 50, 50, 2400)),
                List.of(Sentence.of("China holds out; the US compromises.")), new IssueForecast.Convergence(2, "max rounds", 2.5));
        return new Forecast(new ModelInfo("eu", "Expected utility", "2.0", "Bueno de Mesquita 1994"),
                List.of(tariff, staticIssue("talks", List.of("usa", "chn"), 33.3, null)),
                provenance("eu", "2.0", new TreeMap<>(Map.of("rounds", "2")), 42L));
    }

    static List<Forecast> all() {
        return List.of(compromise(), median(), eu());
    }
}
