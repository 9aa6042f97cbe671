package org.parley.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import org.parley.cli.game.FastSolve;
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
                "2:bad input: scenario problems, unreadable file, unknown model or issue, bad option",
                "3:(game solve) a budget ended a run: the equilibria printed may be incomplete"},
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
        return newCommandLine(() -> models, out, err, null);
    }

    /**
     * A command line for running {@code args}: when the first argument names a command, only that command is built
     * (building picocli's model of a command and the catalogue of models costs start-up time that a run of another
     * command does not need); otherwise (no argument, a root option first, an unknown command) all of them, so that
     * the root's help and suggestions are complete.
     *
     * @param models the models, made only if a command that needs them is built
     * @param args the arguments about to be executed, or null for every command
     */
    static CommandLine newCommandLine(Supplier<ModelCatalog> models, PrintWriter out, PrintWriter err, String[] args) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        Supplier<ModelCatalog> once = memoize(models);
        commands.put("analyze", () -> new AnalyzeCommand(once.get()));
        commands.put("validate", () -> new ValidateCommand(once.get()));
        commands.put("levers", () -> new LeversCommand(once.get()));
        commands.put("forecast", () -> new ForecastCommand(once.get()));
        commands.put("backtest", BacktestCommand::new);
        commands.put("sweep", () -> new SweepCommand(once.get()));
        commands.put("serve", org.parley.cli.server.ServeCommand::new);
        commands.put("token", org.parley.cli.server.TokenCommand::new);
        commands.put("game", GameCommand::new);
        String first = args != null && args.length > 0 ? args[0] : null;
        boolean one = first != null && commands.containsKey(first);
        ParleyCommand root = new ParleyCommand();
        CommandLine cl = new CommandLine(root);
        for (Map.Entry<String, Supplier<Object>> c : commands.entrySet()) {
            if (!one || c.getKey().equals(first)) {
                cl.addSubcommand(c.getKey(), c.getValue().get());
            }
        }
        CliErrors.install(cl, root::debug);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        return cl;
    }

    /** A command line with Parley's standard models, printing to the process's standard streams. */
    public static CommandLine newCommandLine() {
        return newCommandLine((String[]) null);
    }

    private static CommandLine newCommandLine(String[] args) {
        return newCommandLine(StandardModelCatalog::new, stdout(), stderr(), args);
    }

    // UTF-8 whatever the platform default: scenario titles and actor names are often not ASCII
    private static PrintWriter stdout() {
        return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    }

    private static PrintWriter stderr() {
        return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        Object[] box = new Object[1];
        return () -> {
            if (box[0] == null) box[0] = Objects.requireNonNull(s.get());
            @SuppressWarnings("unchecked")
            T t = (T) box[0];
            return t;
        };
    }

    /**
     * Runs {@code parley} and exits with its exit code. A plain {@code game solve FILE ...} is run without building
     * picocli's model ({@link FastSolve}), the common case of a short job whose start-up time matters.
     */
    public static void main(String[] args) {
        PrintWriter out = stdout();
        PrintWriter err = stderr();
        int code = FastSolve.tryRun(args, out, err, () -> newCommandLine(StandardModelCatalog::new, out, err, args));
        if (code < 0) code = newCommandLine(StandardModelCatalog::new, out, err, args).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
