package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parley.backtest.BacktestCase;
import org.parley.backtest.BacktestReport;
import org.parley.backtest.ScenarioCases;
import org.parley.backtest.deu.CapabilityMeasure;
import org.parley.backtest.deu.DeuImporter;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.scenario.ScenarioDigest;
import org.parley.views.csv.BacktestCsv;
import org.parley.views.html.BacktestHtml;
import org.parley.views.json.ParleyJson;
import org.parley.views.text.BacktestText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley backtest DATASET}: every model variant on decisions with known outcomes, scored with bootstrap
 * intervals and cross-validated selections (docs/analysis/backtest.md).
 */
@Command(name = "backtest", mixinStandardHelpOptions = true, versionProvider = ParleyVersion.class,
        description = {"Score every model against decisions with known outcomes.",
                "DATASET is a DEU-style CSV file (one case per proposal; the EU procedure as each issue's decision "
                        + "structure) or a scenario file or folder whose issues record their 'outcome'. Prints mean, "
                        + "median and root-mean-square absolute errors with cluster-bootstrap intervals, and the "
                        + "out-of-fold error of cross-validated model selection; writes an HTML report with "
                        + "forecast-against-outcome plots."})
final class BacktestCommand implements Callable<Integer>, CliErrors.InputFileCommand {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "DEU-style CSV file, or scenario file or folder.")
    Path dataset;

    @Option(names = "--capability", defaultValue = "gdp", paramLabel = "MEASURE",
            description = "DEU data: capability measure, one of ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    CapabilityMeasure capability;

    @Option(names = "--gdp", paramLabel = "FILE",
            description = "DEU data: the GDP table (actor,gdp_capability). Default: deu3-capability-gdp.csv beside "
                    + "the dataset.")
    Path gdp;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--repeats", defaultValue = "10",
            description = "Cross-validation repeats, seeds SEED, SEED+1, ... (default ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--seed", defaultValue = "1", description = "Master seed of folds and bootstrap (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bootstrap", defaultValue = "2000", description = "Bootstrap resamples (default ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Directory for the report (index.html). Default: ./reports/backtest-<dataset name>.")
    Path out;

    @Option(names = "--no-report", description = "Do not write the HTML report.")
    boolean noReport;

    @Option(names = "--issues-csv", paramLabel = "FILE", description = "Also write every forecast per issue as CSV.")
    Path issuesCsv;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output on standard output: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public String inputFile() {
        return dataset == null ? null : dataset.toString();
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut(), stderr = spec.commandLine().getErr();
        BacktestReport.Options options;
        try {
            options = new BacktestReport.Options(folds, repeats, seed, bootstrap);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<BacktestCase> cases = read();
        if (cases.isEmpty()) {
            throw new UsageException(dataset + ": no case with a known outcome");
        }
        StringBuilder digests = new StringBuilder();
        cases.forEach(c -> digests.append(ScenarioDigest.sha256(c.scenario())).append('\n'));
        RunContext run = RunContext.of(InputKind.SCENARIO, sha256(digests.toString()));
        BacktestReport report;
        try (ProgressBar bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName("backtest")
                .setInitialMax(cases.size()).setStyle(ProgressBarStyle.ASCII).setUnit(" cases", 1).build()) {
            report = BacktestReport.run(dataset.toString(), cases, options, run,
                    bar == null ? null : done -> bar.stepTo(done));
        }
        switch (format) {
            case text -> BacktestText.summary(stdout, report);
            case json -> stdout.println(ParleyJson.write(report));
            case csv -> BacktestCsv.issues(stdout, report.result());
        }
        stdout.flush();
        if (issuesCsv != null) {
            write(issuesCsv, w -> BacktestCsv.issues(w, report.result()));
        }
        if (!noReport) {
            Path dir = out != null ? out : Path.of("reports", "backtest-" + Inputs.stem(dataset));
            Path file = dir.resolve("index.html");
            String html = BacktestHtml.render(report);
            write(file, w -> w.print(html));
            (format == OutputFormat.text ? stdout : stderr).println((format == OutputFormat.text ? "" : "parley: ")
                    + "report: " + file);
        }
        stdout.flush();
        stderr.flush();
        return ExitCodes.OK;
    }

    private List<BacktestCase> read() {
        try {
            if (Files.isRegularFile(dataset) && dataset.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(".csv")) {
                Map<String, Double> table = Map.of();
                if (capability == CapabilityMeasure.GDP) {
                    Path g = gdp != null ? gdp : dataset.toAbsolutePath().resolveSibling("deu3-capability-gdp.csv");
                    if (!Files.isRegularFile(g)) {
                        throw new UsageException("capability gdp needs the GDP table: " + g
                                + " not found (give --gdp FILE, or --capability council_votes|equal)");
                    }
                    table = DeuImporter.readGdp(g);
                }
                return DeuImporter.read(dataset, new DeuImporter.Options(capability, table));
            }
            if (!Files.exists(dataset)) {
                throw new InputFileException(dataset.toString(), "no such file or folder", null);
            }
            return ScenarioCases.read(dataset);
        } catch (IOException e) {
            throw new InputFileException(dataset.toString(), e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void write(Path file, java.util.function.Consumer<PrintWriter> body) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                body.accept(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
