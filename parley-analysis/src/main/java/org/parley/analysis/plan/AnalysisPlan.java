package org.parley.analysis.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.analysis.InvalidAnalysisInputException;
import org.parley.analysis.InvalidAnalysisInputException.Problem;
import org.parley.analysis.crisis.CrisisAnalysis;
import org.parley.analysis.crisis.CrisisOutcome;
import org.parley.analysis.levers.Attribute;
import org.parley.analysis.levers.LeverOptions;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.LeverQuery;
import org.parley.analysis.levers.LeverResult;
import org.parley.analysis.levers.LeverSearch;
import org.parley.analysis.levers.Levers;
import org.parley.analysis.levers.ScenarioEdits;
import org.parley.analysis.levers.Target;
import org.parley.analysis.spec.GameSpec;
import org.parley.analysis.spec.GameSpecs;
import org.parley.forecast.BargainingModel;
import org.parley.scenario.LeverQuestion;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.scenario.io.ReadResult;
import org.parley.scenario.io.ScenarioException;

/**
 * The crisis games and lever questions of a scenario, checked: {@code games:} through {@link GameSpecs#parse}, and
 * each {@code levers:} entry's target expression, model ids, game id and stance name. Problems carry JSON pointers
 * ({@code /games/0/stances/shift}, {@code /levers/1/target}); {@link #read(ReadResult, Collection)} turns them into
 * located scenario problems ({@code file:line:column: message}). Immutable; cost linear in the sections' size.
 *
 * @param games  the games, in file order
 * @param levers the lever questions, in file order
 */
public record AnalysisPlan(List<GameSpec> games, List<LeverSpec> levers) {
    /** The metrics a crisis-game target may name. */
    public static final List<String> GAME_METRICS = List.of("p_deal", "p_escalation", "p_status_quo", "outcome");
    /** The labels {@code outcome == ...} may name. */
    public static final List<String> GAME_OUTCOMES = java.util.Arrays.stream(CrisisOutcome.values())
            .map(CrisisOutcome::id).toList();

    public AnalysisPlan {
        games = List.copyOf(games);
        levers = List.copyOf(levers);
    }

    public boolean isEmpty() {
        return games.isEmpty() && levers.isEmpty();
    }

    /**
     * Checks the scenario's games and levers.
     *
     * @param knownModels the model ids a lever may name, or null not to check them
     * @throws InvalidAnalysisInputException with every problem, each with its JSON pointer
     */
    public static AnalysisPlan of(Scenario scenario, Collection<String> knownModels) {
        Objects.requireNonNull(scenario, "scenario");
        List<Problem> problems = new ArrayList<>();
        List<GameSpec> games = List.of();
        boolean gamesOk = true;
        if (!scenario.games().isEmpty()) {
            try {
                games = GameSpecs.parse(scenario.games(), scenario);
            } catch (InvalidAnalysisInputException e) {
                problems.addAll(e.problems());
                gamesOk = false;
            }
        }
        // ids written in the file, so that a lever on a game with other problems is not also reported as unknown
        Set<String> writtenIds = new HashSet<>();
        for (Map<String, Object> g : scenario.games()) {
            if (g.get("id") instanceof String id) {
                writtenIds.add(id.trim());
            }
        }
        List<LeverSpec> levers = new ArrayList<>();
        for (int i = 0; i < scenario.levers().size(); i++) {
            String at = "/levers/" + i;
            try {
                LeverSpec l = lever(scenario, games, gamesOk ? null : writtenIds, scenario.levers().get(i), at,
                        knownModels);
                if (l != null) {
                    levers.add(l);
                }
            } catch (InvalidAnalysisInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnalysisInputException(problems);
        }
        return new AnalysisPlan(games, levers);
    }

    /**
     * {@link #of(Scenario, Collection)} on a read scenario, with problems located in the file.
     *
     * @throws ScenarioException with one {@code file:line:column: pointer: message} problem per problem found
     */
    public static AnalysisPlan read(ReadResult read, Collection<String> knownModels) {
        try {
            return of(read.scenario(), knownModels);
        } catch (InvalidAnalysisInputException e) {
            throw located(read, e);
        }
    }

    /** The problems of an analysis input located in the file they came from, sorted by position. */
    public static ScenarioException located(ReadResult read, InvalidAnalysisInputException e) {
        List<org.parley.scenario.io.Problem> out = new ArrayList<>();
        for (Problem p : e.problems()) {
            out.add(read.problemAt(p.path(), p.path().isEmpty() ? p.message() : p.path() + ": " + p.message(), ""));
        }
        out.sort(java.util.Comparator.comparingInt(org.parley.scenario.io.Problem::line)
                .thenComparingInt(org.parley.scenario.io.Problem::column));
        return new ScenarioException(out, e);
    }

    /**
     * Checks one lever question (from the file or the command line) against the scenario and its games.
     *
     * @param pointer     prefix of the problems' paths ({@code /levers/0}; {@code ""} gives {@code /actor} etc.)
     * @param knownModels model ids allowed, or null not to check
     * @throws InvalidAnalysisInputException with every problem found
     */
    public static LeverSpec lever(Scenario scenario, List<GameSpec> games, LeverQuestion q, String pointer,
                                  Collection<String> knownModels) {
        return lever(scenario, games, null, q, pointer, knownModels);
    }

    private static LeverSpec lever(Scenario scenario, List<GameSpec> games, Set<String> brokenGameIds,
                                   LeverQuestion q, String at, Collection<String> knownModels) {
        List<Problem> problems = new ArrayList<>();
        if (scenario.actor(q.actor()).isEmpty()) {
            problems.add(new Problem(at + "/actor", "unknown actor id '" + q.actor() + "'; actors: "
                    + String.join(", ", scenario.actors().stream().map(a -> a.id()).toList())));
        }
        if (scenario.issue(q.issue()).isEmpty()) {
            problems.add(new Problem(at + "/issue", "unknown issue id '" + q.issue() + "'; issues: "
                    + String.join(", ", scenario.issues().stream().map(i -> i.id()).toList())));
        }
        if (problems.isEmpty() && scenario.actor(q.actor()).orElseThrow().stance(q.issue()).isEmpty()) {
            problems.add(new Problem(at + "/actor", "actor '" + q.actor() + "' takes no stance on issue '" + q.issue()
                    + "'"));
        }
        Attribute attribute = null;
        try {
            attribute = Attribute.parse(q.attribute());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(at + "/attribute", e.getMessage()));
        }
        Target target = null;
        try {
            target = Target.parse(q.target());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(at + "/target", e.getMessage()));
        }
        GameSpec game = null;
        if (q.isGameLever()) {
            game = games.stream().filter(g -> g.id().equals(q.game())).findFirst().orElse(null);
            if (game == null && (brokenGameIds == null || !brokenGameIds.contains(q.game()))) {
                problems.add(new Problem(at + "/game", "unknown game id '" + q.game() + "'; games: "
                        + (games.isEmpty() ? "none (add a games: section)"
                        : String.join(", ", games.stream().map(GameSpec::id).toList()))));
            }
            if (game != null && q.stance() != null && !game.stances().containsKey(q.stance())) {
                problems.add(new Problem(at + "/stance", "game '" + game.id() + "' has no stance '" + q.stance()
                        + "'; stances: " + String.join(", ", game.stances().keySet())));
            }
            if (target != null) {
                String metric = target.metric() == null ? (target.isCategorical() ? "outcome" : null) : target.metric();
                if (metric == null || !GAME_METRICS.contains(metric)
                        || target.isCategorical() != metric.equals("outcome")) {
                    problems.add(new Problem(at + "/target", "a crisis-game target is 'p_deal|p_escalation|p_status_quo"
                            + " <op> number' or 'outcome ==|!= deal|escalation|status quo'; got '" + q.target() + "'"));
                    target = null;
                } else if (target.isCategorical()) {
                    String label = target.label().replace('_', ' ').trim().toLowerCase(java.util.Locale.ROOT);
                    if (!GAME_OUTCOMES.contains(label)) {
                        problems.add(new Problem(at + "/target", "unknown crisis outcome '" + target.label()
                                + "'; expected deal, escalation or status quo"));
                        target = null;
                    } else {
                        target = new Target("outcome", target.comparison(), Double.NaN, label);
                    }
                }
            }
        } else {
            if (target != null && (target.isCategorical()
                    || (target.metric() != null && !target.metric().equalsIgnoreCase("forecast")))) {
                problems.add(new Problem(at + "/target", "a bargaining model's forecast is a number: use e.g. '>= 50'"
                        + (target.metric() != null && GAME_METRICS.contains(target.metric())
                        ? " ('" + target.metric() + "' needs a game)" : "") + "; got '" + q.target() + "'"));
            }
            if (knownModels != null) {
                for (int k = 0; k < q.models().size(); k++) {
                    if (!knownModels.contains(q.models().get(k))) {
                        problems.add(new Problem(at + "/models/" + k, "unknown model '" + q.models().get(k)
                                + "'; known models: " + String.join(", ", knownModels)));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnalysisInputException(problems);
        }
        if (q.isGameLever() && game == null) {
            return null; // the game itself is broken and reported
        }
        return new LeverSpec(at, q, new LeverQuery(q.actor(), q.issue(), attribute, target), q.models(), game,
                q.stance());
    }

    /** Runs every game at each of its stances, hashing the scenario once for all of them. */
    public List<CrisisAnalysis.CrisisReport> runGames(Scenario scenario) {
        return runGames(RunContext.of(InputKind.SCENARIO, ScenarioDigest.sha256(scenario)), scenario);
    }

    /** Runs every game at each of its stances in the given run (whose scenario hash the results carry). */
    public List<CrisisAnalysis.CrisisReport> runGames(RunContext run, Scenario scenario) {
        List<CrisisAnalysis.CrisisReport> out = new ArrayList<>();
        for (GameSpec g : games) {
            out.add(CrisisAnalysis.analyze(run, scenario, g));
        }
        return out;
    }

    /**
     * Answers one lever question: over the given models ({@link Levers#find}), or over its crisis game
     * ({@link CrisisAnalysis#lever}; {@code models} is then ignored).
     *
     * @param models the models to ask (for a model lever: those the spec names, resolved by the caller)
     */
    public static LeverAnswer runLever(Scenario scenario, LeverSpec spec, List<BargainingModel> models,
                                       LeverOptions options) {
        LeverQuery q = spec.query();
        if (spec.isGameLever()) {
            LeverOutcome o = CrisisAnalysis.lever(scenario, spec.game(), spec.stance(), q, options);
            double current = ScenarioEdits.current(scenario, q.actorId(), q.issueId(), q.attribute());
            return new LeverAnswer(spec, new LeverResult(q, current, LeverSearch.domain(scenario, q, options), options,
                    List.of(o)));
        }
        return new LeverAnswer(spec, Levers.find(scenario, q, models, options));
    }
}
