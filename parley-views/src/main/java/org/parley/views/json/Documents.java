package org.parley.views.json;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.parley.analysis.crisis.CrisisAnalysis.CrisisReport;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.forecast.Forecast;
import org.parley.forecast.ensemble.IssueComparison;
import org.parley.games.Game;
import org.parley.games.solve.EquilibriumResult;
import org.parley.games.solve.QreResult;
import org.parley.scenario.Scenario;

/**
 * The top-level JSON documents: what {@code analyze}, {@code forecast}, {@code levers} and {@code game solve} print
 * with {@code --format json}, and what the REST API will serve. Each starts with {@code schemaVersion} and
 * {@code kind}; the fields are documented in docs/JSON-FORMAT.md.
 */
public final class Documents {
    /** Version of the layout; bumped when a field changes meaning or is removed, not when one is added. */
    public static final int SCHEMA_VERSION = 2;

    private Documents() {
    }

    private static void check(int schemaVersion, String kind, String expected) {
        if (schemaVersion < 2) {
            throw new IllegalArgumentException("schemaVersion " + schemaVersion + " is not readable (this build "
                    + "reads " + SCHEMA_VERSION + ")");
        }
        if (!expected.equals(kind)) {
            throw new IllegalArgumentException("kind must be '" + expected + "', was '" + kind + "'");
        }
    }

    /**
     * The scenario a document is about.
     *
     * @param file   the file as given on the command line
     * @param asOf   ISO date, or null
     * @param sha256 canonical digest of the scenario
     */
    public record ScenarioRef(String file, String title, String asOf, String sha256, int actors, int issues) {
        public static ScenarioRef of(Path file, Scenario s, String sha256) {
            return new ScenarioRef(file.toString(), s.metadata().title(),
                    s.metadata().asOf() == null ? null : s.metadata().asOf().toString(), sha256, s.actors().size(),
                    s.issues().size());
        }
    }

    /**
     * The game a document is about.
     *
     * @param file   the file as given on the command line
     * @param sha256 {@link Game#hash()}
     */
    public record GameRef(String file, String title, String sha256) {
        public static GameRef of(String file, Game g) {
            return new GameRef(file, g.title(), g.hash());
        }
    }

    /**
     * What {@code analyze} found.
     *
     * @param summary        per issue, the models compared (spread, median, gains)
     * @param gainDefinition the definition of the gains in {@code summary}, in words
     * @param crisisGames    per {@code games:} entry, the game analysed at every stance
     * @param levers         per {@code levers:} entry, the answer
     * @param uncertainty    the forecasts' distributions over the scenario's stated uncertainty, or null when it
     *                       states none (or {@code --uncertainty-samples 0})
     * @param report         path of the HTML report written, or null
     */
    public record Analysis(int schemaVersion, String kind, String parleyVersion, String javaVersion,
                           ScenarioRef scenario, List<Forecast> forecasts, List<IssueComparison> summary,
                           String gainDefinition, List<CrisisReport> crisisGames, List<LeverAnswer> levers,
                           Uncertainty uncertainty, String report) {
        public static final String KIND = "analysis";

        public Analysis {
            check(schemaVersion, kind, KIND);
            Objects.requireNonNull(scenario, "scenario");
            forecasts = List.copyOf(forecasts);
            summary = List.copyOf(summary);
            crisisGames = List.copyOf(crisisGames);
            levers = List.copyOf(levers);
        }

        public Analysis(String parleyVersion, String javaVersion, ScenarioRef scenario, List<Forecast> forecasts,
                        List<IssueComparison> summary, String gainDefinition, List<CrisisReport> crisisGames,
                        List<LeverAnswer> levers, Uncertainty uncertainty, String report) {
            this(SCHEMA_VERSION, KIND, parleyVersion, javaVersion, scenario, forecasts, summary, gainDefinition,
                    crisisGames, levers, uncertainty, report);
        }
    }

    /**
     * The analysis's Monte Carlo over the scenario's stated uncertainty: per model and issue the outcome's
     * distribution (quantiles with Monte Carlo standard errors, histogram, "no agreement" share), per crisis game
     * and stance P(deal) and the outcome shares. What a sweep adds (sensitivity, timings, parallelism) is left out,
     * so the document stays byte-identical across runs and thread counts.
     *
     * @param samples    how many samples were drawn
     * @param provenance the run's provenance (scenario hash, models, seed)
     * @param forecasts  one per model and issue
     * @param crises     one per crisis game and stance
     */
    public record Uncertainty(long samples, org.parley.provenance.Provenance provenance,
                              List<org.parley.sweep.ForecastSummary> forecasts,
                              List<org.parley.sweep.CrisisSummary> crises) {
        public Uncertainty {
            Objects.requireNonNull(provenance, "provenance");
            forecasts = List.copyOf(forecasts);
            crises = List.copyOf(crises);
        }

        /** The distributions of a sweep's result, or null for none. */
        public static Uncertainty of(org.parley.sweep.SweepResult r) {
            return r == null ? null : new Uncertainty(r.samples(), r.provenance(), r.forecasts(), r.crises());
        }
    }

    /** What {@code forecast} found: one model's forecast (restricted to one issue with {@code --issue}). */
    public record SingleForecast(int schemaVersion, String kind, String parleyVersion, String javaVersion,
                                 ScenarioRef scenario, Forecast forecast) {
        public static final String KIND = "forecast";

        public SingleForecast {
            check(schemaVersion, kind, KIND);
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(forecast, "forecast");
        }

        public SingleForecast(String parleyVersion, String javaVersion, ScenarioRef scenario, Forecast forecast) {
            this(SCHEMA_VERSION, KIND, parleyVersion, javaVersion, scenario, forecast);
        }
    }

    /** What {@code levers} found: one lever question answered per model (or for one crisis game). */
    public record SingleLever(int schemaVersion, String kind, String parleyVersion, String javaVersion,
                              ScenarioRef scenario, LeverAnswer lever) {
        public static final String KIND = "lever";

        public SingleLever {
            check(schemaVersion, kind, KIND);
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(lever, "lever");
        }

        public SingleLever(String parleyVersion, String javaVersion, ScenarioRef scenario, LeverAnswer lever) {
            this(SCHEMA_VERSION, KIND, parleyVersion, javaVersion, scenario, lever);
        }
    }

    /**
     * What {@code game solve} found with a quantal-response method. Reading it back needs the game
     * ({@link KnownGames}); the logit residual is recomputed.
     */
    public record Qre(int schemaVersion, String kind, String parleyVersion, String javaVersion, GameRef game,
                      QreResult result) {
        public static final String KIND = "qre";

        public Qre {
            check(schemaVersion, kind, KIND);
            Objects.requireNonNull(game, "game");
            Objects.requireNonNull(result, "result");
            if (!game.sha256().equals(result.gameHash())) {
                throw new IllegalArgumentException("game.sha256 differs from result.gameHash");
            }
        }

        public Qre(String parleyVersion, String javaVersion, GameRef game, QreResult result) {
            this(SCHEMA_VERSION, KIND, parleyVersion, javaVersion, game, result);
        }
    }

    /** What {@code game solve} found. Reading it back needs the game ({@link KnownGames}). */
    public record Equilibria(int schemaVersion, String kind, String parleyVersion, String javaVersion, GameRef game,
                             EquilibriumResult result) {
        public static final String KIND = "equilibria";

        public Equilibria {
            check(schemaVersion, kind, KIND);
            Objects.requireNonNull(game, "game");
            Objects.requireNonNull(result, "result");
            if (!game.sha256().equals(result.gameHash())) {
                throw new IllegalArgumentException("game.sha256 differs from result.gameHash");
            }
        }

        public Equilibria(String parleyVersion, String javaVersion, GameRef game, EquilibriumResult result) {
            this(SCHEMA_VERSION, KIND, parleyVersion, javaVersion, game, result);
        }
    }

    /**
     * What {@code sweep} found.
     *
     * @param sweep  the sweep's typed result (distributions, zones, sensitivity, provenance)
     * @param report directory the report files were written to, or null
     */
    public record Sweep(int schemaVersion, String kind, String parleyVersion, String javaVersion, ScenarioRef scenario,
                        org.parley.sweep.SweepResult sweep, String report) {
        public static final String KIND = "sweep";

        public Sweep {
            check(schemaVersion, kind, KIND);
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(sweep, "sweep");
        }

        public Sweep(String parleyVersion, String javaVersion, ScenarioRef scenario, org.parley.sweep.SweepResult sweep,
                     String report) {
            this(SCHEMA_VERSION, KIND, parleyVersion, javaVersion, scenario, sweep, report);
        }
    }
}
