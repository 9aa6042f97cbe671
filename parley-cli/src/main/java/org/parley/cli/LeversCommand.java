package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.analysis.InvalidAnalysisInputException;
import org.parley.analysis.levers.LeverOptions;
import org.parley.analysis.plan.AnalysisPlan;
import org.parley.analysis.plan.LeverAnswer;
import org.parley.analysis.plan.LeverSpec;
import org.parley.forecast.BargainingModel;
import org.parley.provenance.InputKind;
import org.parley.provenance.RunContext;
import org.parley.scenario.LeverAttribute;
import org.parley.scenario.Scenario;
import org.parley.scenario.ScenarioDigest;
import org.parley.scenario.io.LeverRules;
import org.parley.views.csv.LeverCsv;
import org.parley.views.json.Documents;
import org.parley.views.json.ParleyJson;
import org.parley.views.text.LeverText;
import org.parley.views.text.ScenarioText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley levers FILE --actor ID --issue ID --target EXPR}: one "what would it take" question from the
 * command line, answered per model (or for one crisis game of the scenario).
 */
@Command(name = "levers", mixinStandardHelpOptions = true, versionProvider = ParleyVersion.class,
        description = {"What would it take: find the smallest change of one actor's attribute (position, salience "
                + "or capability) that moves a model's forecast of an issue - or a crisis game's outcome - across a "
                + "stated threshold.",
                "Reports, per model, the threshold value and the forecast on either side of it, or that no value on "
                        + "the scale reaches the target. The whole domain of the attribute is scanned (position: the "
                        + "issue's scale; salience: (0, 100]; capability: (0, 10 x current]), so non-monotone "
                        + "responses are found; each crossing is then bisected. Method: docs/analysis/levers.md.",
                "Examples:",
                "  parley levers korea.yaml --actor usa --issue sequencing --target '>= 45'",
                "  parley levers korea.yaml --actor dprk --issue sequencing --attribute salience \\",
                "      --game us-dprk --stance hold --target 'outcome != deal'"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:answered (whatever the answer, including 'unreachable')",
                "1:internal failure",
                "2:bad input: scenario problems, unknown actor/issue/model/game/stance, bad target or option"})
final class LeversCommand implements Callable<Integer>, CliErrors.InputFileCommand {
    private final ModelCatalog catalog;

    @Spec
    CommandSpec spec;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML or JSON).")
    Path file;

    @Option(names = "--actor", paramLabel = "ID", required = true, description = "The actor whose attribute changes.")
    String actor;

    @Option(names = "--issue", paramLabel = "ID", required = true,
            description = "The issue: the actor's stance on it changes and its forecast is read.")
    String issue;

    @Option(names = "--attribute", paramLabel = "NAME", defaultValue = "position",
            description = "position, salience or capability (default: ${DEFAULT-VALUE}).")
    String attribute;

    @Option(names = {"-m", "--model"}, paramLabel = "NAME", split = ",",
            description = "Model id(s) to ask, or 'all' (default: all). Repeatable or comma-separated. "
                    + "Not with --game.")
    List<String> models;

    @Option(names = "--target", paramLabel = "EXPR", required = true,
            description = "The threshold: '>= 50', '< 30' for a model's forecast; 'p_deal >= 0.5', "
                    + "'p_escalation <= 0.1', 'outcome == deal', 'outcome != deal' for a crisis game (quote it in "
                    + "the shell).")
    String target;

    @Option(names = "--game", paramLabel = "ID",
            description = "Ask this crisis game of the scenario's games: section instead of the models.")
    String game;

    @Option(names = "--stance", paramLabel = "NAME",
            description = "With --game: the defender stance to evaluate at (default: the defender's position in "
                    + "each changed scenario, so a lever on the defender's position moves the stance).")
    String stance;

    @Option(names = "--grid", paramLabel = "N", defaultValue = "201",
            description = "Grid points scanned over the attribute's domain (default: ${DEFAULT-VALUE}).")
    int grid;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    LeversCommand(ModelCatalog catalog) {
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
        if (grid < 3) {
            throw new UsageException("--grid must be at least 3, got " + grid);
        }
        if (grid > LeverGrid.MAX_POINTS) {
            throw new UsageException("--grid must be at most " + LeverGrid.MAX_POINTS + ", got " + grid
                    + " (each point costs one forecast)");
        }
        String attr = attribute.strip().toLowerCase(Locale.ROOT);
        if (!LeverAttribute.LABELS.contains(attr)) {
            throw new UsageException("--attribute: expected one of position, salience, capability; got '" + attribute
                    + "'");
        }
        List<String> wanted = new ArrayList<>();
        boolean all = models == null;
        if (models != null) {
            for (String m : models) {
                if (m.strip().equalsIgnoreCase("all")) {
                    all = true;
                } else {
                    wanted.add(m.strip());
                }
            }
        }
        if (game != null && models != null) {
            throw new UsageException("--model and --game cannot be combined: a lever asks the bargaining models or "
                    + "one crisis game");
        }
        if (stance != null && game == null) {
            throw new UsageException("--stance applies only with --game");
        }
        Inputs.Loaded loaded = Inputs.readWithPlan(file, stderr, catalog.ids(), limitOptions.scenarioLimits());
        Scenario scenario = loaded.scenario();
        LeverRules.Checked checked = LeverRules.check(new LeverRules.Written(actor, issue, attr, target,
                all ? List.of() : wanted, game, stance, ""), scenario);
        List<String> problems = new ArrayList<>();
        for (LeverRules.Violation v : checked.violations()) {
            problems.add(option(v.key()) + ": " + v.message());
        }
        LeverSpec ls = null;
        if (checked.question() != null) {
            try {
                ls = AnalysisPlan.lever(scenario, checked.question(), "", catalog.ids());
            } catch (InvalidAnalysisInputException e) {
                for (InvalidAnalysisInputException.Problem p : e.problems()) {
                    problems.add(option(p.path()) + ": " + p.message());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UsageException(String.join("\n", problems));
        }
        List<BargainingModel> running = all ? catalog.defaults() : catalog.select(wanted);
        String sha256 = ScenarioDigest.sha256(scenario);
        LeverAnswer a = AnalysisPlan.runLever(scenario, ls, Inputs.modelsFor(ls, running, catalog),
                LeverOptions.DEFAULTS.withGridPoints(grid), RunContext.of(InputKind.SCENARIO, sha256));
        switch (format) {
            case text -> {
                ScenarioText.header(stdout, file, scenario, sha256);
                LeverText.levers(stdout, List.of(a));
            }
            case json -> stdout.println(ParleyJson.write(new Documents.SingleLever(ParleyVersion.version(),
                    ParleyVersion.javaVersion(), Documents.ScenarioRef.of(file, scenario, sha256), a)));
            case csv -> LeverCsv.write(stdout, sha256, a);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /**
     * The command-line option a question's key or problem path refers to ({@code target} → {@code --target},
     * {@code /models/0} → {@code --model}).
     */
    private static String option(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        String head = p.contains("/") ? p.substring(0, p.indexOf('/')) : p;
        return head.isEmpty() ? "parley levers" : "--" + (head.equals("models") ? "model" : head);
    }
}
