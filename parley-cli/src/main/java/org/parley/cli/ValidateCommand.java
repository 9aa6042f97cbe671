package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.views.text.ScenarioText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley validate FILE}: reads a scenario and reports every problem, or a one-line summary when valid. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = ParleyVersion.class,
        description = {"Check a scenario file (YAML or JSON).",
                "Every problem is printed on standard error as 'file:line:column: message (hint: ...)'; warnings "
                        + "as 'file:line:column: warning: message'. The games: and levers: sections are checked "
                        + "too (templates, references, parameters, targets, model ids). Exit code 0 if the file is "
                        + "valid, 2 if not."})
final class ValidateCommand implements Callable<Integer>, CliErrors.InputFileCommand {
    private final ModelCatalog catalog;

    @Spec
    CommandSpec spec;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file.")
    Path file;

    ValidateCommand(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String inputFile() {
        return file == null ? null : file.toString();
    }

    @Override
    public Integer call() {
        Scenario s = Inputs.readWithPlan(file, spec.commandLine().getErr(), catalog.ids(), limitOptions.scenarioLimits()).scenario();
        ScenarioText.validated(spec.commandLine().getOut(), file, s, ScenarioDigest.sha256(s));
        return ExitCodes.OK;
    }
}
