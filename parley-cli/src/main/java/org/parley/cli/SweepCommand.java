package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parley.forecast.BargainingModel;
import org.parley.scenario.Scenario;
import org.parley.sweep.ModelChoice;
import org.parley.sweep.SweepResult;
import org.parley.sweep.SweepRunner;
import org.parley.sweep.SweepSetup;
import org.parley.sweep.SweepSpec;
import org.parley.sweep.Zone;
import org.parley.sweep.engine.SweepCancelledException;
import org.parley.sweep.engine.SweepEngine;
import org.parley.sweep.engine.SweepEngineFactory;
import org.parley.sweep.engine.SweepMonitor;
import org.parley.sweep.sample.Correlation;
import org.parley.sweep.sample.RangeShape;
import org.parley.views.csv.SweepCsv;
import org.parley.views.html.SweepHtml;
import org.parley.views.json.Documents;
import org.parley.views.json.ParleyJson;
import org.parley.views.text.SweepText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley sweep FILE --samples N}: Monte Carlo over the uncertainty the scenario states for its judged inputs;
 * per model and issue the distribution of the forecast, per crisis game and stance the distribution of the outcome
 * probabilities, zone probabilities, one-at-a-time swings and Sobol indices. Writes index.html, sweep.json and
 * sweep.csv (each complete or not at all: written to a temporary file and moved into place).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = ParleyVersion.class,
        description = {"Monte Carlo sweep over the judged inputs of a scenario: every number with a range or a "
                + "standard deviation is drawn from it (ranges uniform, standard deviations truncated normal), every "
                + "model and crisis game runs on every sample.",
                "Reports per model and issue the 5%, median and 95% of the forecasts with a histogram and Monte Carlo "
                        + "standard errors; per crisis game and stance the distribution of P(deal), P(escalation), "
                        + "P(status quo) and how often each outcome is the most likely; the probability of each zone "
                        + "(--zone, and the targets of the scenario's levers); one-at-a-time swings (tornado charts) "
                        + "and Sobol indices.",
                "The same --seed gives the same numbers on any engine and any number of threads. Ctrl-C stops "
                        + "cleanly and writes nothing."})
final class SweepCommand implements Callable<Integer> {
    /** Exit code after Ctrl-C (128 + SIGINT, the shell convention). */
    static final int CANCELLED = 130;

    private final ModelCatalog catalog;

    @Spec
    CommandSpec spec;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML or JSON).")
    Path file;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000",
            description = "Monte Carlo samples (default: ${DEFAULT-VALUE}).")
    long samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Master seed: every random number derives from it and the sample's index "
                    + "(default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--models", paramLabel = "LIST", split = ",",
            description = "Comma-separated model ids. Default: as analyze (compromise, median, nash, eu, and procedural when"
                    + " the scenario says who decides).")
    List<String> models;

    @Option(names = "--zone", paramLabel = "NAME=EXPR",
            description = "A zone whose probability to report (repeatable), e.g. --zone 'relief=sequencing >= 45',"
                    + " --zone 'coerced=us-dprk.hold.outcome == deal'. See docs/CLI.md for the grammar.")
    List<String> zones = new ArrayList<>();

    @Option(names = "--no-lever-zones", description = "Do not turn the targets of the scenario's levers into zones.")
    boolean noLeverZones;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "local (every core of this machine) or spark (Apache Spark; needs the parley-spark module,"
                    + " see docs/analysis/sweeps.md). Default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master URL for --engine spark (default: spark.master if set, else local[*]).")
    String master;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Worker threads of the local engine (default: every core).")
    int threads;

    @Option(names = "--sobol", paramLabel = "N", defaultValue = "" + SweepSpec.DEFAULT_SOBOL_SAMPLES,
            description = "Base rows of Saltelli's design for the Sobol indices, N(k + 2) evaluations for k inputs;"
                    + " 0 skips them (default: ${DEFAULT-VALUE}).")
    long sobol;

    @Option(names = "--swing-points", paramLabel = "N", defaultValue = "" + SweepSpec.DEFAULT_SWING_POINTS,
            description = "Grid points per input for the one-at-a-time swings; 0 skips them (default: "
                    + "${DEFAULT-VALUE}).")
    int swingPoints;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "" + SweepSpec.DEFAULT_BOOTSTRAP,
            description = "Bootstrap resamples for the Sobol intervals (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--ranges", paramLabel = "SHAPE", defaultValue = "uniform",
            description = "How ranges are read: uniform or triangular (peak at the stated value). Default: "
                    + "${DEFAULT-VALUE}.")
    String ranges;

    @Option(names = "--correlate", paramLabel = "A,B=RHO",
            description = "Correlate two inputs (repeatable; Gaussian copula), e.g. --correlate "
                    + "dprk.sequencing.salience,dprk.exercises.salience=0.6. Input keys: actor.issue.position, "
                    + "actor.issue.salience, actor.capability, issue.status_quo.")
    List<String> correlate = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory for index.html, sweep.json and sweep.csv. Default: ./reports/<file name>-sweep.")
    Path out;

    @Option(names = "--no-report", description = "Write no files; only print.")
    boolean noReport;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What to print on standard output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--no-progress", description = "No progress bar on standard error.")
    boolean noProgress;

    @Option(names = "--no-timings", description = "Leave out the seconds each phase took (the only part of the "
            + "output that changes between runs of the same command), for byte-identical output.")
    boolean noTimings;

    SweepCommand(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (samples < 1) {
            throw new UsageException("--samples must be at least 1, got " + samples);
        }
        if (sobol < 0 || sobol == 1 || swingPoints < 0 || swingPoints == 1 || bootstrap < 10 || threads < 0) {
            throw new UsageException("--sobol must be 0 or >= 2, --swing-points 0 or >= 2, --bootstrap >= 10 and "
                    + "--threads >= 0");
        }
        Path dir = out != null ? out : Path.of("reports", Inputs.stem(file) + "-sweep");
        if (!noReport && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("--out " + dir + " is a file, not a directory");
        }
        Inputs.Loaded loaded = Inputs.readWithPlan(file, stderr, catalog.ids(), limitOptions.scenarioLimits());
        Scenario scenario = loaded.scenario();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<BargainingModel> chosen = models == null ? catalog.defaultsFor(scenario) : catalog.select(models);
        SweepSpec sweep;
        List<Zone> zoneList = new ArrayList<>();
        try {
            sweep = new SweepSpec(text, file.toString(), chosen.stream().map(ModelChoice::of).toList(), seed, samples,
                    sobol, swingPoints, bootstrap, RangeShape.valueOf(ranges.trim().toUpperCase(java.util.Locale.ROOT)),
                    correlations());
            for (String z : zones) {
                zoneList.add(Zone.parse(z));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().startsWith("No enum constant")
                    ? "--ranges: expected uniform or triangular, got '" + ranges + "'" : e.getMessage());
        }
        if (!noLeverZones) {
            zoneList.addAll(SweepRunner.zonesFromLevers(scenario));
        }

        AtomicBoolean cancel = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.set(true);
            try {
                finished.await(30, TimeUnit.SECONDS); // let the command stop and clean up before the JVM exits
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parley-sweep-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Progress progress = new Progress(!noProgress, cancel)) {
            SweepResult result;
            try (SweepEngine eng = engine()) {
                // locally the command's own model instances; other engines rebuild registered models from the spec
                result = eng instanceof org.parley.sweep.engine.LocalEngine
                        ? SweepRunner.run(SweepSetup.of(sweep, chosen), zoneList, eng, progress)
                        : SweepRunner.run(sweep, zoneList, eng, progress);
            } catch (SweepCancelledException e) {
                progress.close();
                stderr.println("parley: sweep cancelled; nothing written");
                stderr.flush();
                return CANCELLED;
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            progress.close();
            if (noTimings) {
                result = result.withoutTimings();
            }
            Path written = null;
            if (!noReport) {
                written = write(dir, file, scenario, result);
            }
            switch (format) {
                case text -> {
                    SweepText.print(stdout, file.toString(), result);
                    if (written != null) {
                        stdout.println();
                        stdout.println("report: " + written.resolve("index.html"));
                    }
                }
                case json -> stdout.println(json(file, scenario, result, written));
                case csv -> SweepCsv.write(stdout, result);
            }
            if (written != null && format != OutputFormat.text) {
                stderr.println("parley: report written to " + written);
            }
            stdout.flush();
            stderr.flush();
            return ExitCodes.OK;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running (Ctrl-C): it returns now that the command has finished
            }
        }
    }

    private SweepEngine engine() {
        try {
            return SweepEngineFactory.create(engine.trim(), master, threads);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--engine: " + e.getMessage());
        }
    }

    private List<Correlation> correlations() {
        List<Correlation> list = new ArrayList<>();
        for (String c : correlate) {
            int eq = c.lastIndexOf('='), comma = c.indexOf(',');
            if (eq < 0 || comma < 0 || comma > eq) {
                throw new IllegalArgumentException("--correlate: expected A,B=RHO, got '" + c + "'");
            }
            try {
                list.add(new Correlation(c.substring(0, comma).trim(), c.substring(comma + 1, eq).trim(),
                        Double.parseDouble(c.substring(eq + 1).trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--correlate: '" + c.substring(eq + 1) + "' is not a number");
            }
        }
        return list;
    }

    /** Writes the three files, each to a temporary file first and then moved into place. */
    /** The JSON document of the sweep. */
    private static String json(Path file, Scenario scenario, SweepResult r, Path report) {
        return ParleyJson.write(new Documents.Sweep(ParleyVersion.version(), ParleyVersion.javaVersion(),
                Documents.ScenarioRef.of(file, scenario, r.provenance().inputSha256()), r,
                report == null ? null : report.toString()));
    }

    private static Path write(Path dir, Path file, Scenario scenario, SweepResult r) {
        try {
            Files.createDirectories(dir);
            Map<String, String> files = new LinkedHashMap<>();
            files.put("sweep.json", json(file, scenario, r, null) + System.lineSeparator());
            java.io.StringWriter csv = new java.io.StringWriter();
            SweepCsv.write(new PrintWriter(csv), r);
            files.put("sweep.csv", csv.toString());
            files.put("index.html", SweepHtml.page(scenario, file.toString(), r));
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path tmp = dir.resolve("." + f.getKey() + ".part");
                try {
                    Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8);
                    Files.move(tmp, dir.resolve(f.getKey()), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            return dir.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sweep report to " + dir, e);
        }
    }

    /** The terminal progress bar (rows of the current phase, with the estimated time left) and the cancel flag. */
    private static final class Progress implements SweepMonitor, AutoCloseable {
        private final boolean show;
        private final AtomicBoolean cancel;
        private ProgressBar bar;

        Progress(boolean show, AtomicBoolean cancel) {
            this.show = show;
            this.cancel = cancel;
        }

        @Override
        public synchronized void started(String phase, long rows) {
            close();
            if (show) {
                bar = new ProgressBarBuilder().setTaskName(switch (phase) {
                    case "MONTE_CARLO" -> "samples";
                    case "SWING" -> "swings";
                    default -> "sobol";
                }).setInitialMax(rows).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                        .setSpeedUnit(ChronoUnit.SECONDS).showSpeed().setMaxRenderedLength(110).build();
            }
        }

        @Override
        public void advanced(long rows) {
            ProgressBar b = bar;
            if (b != null) {
                b.stepBy(rows);
            }
        }

        @Override
        public boolean cancelled() {
            return cancel.get();
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
