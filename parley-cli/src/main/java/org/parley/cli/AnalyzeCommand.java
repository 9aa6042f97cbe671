package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.analysis.crisis.CrisisAnalysis;
import org.parley.analysis.levers.LeverOptions;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Forecast;
import org.parley.forecast.ensemble.IssueComparison;
import org.parley.forecast.support.IssueLoop;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.views.csv.ForecastCsv;
import org.parley.views.format.Phrases;
import org.parley.sweep.ModelChoice;
import org.parley.sweep.SweepResult;
import org.parley.sweep.SweepRunner;
import org.parley.sweep.SweepSetup;
import org.parley.sweep.SweepSpec;
import org.parley.sweep.engine.LocalEngine;
import org.parley.sweep.engine.SweepMonitor;
import org.parley.sweep.sample.InputSpace;
import org.parley.sweep.sample.RangeShape;
import org.parley.views.html.AnalysisSections;
import org.parley.views.html.HtmlReport;
import org.parley.views.html.ReportOptions;
import org.parley.views.json.Documents;
import org.parley.views.json.ParleyJson;
import org.parley.views.text.CrisisText;
import org.parley.views.text.ForecastText;
import org.parley.views.text.LeverText;
import org.parley.views.text.SweepText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley analyze FILE}: runs every model (or those given with {@code --models}) on every issue, prints the
 * comparison and writes the self-contained HTML report.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = ParleyVersion.class,
        description = {"Forecast every issue of a scenario with every model, compare the models, and write a "
                + "self-contained HTML report.",
                "When the scenario has a games: section, each crisis game is solved at each defender stance; when it "
                        + "has a levers: section, each 'what would it take' question is answered.",
                "Text output: per issue the status quo, each model's forecast side by side, the ensemble spread "
                        + "(min .. max) and who gains or loses against the status quo under the median forecast; "
                        + "per crisis game and stance P(deal), P(escalation), P(status quo) and the selected "
                        + "equilibrium; per lever and model the threshold, the forecast on either side, or "
                        + "'unreachable'. JSON output: all of it with provenance. CSV: the forecasts only, one row "
                        + "per issue x model (use JSON for games and levers)."})
final class AnalyzeCommand implements Callable<Integer>, CliErrors.InputFileCommand {
    private final ModelCatalog catalog;

    @Spec
    CommandSpec spec;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML or JSON).")
    Path file;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory for the report (index.html). Default: ./reports/<file name without "
                    + "extension>.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What to print on standard output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--models", paramLabel = "LIST", split = ",",
            description = "Comma-separated model ids to run, in this order. Default: all (compromise, median, "
                    + "nash, eu).")
    List<String> models;

    @Option(names = "--no-report", description = "Do not write the HTML report.")
    boolean noReport;

    @Option(names = "--lever-grid", paramLabel = "N", defaultValue = "201",
            description = "Grid points each lever scans over the attribute's domain (default: ${DEFAULT-VALUE}; "
                    + "more resolves narrower windows, costs proportionally more forecasts).")
    int leverGrid;

    @Option(names = "--uncertainty-samples", paramLabel = "N",
            description = "When the scenario states uncertainty (ranges, standard deviations): Monte Carlo samples "
                    + "for the 5%%-95%% intervals of every forecast and crisis outcome; 0 turns them off (default: "
                    + "200, or none for a scenario larger than 100,000 actor-issue pairs squared, which a note "
                    + "says; 'parley sweep' for large sweeps and sensitivity).")
    Long uncertaintySamples;

    /** Samples drawn when {@code --uncertainty-samples} is not given. */
    static final long DEFAULT_UNCERTAINTY_SAMPLES = 200;

    /**
     * Above this size, Σ over issues of (actors with a stance)², the default draws no samples: the expected-utility
     * model's cost grows with it, and 200 samples repeat the whole analysis 200 times (about a minute at this size
     * on one core). Deterministic, so the output does not depend on the machine's speed.
     */
    static final long AUTOMATIC_UNCERTAINTY_SIZE = 100_000;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Master seed of the uncertainty samples (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-progress", description = "No progress bar (otherwise drawn on standard error when the "
            + "forecasts take more than a second on a terminal).")
    boolean noProgress;

    @Option(names = {"-P", "--param"}, paramLabel = "MODEL.NAME=VALUE",
            description = "An option of one model, e.g. -P eu.maxRounds=20 (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    AnalyzeCommand(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String inputFile() {
        return file == null ? null : file.toString();
    }

    /** Applies the {@code -P MODEL.NAME=VALUE} options to the chosen models. */
    private List<BargainingModel> configure(List<BargainingModel> chosen) {
        Map<String, Map<String, String>> byModel = new LinkedHashMap<>();
        for (var e : params.entrySet()) {
            int dot = e.getKey().indexOf('.');
            if (dot <= 0 || dot == e.getKey().length() - 1) {
                throw new UsageException("--param " + e.getKey() + ": expected MODEL.NAME=VALUE, e.g. eu.maxRounds=20");
            }
            String id = e.getKey().substring(0, dot);
            if (chosen.stream().noneMatch(m -> m.info().id().equals(id))) {
                throw new UsageException("--param " + e.getKey() + ": model '" + id + "' is not among the models run ("
                        + String.join(", ", chosen.stream().map(m -> m.info().id()).toList()) + ")");
            }
            byModel.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(e.getKey().substring(dot + 1), e.getValue());
        }
        List<BargainingModel> out = new ArrayList<>();
        for (BargainingModel m : chosen) {
            Map<String, String> p = byModel.get(m.info().id());
            out.add(p == null ? m : catalog.configure(m.info().id(), p));
        }
        return List.copyOf(out);
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<BargainingModel> selected = models == null ? null : catalog.select(models);
        if (out != null && out.toString().isBlank()) {
            throw new UsageException("--out needs a directory name, got an empty one");
        }
        Path dir = out != null ? out : Path.of("reports", Inputs.safeStem(file));
        if (!noReport && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("--out " + dir + " is a file, not a directory");
        }
        if (leverGrid < 3) {
            throw new UsageException("--lever-grid must be at least 3, got " + leverGrid);
        }
        if (leverGrid > LeverGrid.MAX_POINTS) {
            throw new UsageException("--lever-grid must be at most " + LeverGrid.MAX_POINTS + ", got " + leverGrid
                    + " (each point costs one forecast per lever)");
        }
        Inputs.Loaded loaded = Inputs.readWithPlan(file, stderr, catalog.ids(), limitOptions.scenarioLimits());
        Scenario scenario = loaded.scenario();
        List<BargainingModel> chosen = configure(selected == null ? catalog.defaultsFor(scenario) : selected);
        RunContext run = RunContext.of(InputKind.SCENARIO, ScenarioDigest.sha256(scenario));
        String sha256 = run.inputSha256();
        List<Forecast> forecasts;
        List<CrisisAnalysis.CrisisReport> crises;
        List<LeverAnswer> levers;
        SweepResult uncertainty;
        try (AnalyzeProgress progress = AnalyzeProgress.forTerminal((long) chosen.size() * scenario.issues().size(),
                noProgress)) {
            forecasts = IssueLoop.observed(progress, () -> Inputs.run(chosen, scenario, run));
            crises = loaded.plan().runGames(run, scenario);
            levers = Inputs.runLevers(scenario, loaded.plan(), chosen, catalog,
                    LeverOptions.DEFAULTS.withGridPoints(leverGrid), run);
            uncertainty = uncertainty(scenario, chosen, progress, stderr);
        }
        List<IssueComparison> summaries = IssueComparison.of(scenario, forecasts);

        Path report = null;
        if (!noReport) {
            boolean earlier = Files.exists(dir.resolve("index.html"), java.nio.file.LinkOption.NOFOLLOW_LINKS);
            ReportOptions options = ReportOptions.of(ParleyVersion.version()).withGeneratedAt(Instant.now());
            report = new HtmlReport().write(dir.resolve("index.html"), scenario, forecasts,
                    new AnalysisSections(crises, levers, uncertainty), options).toAbsolutePath().normalize();
            if (earlier) {
                stderr.println("parley: replaced the earlier report " + report);
            }
        }
        switch (format) {
            case text -> {
                ForecastText.comparison(stdout, file, scenario, sha256, forecasts, summaries);
                CrisisText.crises(stdout, crises);
                LeverText.levers(stdout, levers);
                if (!crises.isEmpty() || !levers.isEmpty()) {
                    stdout.println();
                }
                if (uncertainty != null) {
                    SweepText.intervals(stdout, uncertainty);
                    stdout.println();
                }
                if (report != null) {
                    stdout.println("report: " + report);
                }
            }
            case json -> stdout.println(ParleyJson.write(new Documents.Analysis(ParleyVersion.version(),
                    ParleyVersion.javaVersion(), Documents.ScenarioRef.of(file, scenario, sha256), forecasts,
                    summaries, Phrases.GAIN_DEFINITION, crises, levers, Documents.Uncertainty.of(uncertainty),
                    report == null ? null : report.toString())));
            case csv -> {
                ForecastCsv.write(stdout, scenario, sha256, forecasts, null);
                if (!crises.isEmpty() || !levers.isEmpty()) {
                    stderr.println("parley: note: CSV holds the forecasts only; use --format json for the crisis "
                            + "games and levers");
                }
            }
        }
        if (report != null && format != OutputFormat.text) {
            stderr.println("parley: report written to " + report);
        }
        stdout.flush();
        stderr.flush();
        return ExitCodes.OK;
    }

    /**
     * A small local sweep over the scenario's stated uncertainty (no sensitivity phases), or null when the scenario
     * states none or {@code --uncertainty-samples 0}.
     */
    private SweepResult uncertainty(Scenario scenario, List<BargainingModel> chosen, SweepMonitor progress,
                                    PrintWriter stderr) {
        if (uncertaintySamples != null && uncertaintySamples < 0) {
            throw new UsageException("--uncertainty-samples must be >= 0, got " + uncertaintySamples);
        }
        if ((uncertaintySamples != null && uncertaintySamples == 0)
                || InputSpace.of(scenario, RangeShape.UNIFORM).dimension() == 0) {
            return null;
        }
        long size = size(scenario);
        if (uncertaintySamples == null && size > AUTOMATIC_UNCERTAINTY_SIZE) {
            stderr.println("parley: note: the scenario states uncertainty, but it is large (" + size
                    + " actor-issue pairs squared; the automatic limit is " + AUTOMATIC_UNCERTAINTY_SIZE
                    + "), so no samples were drawn; give --uncertainty-samples N, or run parley sweep");
            stderr.flush();
            return null;
        }
        long samples = uncertaintySamples == null ? DEFAULT_UNCERTAINTY_SAMPLES : uncertaintySamples;
        String text;
        try {
            text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
        SweepSpec spec = SweepSpec.of(text, file.toString(), chosen.stream().map(ModelChoice::of).toList(), seed,
                samples).withSensitivity(0, 0);
        try (LocalEngine engine = new LocalEngine()) { // the command's own model instances, options included
            return SweepRunner.run(SweepSetup.of(spec, chosen), List.of(), engine, progress);
        }
    }

    /** Σ over issues of (actors with a stance on it)²: what the expected-utility model's cost per round grows with. */
    static long size(Scenario scenario) {
        long total = 0;
        for (var issue : scenario.issues()) {
            long n = scenario.actors().stream().filter(a -> a.stances().containsKey(issue.id())).count();
            total += n * n;
        }
        return total;
    }
}
