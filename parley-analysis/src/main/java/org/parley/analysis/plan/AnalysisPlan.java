package org.parley.analysis.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.parley.analysis.InvalidAnalysisInputException;
import org.parley.analysis.InvalidAnalysisInputException.Problem;
import org.parley.analysis.crisis.CrisisAnalysis;
import org.parley.analysis.levers.LeverOptions;
import org.parley.analysis.levers.LeverOutcome;
import org.parley.analysis.levers.LeverQuery;
import org.parley.analysis.levers.LeverResult;
import org.parley.analysis.levers.LeverSearch;
import org.parley.analysis.levers.Levers;
import org.parley.analysis.levers.ScenarioEdits;
import org.parley.forecast.BargainingModel;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.scenario.GameSpec;
import org.parley.scenario.LeverQuestion;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.scenario.io.ReadResult;
import org.parley.scenario.io.ScenarioFormatException;

/**
 * What a scenario asks to be analysed beyond the bargaining forecasts, ready to run: its crisis games and its lever
 * questions, each bound to the game it asks. Both sections are typed and checked when the scenario is read
 * ({@code parley-scenario}); the plan only adds what a scenario cannot know, that every model a lever names is one
 * the caller runs, and reports an unknown one with its JSON pointer ({@code /levers/1/models/0}), which
 * {@link #read(ReadResult, Collection)} locates in the file. Immutable; cost linear in the number of levers.
 *
 * @param games  the games, in file order
 * @param levers the lever questions, in file order
 */
public record AnalysisPlan(List<GameSpec> games, List<LeverSpec> levers) {
    public AnalysisPlan {
        games = List.copyOf(games);
        levers = List.copyOf(levers);
    }

    public boolean isEmpty() {
        return games.isEmpty() && levers.isEmpty();
    }

    /**
     * The plan of a scenario's games and levers.
     *
     * @param knownModels the model ids a lever may name, or null not to check them
     * @throws InvalidAnalysisInputException with every unknown model id, each with its JSON pointer
     */
    public static AnalysisPlan of(Scenario scenario, Collection<String> knownModels) {
        Objects.requireNonNull(scenario, "scenario");
        List<Problem> problems = new ArrayList<>();
        List<LeverSpec> levers = new ArrayList<>();
        for (int i = 0; i < scenario.levers().size(); i++) {
            try {
                levers.add(lever(scenario, scenario.levers().get(i), "/levers/" + i, knownModels));
            } catch (InvalidAnalysisInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnalysisInputException(problems);
        }
        return new AnalysisPlan(scenario.games(), levers);
    }

    /**
     * {@link #of(Scenario, Collection)} on a read scenario, with problems located in the file.
     *
     * @throws ScenarioFormatException with one {@code file:line:column: pointer: message} problem per problem found
     */
    public static AnalysisPlan read(ReadResult read, Collection<String> knownModels) {
        try {
            return of(read.scenario(), knownModels);
        } catch (InvalidAnalysisInputException e) {
            throw located(read, e);
        }
    }

    /** The problems of an analysis input located in the file they came from, sorted by position. */
    public static ScenarioFormatException located(ReadResult read, InvalidAnalysisInputException e) {
        List<org.parley.scenario.io.Problem> out = new ArrayList<>();
        for (Problem p : e.problems()) {
            out.add(read.problemAt(p.path(), p.path().isEmpty() ? p.message() : p.path() + ": " + p.message(), ""));
        }
        out.sort(Comparator.comparingInt(org.parley.scenario.io.Problem::line)
                .thenComparingInt(org.parley.scenario.io.Problem::column));
        return new ScenarioFormatException(out, e);
    }

    /**
     * Binds one lever question (from the file or the command line) to the game it asks, after checking that the
     * models it names are known.
     *
     * @param pointer     JSON pointer of the question ({@code /levers/0}; {@code ""} for one from the command line),
     *                    the prefix of the problems' paths
     * @param knownModels model ids allowed, or null not to check
     * @throws InvalidAnalysisInputException for every unknown model ({@code <pointer>/models/<k>}), or a game the
     *                                       scenario does not have ({@code <pointer>/game})
     */
    public static LeverSpec lever(Scenario scenario, LeverQuestion q, String pointer, Collection<String> knownModels) {
        List<Problem> problems = new ArrayList<>();
        if (knownModels != null) {
            for (int k = 0; k < q.models().size(); k++) {
                if (!knownModels.contains(q.models().get(k))) {
                    problems.add(new Problem(pointer + "/models/" + k, "unknown model '" + q.models().get(k)
                            + "'; known models: " + String.join(", ", knownModels)));
                }
            }
        }
        GameSpec game = q.isGameLever() ? scenario.game(q.game()).orElse(null) : null;
        if (q.isGameLever() && game == null) {
            problems.add(new Problem(pointer + "/game", "unknown game id '" + q.game() + "'"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnalysisInputException(problems);
        }
        return new LeverSpec(pointer, q, game);
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
     * @param run    the run the answer belongs to: the scenario's digest, computed once for the run
     */
    public static LeverAnswer runLever(Scenario scenario, LeverSpec spec, List<BargainingModel> models,
                                       LeverOptions options, RunContext run) {
        LeverQuery q = spec.query();
        if (spec.isGameLever()) {
            LeverOutcome o = CrisisAnalysis.lever(scenario, spec.game(), spec.stance(), q, options, run);
            double current = ScenarioEdits.current(scenario, q.actorId(), q.issueId(), q.attribute());
            return new LeverAnswer(spec, new LeverResult(q, current, LeverSearch.domain(scenario, q, options), options,
                    List.of(o)));
        }
        return new LeverAnswer(spec, Levers.find(scenario, q, models, options, run));
    }
}
