package org.parley.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.parley.cli.game.GameCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The root {@code parley} command. Without a subcommand it prints the usage.
 *
 * <p>Exit codes: see {@link ExitCodes}. Errors go to standard error as {@code file:line:column: message} lines
 * (scenario problems) or {@code parley: message}; the stack trace only with {@code --debug}.
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = ParleyVersion.class,
        description = "Strategic analysis of negotiations and crises: bargaining-model forecasts, games, what-if "
                + "analysis.",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal failure (or the report could not be written)",
                "2:bad input: scenario problems, unreadable file, unknown model or issue, bad option"},
        footer = {"", "Run 'parley COMMAND --help' for the options of a command."})
public final class ParleyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On errors, also print the stack trace.")
    boolean debug;

    /** Whether {@code --debug} was given (on the root or any subcommand). */
    public boolean debug() {
        return debug;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /**
     * A fully wired command line: subcommands, error handling, output streams.
     *
     * @param models the models {@code analyze} and {@code forecast} can run
     * @param out    standard output
     * @param err    standard error
     */
    public static CommandLine newCommandLine(ModelCatalog models, PrintWriter out, PrintWriter err) {
        Objects.requireNonNull(models, "models");
        ParleyCommand root = new ParleyCommand();
        CommandLine cl = new CommandLine(root);
        cl.addSubcommand("analyze", new AnalyzeCommand(models));
        cl.addSubcommand("validate", new ValidateCommand(models));
        cl.addSubcommand("levers", new LeversCommand(models));
        cl.addSubcommand("forecast", new ForecastCommand(models));
        cl.addSubcommand("game", new GameCommand());
        cl.addSubcommand("sweep", new SweepCommand(models));
        CliErrors.install(cl, root::debug);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        return cl;
    }

    /** A command line with Parley's standard models, printing to the process's standard streams. */
    public static CommandLine newCommandLine() {
        // UTF-8 whatever the platform default: scenario titles and actor names are often not ASCII
        return newCommandLine(new StandardModelCatalog(),
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    /** Runs {@code parley} and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }
}
