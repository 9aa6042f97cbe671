package org.parley.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.backtest.BacktestCase;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Models;
import org.parley.games.Arithmetic;
import org.parley.games.Game;
import org.parley.games.io.GameReader;
import org.parley.games.solve.QreSolverEntry;
import org.parley.games.solve.SolverEntry;
import org.parley.games.solve.Solvers;
import org.parley.server.Limits;
import org.parley.server.db.GameStore;
import org.parley.server.db.Run;
import org.parley.server.db.RunKind;
import org.parley.server.db.ScenarioStore;
import org.parley.server.db.StoredScenario;
import org.parley.server.jobs.AnalysisComputation;
import org.parley.server.jobs.BacktestComputation;
import org.parley.server.jobs.Computation;
import org.parley.server.jobs.GameComputation;
import org.parley.server.jobs.SweepComputation;
import org.parley.sweep.ModelChoice;
import org.parley.sweep.SweepRunner;
import org.parley.sweep.SweepSpec;
import org.parley.sweep.Zone;
import org.parley.sweep.sample.RangeShape;

/**
 * Checks a run request against the stored inputs and the limits, and builds its computation. The same code builds
 * the computation of a stored run after a restart, so what runs is always what the stored request says.
 */
final class Computations {
    private final ScenarioStore scenarios;
    private final GameStore games;
    private final Limits limits;
    private final ObjectMapper mapper;

    Computations(ScenarioStore scenarios, GameStore games, Limits limits, ObjectMapper mapper) {
        this.scenarios = scenarios;
        this.games = games;
        this.limits = limits;
        this.mapper = mapper;
    }

    /** A checked request: what to store and what to run. */
    record Planned(RunKind kind, Long scenarioId, Integer version, Long gameId, String inputSha256,
                   List<Integer> versions, Computation computation) {
    }

    Planned plan(RunRequest r) {
        if (r.kind() == null) {
            throw ApiProblem.badField("/kind", "kind is required: analysis, sweep, game or backtest");
        }
        Map<String, Object> request = mapper.convertValue(r, Map.class);
        request.values().removeIf(java.util.Objects::isNull);
        return switch (r.kind()) {
            case "analysis" -> analysis(r, request);
            case "sweep" -> sweep(r, request);
            case "game" -> game(r, request);
            case "backtest" -> backtest(r, request);
            default -> throw ApiProblem.invalidField("/kind", "unknown kind '" + r.kind()
                    + "': expected analysis, sweep, game or backtest");
        };
    }

    /** The computation of a stored run (after a restart). */
    Computation rebuild(Run run) {
        try {
            return plan(mapper.readValue(run.request(), RunRequest.class)).computation();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored request of run " + run.id() + " is not readable", e);
        }
    }

    private static void unused(Object value, String field, String kind) {
        if (value != null) {
            throw ApiProblem.invalidField("/" + field, field + " does not apply to a " + kind + " run");
        }
    }

    private static void sweepFieldsUnused(RunRequest r, String kind) {
        unused(r.samples(), "samples", kind);
        unused(r.seed(), "seed", kind);
        unused(r.zones(), "zones", kind);
        unused(r.sobol(), "sobol", kind);
        unused(r.swingPoints(), "swingPoints", kind);
        unused(r.ranges(), "ranges", kind);
    }

    /** The scenario version a run of one scenario analyses (the newest when none is named). */
    private StoredScenario scenarioVersion(RunRequest r, String kind) {
        if (r.scenarioId() == null) {
            throw ApiProblem.invalidField("/scenarioId", "scenarioId is required for " + kind);
        }
        int version = r.version() != null ? r.version() : scenarios.get(r.scenarioId())
                .orElseThrow(() -> ApiProblem.invalidField("/scenarioId", "no scenario " + r.scenarioId()))
                .latest().version();
        return scenarios.version(r.scenarioId(), version).orElseThrow(() ->
                ApiProblem.invalidField("/version", "no version " + version + " of scenario " + r.scenarioId()));
    }

    private Planned sweep(RunRequest r, Map<String, Object> request) {
        unused(r.leverGrid(), "leverGrid", "sweep");
        unused(r.gameId(), "gameId", "sweep");
        unused(r.method(), "method", "sweep");
        unused(r.exact(), "exact", "sweep");
        unused(r.lambda(), "lambda", "sweep");
        unused(r.scenarioIds(), "scenarioIds", "sweep");
        unused(r.versions(), "versions", "sweep");
        StoredScenario stored = scenarioVersion(r, "a sweep");
        int version = stored.version().version();
        long samples = r.samples() == null ? 10_000 : r.samples();
        long sobol = r.sobol() == null ? SweepSpec.DEFAULT_SOBOL_SAMPLES : r.sobol();
        int swing = r.swingPoints() == null ? SweepSpec.DEFAULT_SWING_POINTS : r.swingPoints();
        if (samples < 1 || samples > limits.maxSamples()) {
            throw ApiProblem.overLimit("/samples", "samples must be between 1 and " + limits.maxSamples());
        }
        if (sobol < 0 || sobol == 1 || sobol > limits.maxSamples()) {
            throw ApiProblem.overLimit("/sobol", "sobol must be 0 or between 2 and " + limits.maxSamples());
        }
        if (swing < 0 || swing == 1 || swing > limits.maxLeverGrid()) {
            throw ApiProblem.overLimit("/swingPoints", "swingPoints must be 0 or between 2 and "
                    + limits.maxLeverGrid());
        }
        RangeShape shape;
        try {
            shape = RangeShape.valueOf((r.ranges() == null ? "uniform" : r.ranges()).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("/ranges", "ranges must be uniform or triangular");
        }
        List<BargainingModel> models = models(r.models(), r.parameters(), "/models");
        ScenarioInput.Checked checked = ScenarioInput.check(stored.source(), "scenario", limits);
        List<Zone> zones = new ArrayList<>();
        if (r.zones() != null) {
            for (int k = 0; k < r.zones().size(); k++) {
                String z = r.zones().get(k);
                try {
                    zones.add(Zone.parse(z == null ? "" : z));
                } catch (IllegalArgumentException e) {
                    throw ApiProblem.invalidField("/zones/" + k, e.getMessage());
                }
            }
        }
        zones.addAll(SweepRunner.zonesFromLevers(checked.scenario()));
        String name = "scenario/" + r.scenarioId() + "/versions/" + version;
        SweepSpec spec;
        try {
            spec = new SweepSpec(stored.source(), name, models.stream().map(ModelChoice::of).toList(),
                    r.seed() == null ? 1 : r.seed(), samples, sobol, swing, SweepSpec.DEFAULT_BOOTSTRAP, shape, List.of());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("", e.getMessage());
        }
        request.put("version", version);
        return new Planned(RunKind.SWEEP, r.scenarioId(), version, null, checked.sha256(), null,
                new SweepComputation(name, checked.scenario(), checked.sha256(), spec, models, zones,
                        Math.max(1, Runtime.getRuntime().availableProcessors()), request));
    }

    private Planned analysis(RunRequest r, Map<String, Object> request) {
        unused(r.gameId(), "gameId", "analysis");
        unused(r.method(), "method", "analysis");
        unused(r.exact(), "exact", "analysis");
        unused(r.lambda(), "lambda", "analysis");
        unused(r.scenarioIds(), "scenarioIds", "analysis");
        unused(r.versions(), "versions", "analysis");
        sweepFieldsUnused(r, "analysis");
        if (r.scenarioId() == null) {
            throw ApiProblem.invalidField("/scenarioId", "scenarioId is required for an analysis");
        }
        int version = r.version() != null ? r.version() : scenarios.get(r.scenarioId())
                .orElseThrow(() -> ApiProblem.invalidField("/scenarioId", "no scenario " + r.scenarioId()))
                .latest().version();
        StoredScenario stored = scenarios.version(r.scenarioId(), version).orElseThrow(() ->
                ApiProblem.invalidField("/version", "no version " + version + " of scenario " + r.scenarioId()));
        int grid = r.leverGrid() == null ? 201 : r.leverGrid();
        if (grid < 3 || grid > limits.maxLeverGrid()) {
            throw ApiProblem.overLimit("/leverGrid", "leverGrid must be between 3 and " + limits.maxLeverGrid());
        }
        List<BargainingModel> models = models(r.models(), r.parameters(), "/models");
        ScenarioInput.Checked checked = ScenarioInput.check(stored.source(), "scenario", limits);
        String name = "scenario/" + r.scenarioId() + "/versions/" + version;
        request.put("version", version);
        return new Planned(RunKind.ANALYSIS, r.scenarioId(), version, null, checked.sha256(), null,
                new AnalysisComputation(name, checked.scenario(), checked.plan(), checked.sha256(), models, grid,
                        request));
    }

    /** Model ids with options, checked: unknown ids and options are 422 naming the field. */
    private List<BargainingModel> models(List<String> ids, Map<String, String> parameters, String pointer) {
        List<String> chosen = ids == null || ids.isEmpty() ? Models.DEFAULT_IDS : ids;
        if (chosen.size() > Models.IDS.size()) {
            throw ApiProblem.invalidField(pointer, "at most " + Models.IDS.size() + " models");
        }
        Map<String, Map<String, String>> byModel = new LinkedHashMap<>();
        if (parameters != null) {
            for (var e : parameters.entrySet()) {
                String key = e.getKey();
                int dot = key.indexOf('.');
                String at = "/parameters/" + key.replace("~", "~0").replace("/", "~1");
                if (dot <= 0 || dot == key.length() - 1) {
                    throw ApiProblem.invalidField(at, "expected MODEL.NAME, e.g. eu.maxRounds");
                }
                String id = key.substring(0, dot);
                if (!chosen.contains(id)) {
                    throw ApiProblem.invalidField(at, "model '" + id + "' is not among the models run");
                }
                if (key.endsWith(".maxRounds") && e.getValue() != null && e.getValue().strip().matches("\\d{1,18}")
                        && Long.parseLong(e.getValue().strip()) > limits.maxRounds()) {
                    throw ApiProblem.overLimit(at, "at most " + limits.maxRounds() + " rounds");
                }
                byModel.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(key.substring(dot + 1),
                        e.getValue() == null ? "" : e.getValue());
            }
        }
        List<BargainingModel> out = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            String id = chosen.get(i);
            if (id == null || !Models.IDS.contains(id)) {
                throw ApiProblem.invalidField(pointer + "/" + i, "unknown model '" + id + "'; known models: "
                        + String.join(", ", Models.IDS));
            }
            if (chosen.subList(0, i).contains(id)) {
                throw ApiProblem.invalidField(pointer + "/" + i, "model '" + id + "' is listed twice");
            }
            try {
                out.add(Models.byId(id, byModel.getOrDefault(id, Map.of())));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidField("/parameters", "model '" + id + "': " + e.getMessage());
            }
        }
        return out;
    }

    private Planned game(RunRequest r, Map<String, Object> request) {
        unused(r.scenarioId(), "scenarioId", "game");
        unused(r.version(), "version", "game");
        unused(r.models(), "models", "game");
        unused(r.parameters(), "parameters", "game");
        unused(r.leverGrid(), "leverGrid", "game");
        unused(r.scenarioIds(), "scenarioIds", "game");
        unused(r.versions(), "versions", "game");
        sweepFieldsUnused(r, "game");
        if (r.gameId() == null) {
            throw ApiProblem.invalidField("/gameId", "gameId is required for a game run");
        }
        String source = games.source(r.gameId()).orElseThrow(() -> ApiProblem.invalidField("/gameId",
                "no game " + r.gameId()));
        String method = r.method() == null ? "" : r.method();
        SolverEntry solver = Solvers.byName(method).orElse(null);
        QreSolverEntry qre = Solvers.qreByName(method).orElse(null);
        if (solver == null && qre == null) {
            throw ApiProblem.invalidField("/method", "unknown method '" + method + "'; methods: "
                    + String.join(", ", Solvers.names()));
        }
        Game g = GameReader.read(source, "game/" + r.gameId());
        checkSize(g);
        String name = "game/" + r.gameId();
        if (qre != null) {
            unused(r.exact(), "exact", "quantal-response");
            double lambda = r.lambda() == null ? -1 : r.lambda();
            if (!(lambda >= 0) || Double.isInfinite(lambda)) {
                throw ApiProblem.invalidField("/lambda", "lambda (the precision) is required: finite and >= 0");
            }
            return new Planned(RunKind.GAME, null, null, r.gameId(), g.hash(), null,
                    new GameComputation(name, g, null, null, qre, lambda, limits.solverSeconds(), request));
        }
        unused(r.lambda(), "lambda", "equilibrium");
        Arithmetic a = Boolean.TRUE.equals(r.exact()) ? Arithmetic.EXACT : solver.defaultArithmetic(g);
        if (!solver.supports(g)) {
            throw ApiProblem.invalidField("/method", "method '" + method + "' does not solve this kind of game");
        }
        if (!solver.arithmetics(g).contains(a)) {
            throw ApiProblem.invalidField("/exact", "method '" + method + "' does not offer exact arithmetic on "
                    + "this game");
        }
        return new Planned(RunKind.GAME, null, null, r.gameId(), g.hash(), null,
                new GameComputation(name, g, solver, a, null, 0, limits.solverSeconds(), request));
    }

    void checkSize(Game g) {
        long size;
        try {
            size = GameComputation.size(g);
        } catch (ArithmeticException e) {
            size = Long.MAX_VALUE;
        }
        if (size > limits.maxGameOutcomes()) {
            throw ApiProblem.overLimit("", "the game has " + size + " strategy profiles or nodes; at most "
                    + limits.maxGameOutcomes() + " are accepted");
        }
    }

    private Planned backtest(RunRequest r, Map<String, Object> request) {
        unused(r.scenarioId(), "scenarioId", "backtest");
        unused(r.version(), "version", "backtest");
        unused(r.models(), "models", "backtest");
        unused(r.parameters(), "parameters", "backtest");
        unused(r.leverGrid(), "leverGrid", "backtest");
        unused(r.gameId(), "gameId", "backtest");
        unused(r.method(), "method", "backtest");
        unused(r.exact(), "exact", "backtest");
        unused(r.lambda(), "lambda", "backtest");
        sweepFieldsUnused(r, "backtest");
        List<Long> ids = r.scenarioIds();
        if (ids == null || ids.isEmpty()) {
            throw ApiProblem.invalidField("/scenarioIds", "scenarioIds is required for a backtest: the scenarios "
                    + "whose issues record an outcome");
        }
        if (ids.size() > limits.maxBacktestCases()) {
            throw ApiProblem.overLimit("/scenarioIds", ids.size() + " scenarios; at most "
                    + limits.maxBacktestCases());
        }
        if (r.versions() != null && r.versions().size() != ids.size()) {
            throw ApiProblem.invalidField("/versions", "versions must name one version per scenario");
        }
        List<BacktestCase> cases = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        StringBuilder digests = new StringBuilder();
        StringBuilder dataset = new StringBuilder("scenarios");
        for (int k = 0; k < ids.size(); k++) {
            Long id = ids.get(k);
            String at = "/scenarioIds/" + k;
            if (id == null) {
                throw ApiProblem.invalidField(at, "a scenario id is missing");
            }
            int version = r.versions() != null && r.versions().get(k) != null ? r.versions().get(k)
                    : scenarios.get(id).orElseThrow(() -> ApiProblem.invalidField(at, "no scenario " + id))
                    .latest().version();
            StoredScenario stored = scenarios.version(id, version).orElseThrow(() -> ApiProblem.invalidField(at,
                    "no version " + version + " of scenario " + id));
            ScenarioInput.Checked checked = ScenarioInput.check(stored.source(), "scenario", limits);
            Map<String, Double> outcomes = new LinkedHashMap<>();
            java.time.LocalDate decided = null;
            for (org.parley.scenario.Issue i : checked.scenario().issues()) {
                if (i.outcome() != null) {
                    outcomes.put(i.id(), i.outcome().value());
                    if (i.outcome().decided() != null && (decided == null || i.outcome().decided().isAfter(decided))) {
                        decided = i.outcome().decided();
                    }
                }
            }
            if (outcomes.isEmpty()) {
                throw ApiProblem.invalidField(at, "scenario " + id + " version " + version + " records no outcome "
                        + "on any issue (the issue key outcome)");
            }
            String name = "scenario/" + id + "/versions/" + version;
            cases.add(new BacktestCase(name, checked.scenario(), outcomes, decided));
            versions.add(version);
            digests.append(checked.sha256()).append('\n');
            dataset.append(k == 0 ? " " : ", ").append(id).append(" v").append(version);
        }
        String sha = sha256(digests.toString());
        request.put("versions", versions);
        return new Planned(RunKind.BACKTEST, null, null, null, sha, versions,
                new BacktestComputation(dataset.toString(), sha, cases, request));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
