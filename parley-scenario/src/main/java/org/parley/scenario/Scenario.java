package org.parley.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A negotiation described by an analyst: metadata and sources, issues, actors with their stances, and the analyses
 * the analyst asks for: crisis games ({@code games:}) and "what would it take" questions ({@code levers:}).
 * Immutable. Build one with {@code ScenarioReader} from a file, or directly in code and tests.
 *
 * @param games    the {@code games:} section, in file order; empty when the file has none
 * @param levers   the {@code levers:} section, in file order; empty when the file has none
 * @param decision the scenario-wide {@code decision:} default (issues may override it), or null when the file has none
 */
public record Scenario(Metadata metadata, List<Issue> issues, List<Actor> actors, List<GameSpec> games,
                       List<LeverQuestion> levers, DecisionStructure decision) {
    public Scenario {
        Objects.requireNonNull(metadata, "metadata");
        issues = List.copyOf(issues);
        actors = List.copyOf(actors);
        games = games == null ? List.of() : List.copyOf(games);
        levers = levers == null ? List.of() : List.copyOf(levers);
    }

    /** A scenario without a scenario-wide decision structure. */
    public Scenario(Metadata metadata, List<Issue> issues, List<Actor> actors, List<GameSpec> games,
                    List<LeverQuestion> levers) {
        this(metadata, issues, actors, games, levers, null);
    }

    /** A scenario without games or levers. */
    public Scenario(Metadata metadata, List<Issue> issues, List<Actor> actors) {
        this(metadata, issues, actors, List.of(), List.of());
    }

    /** The same scenario with other actors (games and levers kept), e.g. for what-if edits. */
    public Scenario withActors(List<Actor> newActors) {
        return new Scenario(metadata, issues, newActors, games, levers, decision);
    }

    public Optional<Issue> issue(String id) {
        return issues.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The same scenario with other issues (everything else kept). */
    public Scenario withIssues(List<Issue> newIssues) {
        return new Scenario(metadata, newIssues, actors, games, levers, decision);
    }

    /** Who decides the issue: its own structure, else the scenario's default, else empty (no structure given). */
    public Optional<DecisionStructure> decisionFor(String issueId) {
        Issue i = issue(issueId).orElseThrow(() -> new IllegalArgumentException("unknown issue id: " + issueId));
        return Optional.ofNullable(i.decision() != null ? i.decision() : decision);
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The entry of {@code games:} with this id. */
    public Optional<GameSpec> game(String id) {
        return games.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /**
     * The point values of every actor with a stance on the issue.
     * @throws IllegalArgumentException if the issue id is unknown
     */
    public IssueSlice slice(String issueId) {
        Issue issue = issue(issueId).orElseThrow(() -> new IllegalArgumentException("unknown issue id: " + issueId));
        List<String> ids = new ArrayList<>();
        List<Stance> stances = new ArrayList<>();
        List<Actor> who = new ArrayList<>();
        for (Actor a : actors) {
            Stance s = a.stances().get(issueId);
            if (s != null) {
                ids.add(a.id());
                stances.add(s);
                who.add(a);
            }
        }
        int n = ids.size();
        double[] x = new double[n], sal = new double[n], cap = new double[n], risk = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = stances.get(i).position().value();
            sal[i] = stances.get(i).salience().value();
            cap[i] = who.get(i).capability().value();
            Double r = stances.get(i).riskAttitude();
            risk[i] = r == null ? Double.NaN : r;
        }
        double sq = issue.statusQuo() == null ? Double.NaN : issue.statusQuo().value();
        return new IssueSlice(issue, ids, x, sal, cap, risk, sq, decisionFor(issueId).orElse(null));
    }
}
