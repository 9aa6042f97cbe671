package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.forecast.BargainingModel;
import org.parley.forecast.Forecast;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.scenario.Issue;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.views.csv.ForecastCsv;
import org.parley.views.json.Documents;
import org.parley.views.json.ParleyJson;
import org.parley.views.text.ForecastText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley forecast FILE --model NAME}: one model's forecast, with its per-actor detail and reasons. */
@Command(name = "forecast", mixinStandardHelpOptions = true, versionProvider = ParleyVersion.class,
        description = {"Forecast a scenario with one model and show its detail: outcome, interval, convergence, "
                + "each actor's initial and final position and weight, and the model's explanation."})
final class ForecastCommand implements Callable<Integer>, CliErrors.InputFileCommand {
    private final ModelCatalog catalog;

    @Spec
    CommandSpec spec;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML or JSON).")
    Path file;

    @Option(names = {"-m", "--model"}, paramLabel = "NAME", required = true,
            description = "The model: compromise, median, nash or eu.")
    String model;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What to print on standard output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--issue", paramLabel = "ID", description = "Only this issue (its id in the scenario).")
    String issue;

    @Option(names = {"-P", "--param"}, paramLabel = "NAME=VALUE",
            description = "A model option, e.g. -P maxRounds=20 for eu (repeatable). Names and defaults: see the "
                    + "'parameters' line of the text output.")
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();

    ForecastCommand(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String inputFile() {
        return file == null ? null : file.toString();
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        BargainingModel m = catalog.configure(model, params);
        // the whole file is checked (games and levers too), so a file is valid or invalid for every command
        Scenario scenario = Inputs.readWithPlan(file, stderr, catalog.ids(), limitOptions.scenarioLimits()).scenario();
        if (issue != null && scenario.issue(issue).isEmpty()) {
            throw new UsageException("unknown issue '" + issue + "' in " + file + "; issues: "
                    + String.join(", ", scenario.issues().stream().map(Issue::id).toList()));
        }
        RunContext run = RunContext.of(InputKind.SCENARIO, ScenarioDigest.sha256(scenario));
        String sha256 = run.inputSha256();
        Forecast f = m.forecast(scenario, run);
        Forecast shown = issue == null ? f
                : new Forecast(f.model(), f.issue(issue).stream().toList(), f.provenance());
        switch (format) {
            case text -> ForecastText.detail(stdout, file, scenario, sha256, f, issue);
            case json -> stdout.println(ParleyJson.write(new Documents.SingleForecast(ParleyVersion.version(),
                    ParleyVersion.javaVersion(), Documents.ScenarioRef.of(file, scenario, sha256), shown)));
            case csv -> ForecastCsv.write(stdout, scenario, sha256, List.of(shown), issue);
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
